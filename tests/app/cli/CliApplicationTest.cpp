// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliApplication.h"

#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::runCli;

TEST(CliApplicationTest, VersionPrintsTheProjectVersion)
{
    const auto run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("stemma-cli " STEMMA_VERSION));
}

TEST(CliApplicationTest, NoCommandIsAUsageError)
{
    const auto run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Usage: stemma-cli")));
}

TEST(CliApplicationTest, UnknownCommandIsAUsageError)
{
    const auto run = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

TEST(CliApplicationTest, EverySubcommandHasHelp)
{
    for (const char* command : {"init", "info", "list"}) {
        const auto run = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(run.exitCode, 0) << command;
        EXPECT_TRUE(run.out.contains(QStringLiteral("Usage: stemma-cli %1").arg(QString::fromLatin1(command))))
            << run.out.toStdString();
    }
}

TEST(CliApplicationTest, MissingProjectArgumentIsAUsageError)
{
    const auto run = runCli({QStringLiteral("info")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("missing arguments")));
}

TEST(CliApplicationTest, InitThenInfoReportsSchemaAndCounts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.stemma"));
    const auto init = runCli({QStringLiteral("init"), path});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(QStringLiteral("Created")));

    const auto info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    const QJsonObject object = info.json().object();
    EXPECT_EQ(object.value(QStringLiteral("schema_version")).toInt(),
              object.value(QStringLiteral("latest_schema_version")).toInt());
    const QJsonObject counts = object.value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("reference")).toInt(-1), 0);
    EXPECT_EQ(counts.value(QStringLiteral("outcome_measure")).toInt(), 14);

    const auto text = runCli({QStringLiteral("info"), path});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Schema version:")));
}

TEST(CliApplicationTest, InitRefusesAnExistingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const auto again = runCli({QStringLiteral("init"), path});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));
}

TEST(CliApplicationTest, InfoOnMissingFileFailsOnStderr)
{
    QTemporaryDir dir;
    const auto run = runCli({QStringLiteral("info"), dir.filePath(QStringLiteral("nope.stemma"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("no such file")));
}

TEST(CliApplicationTest, ListOfEmptyProjectIsAnEmptyJsonArray)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const auto run = runCli({QStringLiteral("list"), path, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.json().isArray());
    EXPECT_TRUE(run.json().array().isEmpty());
}
