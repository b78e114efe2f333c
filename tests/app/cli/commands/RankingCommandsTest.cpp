// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "tests/app/cli/CliTestSupport.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

using namespace stemma::core;
using stemma::test::runCli;

namespace {

class RankingCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("rank.stemma"));
        auto project = ReviewProject::create(path);
        ASSERT_TRUE(project);
        // Ids 1–6 alternate between the review's topic (odd) and an unrelated one (even).
        const QString titles[] = {QStringLiteral("Stem cell transplantation in systemic sclerosis"),
                                  QStringLiteral("Traffic noise and sleep in cities"),
                                  QStringLiteral("Autologous stem cell transplantation for scleroderma"),
                                  QStringLiteral("Road noise and insomnia"),
                                  QStringLiteral("Systemic sclerosis after stem cell transplantation"),
                                  QStringLiteral("Aircraft noise and sleep disturbance")};
        for (const QString& title : titles) {
            Reference reference;
            reference.title = title;
            ASSERT_TRUE((*project)->references().insert(reference));
        }
    }

    stemma::test::CliRun run(const QStringList& arguments) { return runCli(arguments); }
    QJsonObject next()
    {
        const auto result = run({QStringLiteral("screen"),
                                 path,
                                 QStringLiteral("--next"),
                                 QStringLiteral("--reviewer"),
                                 QStringLiteral("Ann"),
                                 QStringLiteral("--json")});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return result.json().object();
    }
    void decide(int id, const QString& decision)
    {
        const auto result = run({QStringLiteral("screen"),
                                 path,
                                 QString::number(id),
                                 QStringLiteral("--decision"),
                                 decision,
                                 QStringLiteral("--reason"),
                                 QStringLiteral("Off topic"),
                                 QStringLiteral("--reviewer"),
                                 QStringLiteral("Ann")});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(RankingCommandsTest, NextFollowsThePlainOrderUntilTheRankingIsOn)
{
    auto first = next();
    EXPECT_EQ(first.value(QStringLiteral("id")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("order")).toString(), QStringLiteral("plain"));
    EXPECT_TRUE(first.value(QStringLiteral("score")).isNull());
    EXPECT_EQ(first.value(QStringLiteral("remaining")).toInt(), 6);
    EXPECT_EQ(first.value(QStringLiteral("stopping")).toObject().value(QStringLiteral("phase")).toString(),
              QStringLiteral("ranking"));

    decide(1, QStringLiteral("include"));
    decide(2, QStringLiteral("exclude"));
    EXPECT_EQ(next().value(QStringLiteral("id")).toInt(), 3); // plain order: by id

    ASSERT_EQ(run({QStringLiteral("screen"), path, QStringLiteral("--ranking"), QStringLiteral("on")}).exitCode, 0);
    decide(4, QStringLiteral("exclude")); // noise, screened early: the model must not keep showing noise
    const auto ranked = next();
    EXPECT_EQ(ranked.value(QStringLiteral("order")).toString(), QStringLiteral("relevance"));
    const int id = ranked.value(QStringLiteral("id")).toInt();
    EXPECT_TRUE(id == 3 || id == 5) << id; // the remaining scleroderma records come before #6
    EXPECT_GT(ranked.value(QStringLiteral("score")).toDouble(), 0.5);
    EXPECT_EQ(ranked.value(QStringLiteral("screened")).toInt(), 3);
    EXPECT_EQ(ranked.value(QStringLiteral("remaining")).toInt(), 3);
    EXPECT_EQ(ranked.value(QStringLiteral("stopping")).toObject().value(QStringLiteral("since_last_include")).toInt(),
              2);
}

TEST_F(RankingCommandsTest, TheSampleAndTheStopShowInTheStoppingObject)
{
    decide(1, QStringLiteral("include"));
    QThread::msleep(5); // the sample starts strictly after the last decision (times are in milliseconds)
    ASSERT_EQ(run({QStringLiteral("screen"), path, QStringLiteral("--start-sample")}).exitCode, 0);
    const auto sampling = next().value(QStringLiteral("stopping")).toObject();
    EXPECT_EQ(sampling.value(QStringLiteral("phase")).toString(), QStringLiteral("sampling"));
    EXPECT_EQ(sampling.value(QStringLiteral("sample_population")).toInt(), 5);
    EXPECT_EQ(sampling.value(QStringLiteral("sampled")).toInt(), 0);

    ASSERT_EQ(run({QStringLiteral("screen"), path, QStringLiteral("--stop-by-criterion")}).exitCode, 0);
    const auto stopped = next();
    EXPECT_TRUE(stopped.value(QStringLiteral("id")).isNull());
    EXPECT_EQ(stopped.value(QStringLiteral("stopping")).toObject().value(QStringLiteral("phase")).toString(),
              QStringLiteral("stopped"));
    const auto prisma = run({QStringLiteral("prisma"), path, QStringLiteral("--json")});
    EXPECT_EQ(prisma.json().object().value(QStringLiteral("marked_ineligible_by_automation")).toInt(), 5);
}

TEST(SimulateCommandTest, ReportsTheMeasuresOfAConstructedCorpusWithAKnownOrder)
{
    // tests/data/screening/labelled_small.csv: 20 records, 4 on stem-cell transplantation in
    // systemic sclerosis (included), 16 on unrelated topics. Whatever the priors, the three
    // remaining includes are ranked first (positions 1–3 after the priors). Expected values from
    // NumPy 1.24.2 with asreview-insights' formulas on labels [1, 1, 1] padded to N = 20:
    // WSS@95 insights 45%, classic 80%, WSS@100 85%, RRF@10 66.7%, ATD 10%.
    const auto result = runCli({QStringLiteral("simulate"),
                                stemma::test::testDataPath(QStringLiteral("screening/labelled_small.csv")),
                                QStringLiteral("--runs"),
                                QStringLiteral("3"),
                                QStringLiteral("--min-df"),
                                QStringLiteral("1"),
                                QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const auto root = result.json().object();
    EXPECT_EQ(root.value(QStringLiteral("records")).toInt(), 20);
    EXPECT_EQ(root.value(QStringLiteral("included")).toInt(), 4);
    const auto runs = root.value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(runs.size(), 3);
    for (const auto& value : runs) {
        const auto run = value.toObject();
        EXPECT_DOUBLE_EQ(run.value(QStringLiteral("wss95_insights")).toDouble(), 45.0);
        EXPECT_DOUBLE_EQ(run.value(QStringLiteral("wss95_classic")).toDouble(), 80.0);
        EXPECT_DOUBLE_EQ(run.value(QStringLiteral("wss100")).toDouble(), 85.0);
        EXPECT_DOUBLE_EQ(run.value(QStringLiteral("rrf10")).toDouble(), 66.7);
        EXPECT_DOUBLE_EQ(run.value(QStringLiteral("atd")).toDouble(), 10.0);
    }
    EXPECT_FALSE(root.value(QStringLiteral("plain_order")).toObject().isEmpty());
}

TEST(SimulateCommandTest, DrawsTheRecallCurves)
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("recall.svg"));
    const auto result = runCli({QStringLiteral("simulate"),
                                stemma::test::testDataPath(QStringLiteral("screening/labelled_small.csv")),
                                QStringLiteral("--svg"),
                                svg});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("<svg"));
    EXPECT_TRUE(result.out.contains(QStringLiteral("WSS@95")));
}

TEST(SimulateCommandTest, ABadLabelNamesTheFileAndLine)
{
    const QString path = stemma::test::testDataPath(QStringLiteral("screening/labelled_bad_label.csv"));
    const auto result = runCli({QStringLiteral("simulate"), path});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("line 3: column 'label_included' is 'yes', not 0 or 1")))
        << result.err.toStdString();
}

TEST(SimulateCommandTest, RealDatasetBeatsThePlainOrder)
{
    STEMMA_REQUIRE_SHARED();
    const auto result = runCli({QStringLiteral("simulate"),
                                stemma::test::sharedPath(QStringLiteral("realdata/screening/Cohen_2006_ADHD.csv")),
                                QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const auto root = result.json().object();
    EXPECT_EQ(root.value(QStringLiteral("records")).toInt(), 851);
    EXPECT_EQ(root.value(QStringLiteral("included")).toInt(), 20);
    // Seed 0 reaches 68.7% (insights); the file order gives 13.3%.
    EXPECT_GT(root.value(QStringLiteral("mean")).toObject().value(QStringLiteral("wss95_insights")).toDouble(), 50.0);
}
