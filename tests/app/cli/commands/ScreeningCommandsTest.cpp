// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/AgreementCommand.h"
#include "app/cli/commands/PrismaCommand.h"
#include "app/cli/commands/ScreenCommand.h"
#include "core/ReviewProject.h"
#include "core/db/AuditRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ScreeningRepository.h"
#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace stemma::core;
using stemma::test::runCli;

namespace {

class ScreeningCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("screen.stemma"));
        auto project = ReviewProject::create(path);
        ASSERT_TRUE(project);
        ImportBatch batch;
        batch.sourceName = QStringLiteral("PubMed");
        batch.recordsRead = 3;
        ASSERT_TRUE((*project)->references().addBatch(batch));
        for (int i = 0; i < 3; ++i) {
            Reference reference;
            reference.title = QStringLiteral("Reference %1").arg(i);
            ids << QString::number((*project)->references().insert(reference)->value);
        }
    }

    stemma::test::CliRun screen(const QString& id,
                                const QString& decision,
                                const QString& reviewer,
                                const QStringList& extra = {})
    {
        return runCli(QStringList{QStringLiteral("screen"),
                                  path,
                                  id,
                                  QStringLiteral("--decision"),
                                  decision,
                                  QStringLiteral("--reviewer"),
                                  reviewer} +
                      extra);
    }

    QTemporaryDir dir;
    QString path;
    QStringList ids;
};

TEST_F(ScreeningCommandsTest, ScreenRecordsVoteAndAudit)
{
    const auto run = screen(
        ids[0],
        QStringLiteral("exclude"),
        QStringLiteral("Anna"),
        {QStringLiteral("--reason"), QStringLiteral("Animal study"), QStringLiteral("--note"), QStringLiteral("mice")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    auto project = ReviewProject::open(path);
    ASSERT_TRUE(project);
    const auto votes =
        (*project)->screening().decisions(ReferenceId(ids[0].toLongLong()), ScreeningStage::TitleAbstract);
    ASSERT_TRUE(votes.hasValue());
    ASSERT_EQ(votes->size(), 1u);
    EXPECT_EQ(votes->front().verdict, Verdict::Exclude);
    EXPECT_EQ(votes->front().reason, QStringLiteral("Animal study"));
    EXPECT_EQ(votes->front().note, QStringLiteral("mice"));
    const auto log = (*project)->audit().list();
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->front().actor, QStringLiteral("Anna"));
}

TEST_F(ScreeningCommandsTest, ScreenRejectsBadInput)
{
    EXPECT_EQ(screen(ids[0], QStringLiteral("perhaps"), QStringLiteral("Anna")).exitCode, 2);
    EXPECT_EQ(screen(ids[0], QStringLiteral("exclude"), QStringLiteral("Anna")).exitCode, 1);
    const auto fullText = screen(ids[0],
                                 QStringLiteral("include"),
                                 QStringLiteral("Anna"),
                                 {QStringLiteral("--stage"), QStringLiteral("full-text")});
    EXPECT_EQ(fullText.exitCode, 1);
    EXPECT_TRUE(fullText.err.contains(QStringLiteral("title/abstract"))) << fullText.err.toStdString();
}

TEST_F(ScreeningCommandsTest, AgreementJsonForTwoReviewers)
{
    ASSERT_EQ(screen(ids[0], QStringLiteral("include"), QStringLiteral("Anna")).exitCode, 0);
    ASSERT_EQ(screen(ids[0], QStringLiteral("include"), QStringLiteral("Ben")).exitCode, 0);
    ASSERT_EQ(screen(ids[1],
                     QStringLiteral("exclude"),
                     QStringLiteral("Anna"),
                     {QStringLiteral("--reason"), QStringLiteral("Review")})
                  .exitCode,
              0);
    ASSERT_EQ(screen(ids[1], QStringLiteral("maybe"), QStringLiteral("Ben")).exitCode, 0);
    const auto run = runCli({QStringLiteral("agreement"), path, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject object = run.json().object();
    EXPECT_EQ(object.value(QStringLiteral("reviewers")).toArray(),
              (QJsonArray{QStringLiteral("Anna"), QStringLiteral("Ben")}));
    EXPECT_EQ(object.value(QStringLiteral("method")).toString(), QStringLiteral("cohen"));
    EXPECT_EQ(object.value(QStringLiteral("n")).toInt(), 2);
    EXPECT_DOUBLE_EQ(object.value(QStringLiteral("percent_agreement")).toDouble(), 50.0);
    // po = 0.5, pe = (1*1 + 1*0 + 0*1) / 4 = 0.25, kappa = 1/3
    EXPECT_NEAR(object.value(QStringLiteral("kappa")).toDouble(), 1.0 / 3.0, 1e-9);
    const QJsonArray table = object.value(QStringLiteral("table")).toArray();
    ASSERT_EQ(table.size(), 3);
    EXPECT_EQ(table[0].toArray(), (QJsonArray{1, 0, 0}));
    EXPECT_EQ(table[1].toArray(), (QJsonArray{0, 0, 1}));
    EXPECT_EQ(table[2].toArray(), (QJsonArray{0, 0, 0}));
}

TEST_F(ScreeningCommandsTest, AgreementKappaIsNullWhenUndefined)
{
    ASSERT_EQ(screen(ids[0], QStringLiteral("include"), QStringLiteral("Anna")).exitCode, 0);
    ASSERT_EQ(screen(ids[0], QStringLiteral("include"), QStringLiteral("Ben")).exitCode, 0);
    const auto run = runCli({QStringLiteral("agreement"), path, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonObject object = run.json().object();
    EXPECT_DOUBLE_EQ(object.value(QStringLiteral("percent_agreement")).toDouble(), 100.0);
    EXPECT_TRUE(object.value(QStringLiteral("kappa")).isNull());
}

TEST_F(ScreeningCommandsTest, PrismaJsonAndPicture)
{
    ASSERT_EQ(screen(ids[0], QStringLiteral("include"), QStringLiteral("Anna")).exitCode, 0);
    ASSERT_EQ(screen(ids[1],
                     QStringLiteral("exclude"),
                     QStringLiteral("Anna"),
                     {QStringLiteral("--reason"), QStringLiteral("Review")})
                  .exitCode,
              0);
    ASSERT_EQ(screen(ids[0],
                     QStringLiteral("exclude"),
                     QStringLiteral("Anna"),
                     {QStringLiteral("--stage"),
                      QStringLiteral("full-text"),
                      QStringLiteral("--reason"),
                      QStringLiteral("Wrong population")})
                  .exitCode,
              0);
    const QString svg = dir.filePath(QStringLiteral("prisma.svg"));
    const auto run = runCli({QStringLiteral("prisma"), path, QStringLiteral("--json"), QStringLiteral("--svg"), svg});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject object = run.json().object();
    EXPECT_EQ(object.value(QStringLiteral("identified")).toInt(), 3);
    EXPECT_EQ(object.value(QStringLiteral("screened")).toInt(), 3);
    EXPECT_EQ(object.value(QStringLiteral("excluded_title_abstract")).toInt(), 1);
    EXPECT_EQ(object.value(QStringLiteral("awaiting_title_abstract")).toInt(), 1);
    EXPECT_EQ(object.value(QStringLiteral("sought_for_retrieval")).toInt(), 1);
    EXPECT_EQ(object.value(QStringLiteral("excluded_full_text")).toInt(), 1);
    const QJsonArray reasons = object.value(QStringLiteral("excluded_by_reason")).toArray();
    ASSERT_EQ(reasons.size(), 1);
    EXPECT_EQ(reasons[0].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Wrong population"));
    EXPECT_EQ(object.value(QStringLiteral("studies_included")).toInt(), 0);

    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_TRUE(content.contains("<svg"));
    EXPECT_TRUE(content.contains("Records screened"));
}

TEST(PrismaDemoTest, ShowsEachDatabaseWithItsSearchDateAndEveryRemovalBox)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), path}).exitCode, 0);
    const QString svg = dir.filePath(QStringLiteral("prisma.svg"));
    const auto run = runCli({QStringLiteral("prisma"), path, QStringLiteral("--json"), QStringLiteral("--svg"), svg});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject object = run.json().object();
    const QJsonArray sources = object.value(QStringLiteral("identified_by_source")).toArray();
    ASSERT_EQ(sources.size(), 3);
    EXPECT_EQ(sources[0].toObject(),
              (QJsonObject{{QStringLiteral("label"), QStringLiteral("PubMed")},
                           {QStringLiteral("n"), 24},
                           {QStringLiteral("search_date"), QStringLiteral("2024-03-04")}}));
    EXPECT_EQ(object.value(QStringLiteral("identified")).toInt(), 35);
    EXPECT_EQ(object.value(QStringLiteral("duplicates_removed")).toInt(), 6);
    EXPECT_EQ(object.value(QStringLiteral("marked_ineligible_by_automation")), QJsonValue(0));
    EXPECT_EQ(object.value(QStringLiteral("removed_for_other_reasons")), QJsonValue(0));
    EXPECT_EQ(object.value(QStringLiteral("excluded_full_text")).toInt(), 4);

    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_TRUE(content.contains("searched 2024-03-04"));
    EXPECT_TRUE(content.contains("Records marked as ineligible"));
    EXPECT_TRUE(content.contains("by automation tools (n = 0)"));
    EXPECT_TRUE(content.contains("Records removed for other reasons (n = 0)"));
    EXPECT_TRUE(content.contains("Wrong intervention (n = 2)"));
}

} // namespace
