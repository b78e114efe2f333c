// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/CodebookCommand.h"

#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::runCli;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST(CodebookCommandTest, ExportThenImportIntoAnotherProject)
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("init"), first}).exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("codebook"),
                      first,
                      QStringLiteral("--import"),
                      writeFile(dir,
                                QStringLiteral("extra.json"),
                                "{\"tags\": [{\"name\": \"Cost\", \"colour\": \"#123456\", "
                                "\"children\": [{\"name\": \"Hospital stay\"}]}]}")})
                  .exitCode,
              0);
    const QString exported = dir.filePath(QStringLiteral("codebook.json"));
    const auto run = runCli({QStringLiteral("codebook"), first, QStringLiteral("--export"), exported});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("stemma-codebook"));
    const QJsonArray tags = root.value(QStringLiteral("tags")).toArray();
    ASSERT_EQ(tags.size(), 7); // six default branches and the imported one
    EXPECT_EQ(tags[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Population"));
    EXPECT_EQ(tags[6].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Cost"));
    EXPECT_EQ(tags[6].toObject().value(QStringLiteral("colour")).toString(), QStringLiteral("#123456"));

    const QString second = dir.filePath(QStringLiteral("b.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("init"), second}).exitCode, 0);
    const auto imported = runCli({QStringLiteral("codebook"), second, QStringLiteral("--import"), exported});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    // The defaults are there already; only the two extra tags are new.
    EXPECT_TRUE(imported.out.startsWith(QStringLiteral("2 tags added, "))) << imported.out.toStdString();
    const auto listed = runCli({QStringLiteral("codebook"), second});
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Cost  #123456\n  Hospital stay"))) << listed.out.toStdString();
}

TEST(CodebookCommandTest, BadJsonIsReportedAndChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const QString bad = writeFile(dir, QStringLiteral("bad.json"), "{\"tags\": [");
    const auto run = runCli({QStringLiteral("codebook"), path, QStringLiteral("--import"), bad});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a codebook: JSON error"))) << run.err.toStdString();
}

TEST(CodebookCommandTest, ExportAndImportTogetherIsAUsageError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const auto run = runCli({QStringLiteral("codebook"),
                             path,
                             QStringLiteral("--export"),
                             QStringLiteral("x"),
                             QStringLiteral("--import"),
                             QStringLiteral("y")});
    EXPECT_EQ(run.exitCode, 2);
}
