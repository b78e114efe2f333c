// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grade/OutcomeCertainty.h"

#include "core/ReviewProject.h"
#include "core/db/CertaintyRepository.h"
#include "core/demo/DemoProjectBuilder.h"
#include "core/edit/SetCertaintyJudgement.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

namespace stemma::core::grade {
namespace {

RobAssessment rob2(qint64 study,
                   qint64 reviewer,
                   RobAssessmentKind kind,
                   qint64 measure,
                   std::initializer_list<std::pair<const char*, const char*>> answers)
{
    RobAssessment a;
    a.study = StudyId(study);
    a.reviewer = ReviewerId(reviewer);
    a.kind = kind;
    a.measure = OutcomeMeasureId(measure);
    a.toolId = QStringLiteral("rob2");
    for (const auto& [q, v] : answers)
        a.answers << RobAnswer{QString::fromLatin1(q), QString::fromLatin1(v), {}, {}};
    return a;
}

TEST(StudyConcerns, PrefersTheConsensusAndOtherwiseTakesTheWorstIndependentJudgement)
{
    // D5 "Y" to 5.2 makes the overall judgement high whatever else is unanswered.
    const auto high = std::initializer_list<std::pair<const char*, const char*>>{{"5.2", "Y"}};
    // A consensus overrules its two independent assessments: overall "low" via the reviewer's overall judgement.
    RobAssessment consensus = rob2(1, 1, RobAssessmentKind::Consensus, 0, {});
    consensus.judgements << RobJudgement{QStringLiteral("overall"), QStringLiteral("low"), {}};
    const std::vector<RobAssessment> assessments = {
        rob2(1, 1, RobAssessmentKind::Independent, 0, high),
        consensus,
        // Study 2: two unresolved independent assessments, one high, the other still incomplete.
        rob2(2, 1, RobAssessmentKind::Independent, 0, high),
        rob2(2, 2, RobAssessmentKind::Independent, 0, {}),
        // Study 3: assessed for another outcome only.
        rob2(3, 1, RobAssessmentKind::Independent, 9, high),
    };
    auto concerns = studyConcerns(assessments, OutcomeMeasureId(7));
    ASSERT_TRUE(concerns.hasValue()) << concerns.error().message.toStdString();
    EXPECT_EQ(concerns->value(1), quality::Concern::Low);
    EXPECT_EQ(concerns->value(2), quality::Concern::High);
    EXPECT_FALSE(concerns->contains(3));
}

class OutcomeCertaintyDemoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        auto built = demo::buildDemoProject(*project);
        ASSERT_TRUE(built) << built.error().message.toStdString();
        compare::CompareOptions options;
        options.outcomeCode = QStringLiteral("mRSS");
        auto compared = compare::compareOutcome(*project, options);
        ASSERT_TRUE(compared) << compared.error().message.toStdString();
        comparison = *compared;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    compare::Comparison comparison;
};

TEST_F(OutcomeCertaintyDemoTest, ProposesFromTheDemoDataWithTheDefaultMid)
{
    auto rows = assessCertainty(*project, comparison);
    ASSERT_TRUE(rows.hasValue()) << rows.error().message.toStdString();
    ASSERT_FALSE(rows->empty());
    const RowCertainty& msc = rows->front();
    EXPECT_EQ(msc.comparison, QStringLiteral("msc"));
    const compare::ComparisonRow& row = comparison.rows[msc.rowIndex];
    ASSERT_TRUE(row.ciLb && row.ciUb);
    // The imprecision proposal compares the row's CI with the mRSS default MID of 5 points.
    const DomainCertainty* imprecision = msc.assessment.domain(CertaintyDomain::Imprecision);
    const bool crosses = (*row.ciLb < -5.0 && -5.0 < *row.ciUb) || (*row.ciLb < 5.0 && 5.0 < *row.ciUb);
    if (crosses)
        EXPECT_TRUE(imprecision->reason.contains(QStringLiteral("MID 5.00"))) << imprecision->reason.toStdString();
    EXPECT_LE(imprecision->levels, -1); // crossing the MID, or fewer than 400 patients
    EXPECT_EQ(msc.assessment.start, CertaintyLevel::Low);
}

TEST_F(OutcomeCertaintyDemoTest, TheReviewersJudgementReplacesTheProposalWithItsFootnote)
{
    db::StoredCertaintyJudgement judgement;
    judgement.levels = 0;
    judgement.footnote = QStringLiteral("Single-centre series; skin scored by one assessor.");
    edit::SetCertaintyJudgement edit(
        comparison.measure.id, QStringLiteral("msc"), QStringLiteral("risk-of-bias"), judgement);
    ASSERT_TRUE(edit.apply(*project));
    auto rows = assessCertainty(*project, comparison);
    ASSERT_TRUE(rows.hasValue());
    const DomainCertainty* rob = rows->front().assessment.domain(CertaintyDomain::RiskOfBias);
    EXPECT_TRUE(rob->confirmed);
    EXPECT_EQ(rob->levels, 0);
    EXPECT_EQ(rob->footnote, judgement.footnote);
    ASSERT_TRUE(edit.revert(*project));
    EXPECT_FALSE(
        assessCertainty(*project, comparison)->front().assessment.domain(CertaintyDomain::RiskOfBias)->confirmed);
    EXPECT_FALSE(
        edit::SetCertaintyJudgement(comparison.measure.id, QStringLiteral("msc"), QStringLiteral("luck"), judgement)
            .apply(*project));
}

TEST_F(OutcomeCertaintyDemoTest, MidsCanBeChangedAndUndone)
{
    auto before = project->certainty().mid(comparison.measure.id);
    ASSERT_TRUE(before.hasValue());
    ASSERT_TRUE(before->has_value());
    EXPECT_DOUBLE_EQ((*before)->mid, 5.0);
    edit::SetOutcomeMid edit(comparison.measure.id, db::OutcomeMid{{}, 4.0, QStringLiteral("all SSc"), {}});
    ASSERT_TRUE(edit.apply(*project));
    EXPECT_DOUBLE_EQ((*project->certainty().mid(comparison.measure.id))->mid, 4.0);
    ASSERT_TRUE(edit.revert(*project));
    EXPECT_EQ(*project->certainty().mid(comparison.measure.id), *before);
    EXPECT_FALSE(project->certainty().setMid(db::OutcomeMid{comparison.measure.id, 0.0, {}, {}}));
}

} // namespace
} // namespace stemma::core::grade
