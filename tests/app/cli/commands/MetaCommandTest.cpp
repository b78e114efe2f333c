// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/MetaCommand.h"

#include "tests/app/cli/CliTestSupport.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::runCli;

namespace {

QString writeCsv(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("studies.csv"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

QString bcgPath()
{
    return stemma::test::testDataPath(QStringLiteral("meta/bcg.csv"));
}

} // namespace

TEST(MetaCommandTest, JsonMatchesMetaforForBcgLogRiskRatio)
{
    // Reference: tests/data/meta/reference.csv, bcg RR REML (metafor 3.8-1).
    const auto run = runCli({QStringLiteral("meta"),
                             QStringLiteral("--input"),
                             bcgPath(),
                             QStringLiteral("--measure"),
                             QStringLiteral("RR"),
                             QStringLiteral("--method"),
                             QStringLiteral("REML"),
                             QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json().object();
    EXPECT_EQ(json.value(QStringLiteral("k")).toInt(), 13);
    EXPECT_EQ(json.value(QStringLiteral("measure")).toString(), QStringLiteral("RR"));
    EXPECT_EQ(json.value(QStringLiteral("method")).toString(), QStringLiteral("REML"));
    EXPECT_NEAR(json.value(QStringLiteral("estimate")).toDouble(), -0.71453234836510149, 1e-7);
    EXPECT_NEAR(json.value(QStringLiteral("se")).toDouble(), 0.17978153178036146, 1e-7);
    EXPECT_NEAR(json.value(QStringLiteral("tau2")).toDouble(), 0.31324332598089488, 1e-7);
    EXPECT_NEAR(json.value(QStringLiteral("i2")).toDouble(), 92.221386074965551, 1e-5);
    EXPECT_NEAR(json.value(QStringLiteral("q")).toDouble(), 152.23300808237329, 1e-5);
    EXPECT_EQ(json.value(QStringLiteral("q_df")).toInt(), 12);
    for (const char* key : {"ci_lb", "ci_ub", "stat", "pval", "h2", "q_pval", "pi_lb", "pi_ub"})
        EXPECT_TRUE(json.value(QLatin1String(key)).isDouble()) << key;
    const QJsonObject back = json.value(QStringLiteral("back")).toObject();
    EXPECT_NEAR(back.value(QStringLiteral("estimate")).toDouble(), 0.48942093678821302, 1e-7);
    const QJsonArray studies = json.value(QStringLiteral("studies")).toArray();
    ASSERT_EQ(studies.size(), 13);
    const QJsonObject first = studies.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("study")).toString(), QStringLiteral("Aronson 1948"));
    EXPECT_NEAR(first.value(QStringLiteral("yi")).toDouble(), -0.88931133392020545, 1e-12);
    EXPECT_NEAR(first.value(QStringLiteral("vi")).toDouble(), 0.32558476500396133, 1e-12);
    EXPECT_TRUE(first.value(QStringLiteral("weight")).isDouble());
}

TEST(MetaCommandTest, TextModePrintsATable)
{
    const auto run = runCli({QStringLiteral("meta"),
                             QStringLiteral("--input"),
                             bcgPath(),
                             QStringLiteral("--measure"),
                             QStringLiteral("OR"),
                             QStringLiteral("--method"),
                             QStringLiteral("DL"),
                             QStringLiteral("--knha")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Random-effects model (tau\u00b2 by DL), measure OR, k = 13")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("t test with 12 df")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Aronson 1948")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Back-transformed")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Prediction interval")));
}

TEST(MetaCommandTest, GenericMeasureFromYiVi)
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, "study,yi,vi\nA,-0.5,0.04\n\"B, the second\",0.3,0.09\n");
    const auto run = runCli({QStringLiteral("meta"),
                             QStringLiteral("--input"),
                             path,
                             QStringLiteral("--method"),
                             QStringLiteral("FE"),
                             QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json().object();
    // Inverse-variance mean: (-0.5/0.04 + 0.3/0.09) / (1/0.04 + 1/0.09).
    EXPECT_NEAR(json.value(QStringLiteral("estimate")).toDouble(), (-12.5 + 0.3 / 0.09) / (25.0 + 1.0 / 0.09), 1e-12);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("tau2")).toDouble(), 0.0);
    EXPECT_FALSE(json.contains(QStringLiteral("back")));
    EXPECT_EQ(
        json.value(QStringLiteral("studies")).toArray().at(1).toObject().value(QStringLiteral("study")).toString(),
        QStringLiteral("B, the second"));
}

TEST(MetaCommandTest, FlagsImputedChangeSds)
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, "study,m1i,m2i,sd1i,sd2i,ni,sdi\nA,20,15,4,5,10,\nB,18,16,3,3,12,2\n");
    const auto run = runCli({QStringLiteral("meta"),
                             QStringLiteral("--input"),
                             path,
                             QStringLiteral("--measure"),
                             QStringLiteral("MC"),
                             QStringLiteral("--correlation"),
                             QStringLiteral("0.5"),
                             QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray studies = run.json().object().value(QStringLiteral("studies")).toArray();
    ASSERT_EQ(studies.size(), 2);
    EXPECT_TRUE(studies.at(0).toObject().value(QStringLiteral("imputed_change_sd")).toBool());
    EXPECT_DOUBLE_EQ(studies.at(0).toObject().value(QStringLiteral("vi")).toDouble(), 2.1);
    EXPECT_FALSE(studies.at(1).toObject().contains(QStringLiteral("imputed_change_sd")));
    EXPECT_DOUBLE_EQ(studies.at(1).toObject().value(QStringLiteral("vi")).toDouble(), 4.0 / 12.0);
}

TEST(MetaCommandTest, BadCsvNamesTheLineAndExitsOne)
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir, "study,yi,vi\nA,0.1,0.04\nB,abc,0.05\n");
    const auto run = runCli({QStringLiteral("meta"), QStringLiteral("--input"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 3: yi 'abc' is not a number"))) << run.err.toStdString();

    const QString ragged = writeCsv(dir, "study,yi,vi\nA,0.1\n");
    const auto raggedRun = runCli({QStringLiteral("meta"), QStringLiteral("--input"), ragged});
    EXPECT_EQ(raggedRun.exitCode, 1);
    EXPECT_TRUE(raggedRun.err.contains(QStringLiteral("line 2: expected 3 fields, found 2")))
        << raggedRun.err.toStdString();

    const auto missingColumns = runCli(
        {QStringLiteral("meta"), QStringLiteral("--input"), path, QStringLiteral("--measure"), QStringLiteral("OR")});
    EXPECT_EQ(missingColumns.exitCode, 1);

    const auto missingFile =
        runCli({QStringLiteral("meta"), QStringLiteral("--input"), dir.filePath(QStringLiteral("absent.csv"))});
    EXPECT_EQ(missingFile.exitCode, 1);
}

TEST(MetaCommandTest, BadOptionsExitTwo)
{
    EXPECT_EQ(runCli({QStringLiteral("meta")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("meta"),
                      QStringLiteral("--input"),
                      bcgPath(),
                      QStringLiteral("--measure"),
                      QStringLiteral("XYZ")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("meta"),
                      QStringLiteral("--input"),
                      bcgPath(),
                      QStringLiteral("--method"),
                      QStringLiteral("SJ")})
                  .exitCode,
              2);
    EXPECT_EQ(
        runCli({QStringLiteral("meta"), QStringLiteral("--input"), bcgPath(), QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("meta"),
                      QStringLiteral("--input"),
                      bcgPath(),
                      QStringLiteral("--correlation"),
                      QStringLiteral("2")})
                  .exitCode,
              2);
}
