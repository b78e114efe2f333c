// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/Agreement.h"

#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using stemma::core::screening::Agreement;

namespace {

// Wikipedia "Cohen's kappa", first worked example: 50 proposals, po = 0.7, pe = 0.5, kappa = 0.4.
TEST(AgreementTest, CohenMatchesWorkedExample)
{
    const auto result = Agreement::cohen({{20, 5}, {10, 15}});
    EXPECT_EQ(result.subjects, 50);
    EXPECT_DOUBLE_EQ(result.percentAgreement, 0.7);
    EXPECT_DOUBLE_EQ(result.expectedAgreement, 0.5);
    ASSERT_TRUE(result.kappa.has_value());
    EXPECT_NEAR(*result.kappa, 0.4, 1e-12);
}

// Wikipedia "Cohen's kappa", same agreement with unbalanced marginals: 100 subjects, po = 0.6, pe = 0.54.
TEST(AgreementTest, CohenUsesMarginals)
{
    const auto result = Agreement::cohen({{45, 15}, {25, 15}});
    EXPECT_EQ(result.subjects, 100);
    EXPECT_DOUBLE_EQ(result.percentAgreement, 0.6);
    EXPECT_NEAR(result.expectedAgreement, 0.54, 1e-12);
    ASSERT_TRUE(result.kappa.has_value());
    EXPECT_NEAR(*result.kappa, 0.06 / 0.46, 1e-12);
}

TEST(AgreementTest, CohenIsUndefinedWhenEveryoneChoseOneCategory)
{
    const auto result = Agreement::cohen({{12, 0, 0}, {0, 0, 0}, {0, 0, 0}});
    EXPECT_EQ(result.subjects, 12);
    EXPECT_DOUBLE_EQ(result.percentAgreement, 1.0);
    EXPECT_FALSE(result.kappa.has_value());
}

TEST(AgreementTest, CohenOfPerfectAgreementOverTwoCategoriesIsOne)
{
    const auto result = Agreement::cohen({{3, 0}, {0, 7}});
    ASSERT_TRUE(result.kappa.has_value());
    EXPECT_DOUBLE_EQ(*result.kappa, 1.0);
}

TEST(AgreementTest, CohenWithoutSubjectsIsUndefined)
{
    const auto result = Agreement::cohen({{0, 0}, {0, 0}});
    EXPECT_EQ(result.subjects, 0);
    EXPECT_DOUBLE_EQ(result.percentAgreement, 0.0);
    EXPECT_FALSE(result.kappa.has_value());
}

// Fleiss (1971) as worked on Wikipedia "Fleiss' kappa": 10 subjects, 14 raters, 5 categories.
TEST(AgreementTest, FleissMatchesWorkedExample)
{
    const std::vector<std::vector<int>> counts{
        {0, 0, 0, 0, 14},
        {0, 2, 6, 4, 2},
        {0, 0, 3, 5, 6},
        {0, 3, 9, 2, 0},
        {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0},
        {3, 2, 6, 3, 0},
        {2, 5, 3, 2, 2},
        {6, 5, 2, 1, 0},
        {0, 2, 2, 3, 7},
    };
    const auto result = Agreement::fleiss(counts);
    ASSERT_TRUE(result.hasValue());
    EXPECT_EQ(result->subjects, 10);
    EXPECT_NEAR(result->observedAgreement, 0.378, 0.0005);
    EXPECT_NEAR(result->expectedAgreement, 0.213, 0.0005);
    ASSERT_TRUE(result->kappa.has_value());
    EXPECT_NEAR(*result->kappa, 0.210, 0.0005);
    EXPECT_DOUBLE_EQ(result->percentAgreement, 0.1); // only the first subject is unanimous
}

TEST(AgreementTest, FleissIsUndefinedWhenEveryoneChoseOneCategory)
{
    const auto result = Agreement::fleiss({{3, 0, 0}, {3, 0, 0}});
    ASSERT_TRUE(result.hasValue());
    EXPECT_DOUBLE_EQ(result->percentAgreement, 1.0);
    EXPECT_FALSE(result->kappa.has_value());
}

TEST(AgreementTest, FleissRejectsUnequalRaterCounts)
{
    const auto result = Agreement::fleiss({{3, 0}, {1, 1}});
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
}

class AgreementStageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        for (int i = 0; i < 5; ++i) {
            Reference reference;
            reference.title = QStringLiteral("Reference %1").arg(i);
            refs.push_back(*project->references().insert(reference));
        }
        anna = *project->reviewers().findOrCreate(QStringLiteral("Anna"));
        ben = *project->reviewers().findOrCreate(QStringLiteral("Ben"));
        cara = *project->reviewers().findOrCreate(QStringLiteral("Cara"));
    }

    void vote(int ref, ReviewerId reviewer, Verdict verdict, ScreeningStage stage = ScreeningStage::TitleAbstract)
    {
        ScreeningDecision decision;
        decision.reference = refs[ref];
        decision.reviewer = reviewer;
        decision.stage = stage;
        decision.verdict = verdict;
        ASSERT_TRUE(project->screening().recordDecision(decision).hasValue());
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    std::vector<ReferenceId> refs;
    ReviewerId anna;
    ReviewerId ben;
    ReviewerId cara;
};

TEST_F(AgreementStageTest, TwoReviewersGiveCohenOverSharedReferences)
{
    vote(0, anna, Verdict::Include);
    vote(0, ben, Verdict::Include);
    vote(1, anna, Verdict::Exclude);
    vote(1, ben, Verdict::Exclude);
    vote(2, anna, Verdict::Exclude);
    vote(2, ben, Verdict::Maybe);
    vote(3, anna, Verdict::Include); // Ben has not screened it: left out
    vote(4, ben, Verdict::Exclude, ScreeningStage::FullText);

    const auto report = Agreement::forStage(*project, ScreeningStage::TitleAbstract);
    ASSERT_TRUE(report.hasValue());
    ASSERT_EQ(report->reviewers.size(), 2u);
    EXPECT_EQ(report->reviewers[0].name, QStringLiteral("Anna"));
    EXPECT_EQ(report->reviewers[1].name, QStringLiteral("Ben"));
    EXPECT_EQ(report->method, QStringLiteral("cohen"));
    EXPECT_EQ(report->statistic.subjects, 3);
    EXPECT_NEAR(report->statistic.percentAgreement, 2.0 / 3.0, 1e-12);
    const std::vector<std::vector<int>> expected{{1, 0, 0}, {0, 1, 1}, {0, 0, 0}};
    EXPECT_EQ(report->table, expected);
    // pe = (1*1 + 2*1 + 0*1) / 9 = 1/3; kappa = (2/3 - 1/3) / (2/3) = 0.5
    ASSERT_TRUE(report->statistic.kappa.has_value());
    EXPECT_NEAR(*report->statistic.kappa, 0.5, 1e-12);
}

TEST_F(AgreementStageTest, ThreeReviewersGiveFleiss)
{
    for (ReviewerId reviewer : {anna, ben, cara}) {
        vote(0, reviewer, Verdict::Include);
        vote(1, reviewer, Verdict::Exclude);
    }
    vote(2, anna, Verdict::Exclude);
    vote(2, ben, Verdict::Exclude);
    vote(2, cara, Verdict::Include);

    const auto report = Agreement::forStage(*project, ScreeningStage::TitleAbstract);
    ASSERT_TRUE(report.hasValue());
    EXPECT_EQ(report->method, QStringLiteral("fleiss"));
    EXPECT_EQ(report->reviewers.size(), 3u);
    EXPECT_EQ(report->statistic.subjects, 3);
    EXPECT_NEAR(report->statistic.percentAgreement, 2.0 / 3.0, 1e-12);
    // P-bar = (1 + 1 + 1/3) / 3 = 7/9; include 4/9, exclude 5/9 -> Pe = 41/81.
    EXPECT_NEAR(report->statistic.observedAgreement, 7.0 / 9.0, 1e-12);
    ASSERT_TRUE(report->statistic.kappa.has_value());
    EXPECT_NEAR(*report->statistic.kappa, (7.0 / 9.0 - 41.0 / 81.0) / (1.0 - 41.0 / 81.0), 1e-12);
}

TEST_F(AgreementStageTest, NamedPairIgnoresOtherReviewers)
{
    vote(0, anna, Verdict::Include);
    vote(0, ben, Verdict::Include);
    vote(0, cara, Verdict::Exclude);
    const auto report = Agreement::forStage(*project, ScreeningStage::TitleAbstract, {anna, ben});
    ASSERT_TRUE(report.hasValue());
    EXPECT_EQ(report->method, QStringLiteral("cohen"));
    EXPECT_EQ(report->statistic.subjects, 1);
    EXPECT_DOUBLE_EQ(report->statistic.percentAgreement, 1.0);
    EXPECT_FALSE(report->statistic.kappa.has_value());
}

TEST_F(AgreementStageTest, OneReviewerHasNoMethod)
{
    vote(0, anna, Verdict::Include);
    const auto report = Agreement::forStage(*project, ScreeningStage::TitleAbstract);
    ASSERT_TRUE(report.hasValue());
    EXPECT_TRUE(report->method.isEmpty());
    EXPECT_EQ(report->reviewers.size(), 1u);
}

} // namespace
