// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReviewProject.h"
#include "core/db/SettingsRepository.h"
#include "core/demo/DemoProjectBuilder.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace stemma::core;

namespace {

QString setting(const QString& path, const QString& key)
{
    auto project = ReviewProject::open(path);
    EXPECT_TRUE(project);
    return project ? *(*project)->settings().value(key) : QString();
}

void setSetting(const QString& path, const QString& key, const QString& value)
{
    auto project = ReviewProject::open(path);
    ASSERT_TRUE(project);
    ASSERT_TRUE((*project)->settings().set(key, value));
}

QString shippedVersion()
{
    QFile facts(demo::demoDataPath());
    EXPECT_TRUE(facts.open(QIODevice::ReadOnly));
    return demo::demoFactsVersion(facts.readAll());
}

} // namespace

TEST(DemoProjectFileTest, BuildsAMissingDemoAndRecordsWhichFactsItCameFrom)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stemma"));
    auto made = demo::ensureDemoProjectFile(path);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_EQ(*made, path);
    EXPECT_EQ(setting(path, QString::fromLatin1(demo::DEMO_FACTS_SETTING)), shippedVersion());
    EXPECT_EQ(shippedVersion().size(), 16);
}

TEST(DemoProjectFileTest, ACurrentDemoIsOpenedAsTheReviewerLeftIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stemma"));
    ASSERT_TRUE(demo::ensureDemoProjectFile(path));
    setSetting(path, QStringLiteral("reviewer.note"), QStringLiteral("my edit"));
    ASSERT_TRUE(demo::ensureDemoProjectFile(path));
    EXPECT_EQ(setting(path, QStringLiteral("reviewer.note")), QStringLiteral("my edit"));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("demo (previous).stemma"))));
}

TEST(DemoProjectFileTest, ADemoFromOtherFactsIsRebuiltAndTheOldOneKeptBesideIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stemma"));
    ASSERT_TRUE(demo::ensureDemoProjectFile(path));
    setSetting(path, QString::fromLatin1(demo::DEMO_FACTS_SETTING), QStringLiteral("last-version"));
    setSetting(path, QStringLiteral("reviewer.note"), QStringLiteral("my edit"));

    ASSERT_TRUE(demo::ensureDemoProjectFile(path));
    EXPECT_EQ(setting(path, QString::fromLatin1(demo::DEMO_FACTS_SETTING)), shippedVersion());
    EXPECT_EQ(setting(path, QStringLiteral("reviewer.note")), QString());
    const QString previous = dir.filePath(QStringLiteral("demo (previous).stemma"));
    ASSERT_TRUE(QFile::exists(previous));
    EXPECT_EQ(setting(previous, QStringLiteral("reviewer.note")), QStringLiteral("my edit"));
}
