// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/RiskOfBiasRepository.h"

#include "core/ReviewProject.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

namespace stemma::test {
namespace {

using core::RobAnswer;
using core::RobAssessment;
using core::RobAssessmentKind;
using core::RobJudgement;

class RiskOfBiasRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        core::Study study;
        study.label = QStringLiteral("ASTIS 2014");
        study.design = core::StudyDesign::Rct;
        studyId = *project->studies().insert(study);
        alice = *project->reviewers().findOrCreate(QStringLiteral("Alice"));
        bob = *project->reviewers().findOrCreate(QStringLiteral("Bob"));
    }

    RobAssessment assessmentBy(core::ReviewerId reviewer) const
    {
        RobAssessment a;
        a.study = studyId;
        a.toolId = QStringLiteral("rob2");
        a.toolVersion = QStringLiteral("2019-08-22");
        a.reviewer = reviewer;
        a.answers = {RobAnswer{QStringLiteral("1.1"), QStringLiteral("Y"), QStringLiteral("computer list"), {}}};
        a.judgements = {RobJudgement{QStringLiteral("D2"), QStringLiteral("high"), QStringLiteral("open label")}};
        return a;
    }

    std::unique_ptr<core::ReviewProject> project = makeMemoryProject();
    core::StudyId studyId;
    core::ReviewerId alice;
    core::ReviewerId bob;
};

TEST_F(RiskOfBiasRepositoryTest, StoresAnAssessmentWithItsAnswersAndJudgements)
{
    auto id = project->riskOfBias().save(assessmentBy(alice));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto stored = project->riskOfBias().get(*id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->answers, assessmentBy(alice).answers);
    EXPECT_EQ(stored->judgements, assessmentBy(alice).judgements);
    EXPECT_FALSE(stored->measure.isValid());
    EXPECT_TRUE(stored->updatedAt.isValid());
}

TEST_F(RiskOfBiasRepositoryTest, OneIndependentAssessmentPerReviewerAndOneConsensusBesideThem)
{
    ASSERT_TRUE(project->riskOfBias().save(assessmentBy(alice)));
    auto twice = project->riskOfBias().save(assessmentBy(alice));
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, core::ErrorCode::Constraint);
    ASSERT_TRUE(project->riskOfBias().save(assessmentBy(bob)));

    RobAssessment consensus = assessmentBy(alice);
    consensus.kind = RobAssessmentKind::Consensus;
    ASSERT_TRUE(project->riskOfBias().save(consensus));
    consensus.reviewer = bob;
    EXPECT_FALSE(project->riskOfBias().save(consensus)) << "a second consensus for the same study and tool";

    auto all = project->riskOfBias().list({studyId, {}, {}});
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 3u);
    // Blind mode lists only the reviewer's own independent assessment.
    auto own = project->riskOfBias().list({studyId, bob, RobAssessmentKind::Independent});
    ASSERT_TRUE(own);
    ASSERT_EQ(own->size(), 1u);
    EXPECT_EQ(own->front().reviewer, bob);
}

TEST_F(RiskOfBiasRepositoryTest, SetsAndClearsSingleAnswersWithTheirSpan)
{
    auto id = *project->riskOfBias().save(assessmentBy(alice));
    ASSERT_TRUE(project->riskOfBias().setAnswer(id, RobAnswer{QStringLiteral("1.2"), QStringLiteral("PY"), {}, {}}));
    ASSERT_TRUE(project->riskOfBias().setAnswer(id, RobAnswer{QStringLiteral("1.1"), QString(), {}, {}}));
    auto stored = project->riskOfBias().get(id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->answers.size(), 1);
    EXPECT_EQ(stored->answers.front().questionId, QStringLiteral("1.2"));
    EXPECT_FALSE(project->riskOfBias().setAnswer(core::RobAssessmentId(999),
                                                 RobAnswer{QStringLiteral("1.1"), QStringLiteral("Y"), {}, {}}));
}

TEST_F(RiskOfBiasRepositoryTest, AssessmentsGoWithTheirStudy)
{
    ASSERT_TRUE(project->riskOfBias().save(assessmentBy(alice)));
    ASSERT_TRUE(project->studies().remove(studyId));
    auto all = project->riskOfBias().list();
    ASSERT_TRUE(all);
    EXPECT_TRUE(all->empty());
}

} // namespace
} // namespace stemma::test
