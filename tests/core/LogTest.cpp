// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Log.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace stemma::core;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(LogTest, EveryLayerWritesToTheFileAtTheChosenLevel)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString folder = directory.filePath(QStringLiteral("logs/nested"));
    const QString path = log::setUpLogging(folder, false, spdlog::level::info);
    EXPECT_EQ(path, QDir(folder).filePath(QStringLiteral("stemma.log")));

    log::db()->info("opened {}", QStringLiteral("r\u00e9view.stemma"));
    log::import()->warn("record {} skipped", 7);
    log::ui()->debug("below the chosen level");
    for (const char* name : {"core", "db", "import", "ui"})
        spdlog::get(name)->flush();

    const QByteArray text = readAll(path);
    EXPECT_TRUE(text.contains("[db] [info] opened r\xc3\xa9view.stemma")) << text.constData();
    EXPECT_TRUE(text.contains("[import] [warning] record 7 skipped")) << text.constData();
    EXPECT_FALSE(text.contains("below the chosen level"));
}

TEST(LogTest, TheFileRotatesInsteadOfGrowingWithoutBound)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString path = log::setUpLogging(directory.path(), false, spdlog::level::info);
    const std::string line(200, 'x');
    for (int i = 0; i < 40000; ++i) // about 9 MB: more than one 5 MB file
        log::core()->info("{} {}", i, line);
    log::core()->flush();

    EXPECT_TRUE(QFile::exists(directory.filePath(QStringLiteral("stemma.1.log"))));
    EXPECT_LE(QFile(path).size(), 5 * 1024 * 1024);
    EXPECT_TRUE(readAll(path).contains("39999 "));
}
