// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ExportCommand.h"

#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::runCli;

namespace {

class ExportCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = dir.filePath(QStringLiteral("demo.stemma"));
        const auto run = runCli({QStringLiteral("demo"), project});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    int count(const QString& scope)
    {
        const auto run = runCli({QStringLiteral("export"),
                                 project,
                                 QStringLiteral("--format"),
                                 QStringLiteral("csljson"),
                                 QStringLiteral("--scope"),
                                 scope});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return int(run.json().array().size());
    }

    QTemporaryDir dir;
    QString project;
};

TEST_F(ExportCommandTest, ScopesNarrowWhatIsWritten)
{
    const auto list = runCli({QStringLiteral("list"), project, QStringLiteral("--json")});
    const int all = int(list.json().array().size());
    ASSERT_GT(all, 0);
    EXPECT_EQ(count(QStringLiteral("all")), all);
    const int included = count(QStringLiteral("included"));
    const int fullText = count(QStringLiteral("included-full-text"));
    const int excluded = count(QStringLiteral("excluded"));
    EXPECT_GT(included, 0);
    EXPECT_GT(fullText, 0);
    EXPECT_GT(excluded, 0);
    EXPECT_LE(fullText, included);
    EXPECT_LE(included, all);
    EXPECT_LE(excluded, all);
    EXPECT_EQ(count(QStringLiteral("ids:1,2")), 2);
    EXPECT_GT(count(QStringLiteral("search:scleroderma OR \"systemic sclerosis\"")), 0);
}

TEST_F(ExportCommandTest, WritesScreeningAsNotesWhenAsked)
{
    const QString path = dir.filePath(QStringLiteral("excluded.ris"));
    const auto run = runCli({QStringLiteral("export"),
                             project,
                             QStringLiteral("--scope"),
                             QStringLiteral("excluded"),
                             QStringLiteral("--screening"),
                             QStringLiteral("-o"),
                             path,
                             QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_GT(run.json().object().value(QStringLiteral("count")).toInt(), 0);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ris = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(ris.startsWith(QStringLiteral("TY  - ")));
    EXPECT_TRUE(ris.contains(QStringLiteral("N1  - Stemma screening, ")));
    EXPECT_TRUE(ris.contains(QStringLiteral(": excluded (")));
}

TEST_F(ExportCommandTest, RefusesUnknownFormatsAndScopes)
{
    auto run = runCli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("docx")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown format \"docx\"")));
    run = runCli({QStringLiteral("export"), project, QStringLiteral("--scope"), QStringLiteral("favourites")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("unknown scope")));
    run = runCli({QStringLiteral("export"), project, QStringLiteral("--scope"), QStringLiteral("ids:1,x")});
    EXPECT_EQ(run.exitCode, 2);
    run = runCli({QStringLiteral("export"), project, QStringLiteral("--scope"), QStringLiteral("ids:999999")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no reference with id 999999")));
}

TEST_F(ExportCommandTest, ExportDataWritesTheTidyCsvAndTheWorkbook)
{
    const QString csv = dir.filePath(QStringLiteral("data.csv"));
    auto run = runCli({QStringLiteral("export-data"), project, QStringLiteral("-o"), csv});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(file.readLine());
    EXPECT_TRUE(header.startsWith(QStringLiteral("result_id,study_id,study,design,arm_id")));
    EXPECT_TRUE(header.contains(QStringLiteral("evidence_quote")));

    const QString xlsx = dir.filePath(QStringLiteral("data.xlsx"));
    run = runCli({QStringLiteral("export-data"),
                  project,
                  QStringLiteral("--format"),
                  QStringLiteral("xlsx"),
                  QStringLiteral("-o"),
                  xlsx});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(xlsx));

    run = runCli({QStringLiteral("export-data"), project});
    EXPECT_EQ(run.exitCode, 2);
}

TEST_F(ExportCommandTest, CompareAcceptsOutcomeNamesAndSynonyms)
{
    for (const QString& typed : {QStringLiteral("mortality"),
                                 QStringLiteral("Death"),
                                 QStringLiteral("skin score"),
                                 QStringLiteral("rodnan"),
                                 QStringLiteral("mrss"),
                                 QStringLiteral("haq")}) {
        const auto run = runCli({QStringLiteral("compare"),
                                 project,
                                 QStringLiteral("--outcome"),
                                 typed,
                                 QStringLiteral("--format"),
                                 QStringLiteral("json")});
        EXPECT_EQ(run.exitCode, 0) << typed.toStdString() << ": " << run.err.toStdString();
    }
    const auto unknown =
        runCli({QStringLiteral("compare"), project, QStringLiteral("--outcome"), QStringLiteral("happiness")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown outcome \"happiness\"")));
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("mRSS (Modified Rodnan skin score)"))) << unknown.err.toStdString();
}

} // namespace
