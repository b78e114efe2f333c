// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/RobCommand.h"

#include "core/ReviewProject.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::runCli;

namespace {

using namespace stemma::core;

class RobCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("rob.stemma"));
        auto project = ReviewProject::create(path);
        ASSERT_TRUE(project);
        Study study;
        study.label = QStringLiteral("ASTIS 2014");
        study.design = StudyDesign::Rct;
        const StudyId id = *(*project)->studies().insert(study);
        for (const auto& [name, concealed] : {std::pair{"Alice", "Y"}, std::pair{"Bob", "N"}}) {
            RobAssessment a;
            a.study = id;
            a.toolId = QStringLiteral("rob2");
            a.toolVersion = QStringLiteral("2019-08-22");
            a.reviewer = *(*project)->reviewers().findOrCreate(QString::fromLatin1(name));
            a.answers = {RobAnswer{QStringLiteral("1.1"), QStringLiteral("Y"), {}, {}},
                         RobAnswer{QStringLiteral("1.2"), QString::fromLatin1(concealed), {}, {}},
                         RobAnswer{QStringLiteral("1.3"), QStringLiteral("N"), {}, {}}};
            ASSERT_TRUE((*project)->riskOfBias().save(a));
        }
    }

    QTemporaryDir dir;
    QString path;
};

TEST_F(RobCommandTest, JsonGivesProposalsAndTheConflict)
{
    const auto run = runCli({QStringLiteral("rob"),
                             path,
                             QStringLiteral("--study"),
                             QStringLiteral("ASTIS 2014"),
                             QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = run.json().object();
    const QJsonArray assessments = root.value(QStringLiteral("assessments")).toArray();
    ASSERT_EQ(assessments.size(), 2);
    const QJsonObject alice = assessments[0].toObject();
    EXPECT_EQ(alice.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Alice"));
    const QJsonObject d1 = alice.value(QStringLiteral("domains")).toArray()[0].toObject();
    EXPECT_EQ(d1.value(QStringLiteral("proposed")).toString(), QStringLiteral("low"));
    const QJsonObject bobD1 = assessments[1].toObject().value(QStringLiteral("domains")).toArray()[0].toObject();
    EXPECT_EQ(bobD1.value(QStringLiteral("judgement")).toString(), QStringLiteral("high"));
    // Bob's D1 is high so his overall is high already; Alice's waits for the other domains.
    EXPECT_EQ(assessments[1].toObject().value(QStringLiteral("overall")).toObject().value(QStringLiteral("judgement")),
              QJsonValue(QStringLiteral("high")));
    const QJsonArray conflicts = root.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0].toObject().value(QStringLiteral("questions")).toArray()[0].toString(),
              QStringLiteral("1.2"));
}

TEST_F(RobCommandTest, TextListsOneLinePerAssessment)
{
    const auto run = runCli({QStringLiteral("rob"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 2);
    EXPECT_TRUE(run.out.contains(QStringLiteral("D1=high"))) << run.out.toStdString();
}

TEST_F(RobCommandTest, AnUnknownStudyIsAnError)
{
    EXPECT_EQ(runCli({QStringLiteral("rob"), path, QStringLiteral("--study"), QStringLiteral("Nowhere")}).exitCode, 1);
}

} // namespace

namespace {

TEST(RobPlotsTest, DrawsTheDemosTrafficLightAndSummaryPlots)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("demo.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), project}).exitCode, 0);
    const QString svg = dir.filePath(QStringLiteral("traffic.svg"));
    const QString png = dir.filePath(QStringLiteral("summary.png"));
    const auto run = runCli({QStringLiteral("rob"),
                             project,
                             QStringLiteral("--outcome"),
                             QStringLiteral("mRSS"),
                             QStringLiteral("--plot"),
                             svg,
                             QStringLiteral("--summary-plot"),
                             png});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("<?xml")));
    EXPECT_TRUE(text.contains(QStringLiteral("ASTIS")));
    EXPECT_TRUE(text.contains(QStringLiteral("Illustrative assessment")));
    const QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 400);

    const QString pdf = dir.filePath(QStringLiteral("jbi.pdf"));
    ASSERT_EQ(runCli({QStringLiteral("rob"),
                      project,
                      QStringLiteral("--tool"),
                      QStringLiteral("jbi-case-series"),
                      QStringLiteral("--plot"),
                      pdf})
                  .exitCode,
              0);
    const auto pages = stemma::test::pdfText(pdf);
    if (!pages)
        GTEST_SKIP() << "pdftotext is absent";
    EXPECT_TRUE(pages->contains(QStringLiteral("Keyszer 2011"))) << pages->toStdString();
    EXPECT_TRUE(pages->contains(QStringLiteral("Q10")));
}

} // namespace
