// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/DemoCommand.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"
#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace stemma::core;
using stemma::test::runCli;

TEST(DemoCommandTest, CreatesAFilledProject)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stemma"));
    const auto run = runCli({QStringLiteral("demo"), path, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject object = run.json().object();
    EXPECT_EQ(object.value(QStringLiteral("path")).toString(), path);
    EXPECT_EQ(object.value(QStringLiteral("references")).toInt(), 29);
    EXPECT_EQ(object.value(QStringLiteral("duplicates_merged")).toInt(), 6);
    EXPECT_EQ(object.value(QStringLiteral("studies")).toInt(), 29);
    EXPECT_EQ(object.value(QStringLiteral("arms")).toInt(), 31);
    EXPECT_EQ(object.value(QStringLiteral("interventions")).toInt(), 32);
    EXPECT_EQ(object.value(QStringLiteral("patients")).toInt(), 3);
    EXPECT_EQ(object.value(QStringLiteral("outcome_results")).toInt(), 70);

    auto project = ReviewProject::open(path);
    ASSERT_TRUE(project) << project.error().message.toStdString();
    auto studies = (*project)->studies().list();
    ASSERT_TRUE(studies);
    ASSERT_EQ(studies->size(), 29u);
    EXPECT_EQ(studies->front().label, QStringLiteral("ASTIS"));
}

TEST(DemoCommandTest, PlainOutputSummarisesTheProject)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stemma"));
    const auto run = runCli({QStringLiteral("demo"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out,
              QStringLiteral("Created %1: 29 studies, 31 arms, 32 interventions, 70 outcome results\n").arg(path));
}

TEST(DemoCommandTest, RefusesAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.stemma"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const auto run = runCli({QStringLiteral("demo"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("already exists"))) << run.err.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("keep me"));
}

TEST(DemoCommandTest, MissingProjectArgumentIsAUsageError)
{
    const auto run = runCli({QStringLiteral("demo")});
    EXPECT_EQ(run.exitCode, 2);
}
