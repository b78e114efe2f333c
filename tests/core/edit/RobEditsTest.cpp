// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReviewProject.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/edit/SaveRobAssessment.h"
#include "core/edit/SetRobAnswer.h"
#include "core/edit/SetRobJudgement.h"
#include "core/quality/RobAnswers.h"
#include "tests/core/edit/EditFixture.h"

namespace stemma::test {
namespace {

using namespace core;

class RobEditsTest : public EditFixture
{
protected:
    RobAssessmentId start()
    {
        RobAssessment a;
        a.study = studyId;
        a.toolId = QStringLiteral("rob2");
        a.reviewer = *project->reviewers().findOrCreate(QStringLiteral("Alice"));
        save = std::make_unique<edit::SaveRobAssessment>(a);
        EXPECT_TRUE(save->apply(*project));
        return save->assessmentId();
    }

    std::unique_ptr<edit::SaveRobAssessment> save;
};

TEST_F(RobEditsTest, StartingAnAssessmentTakesTheToolsVersionAndUndoRemovesIt)
{
    const RobAssessmentId id = start();
    auto stored = project->riskOfBias().get(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->toolVersion, QStringLiteral("2019-08-22"));
    ASSERT_TRUE(save->revert(*project));
    EXPECT_FALSE(project->riskOfBias().get(id));
    ASSERT_TRUE(save->apply(*project));
    EXPECT_TRUE(project->riskOfBias().get(save->assessmentId()));
}

TEST_F(RobEditsTest, AnswerWithItsQuoteAndUndo)
{
    const RobAssessmentId id = start();
    const SpanId span = *project->codebook().insertSpan(spanOf(0, 11));
    edit::SetRobAnswer first(id, RobAnswer{QStringLiteral("1.2"), QStringLiteral("Y"), {}, span});
    ASSERT_TRUE(first.apply(*project));
    edit::SetRobAnswer second(id, RobAnswer{QStringLiteral("1.2"), QStringLiteral("NI"), {}, {}});
    ASSERT_TRUE(second.apply(*project));
    EXPECT_EQ(quality::answerFor(project->riskOfBias().get(id)->answers, QStringLiteral("1.2")).answer,
              QStringLiteral("NI"));
    ASSERT_TRUE(second.revert(*project));
    const RobAnswer restored = quality::answerFor(project->riskOfBias().get(id)->answers, QStringLiteral("1.2"));
    EXPECT_EQ(restored.answer, QStringLiteral("Y"));
    EXPECT_EQ(restored.span, span);
    ASSERT_TRUE(first.revert(*project));
    EXPECT_TRUE(project->riskOfBias().get(id)->answers.isEmpty());
}

TEST_F(RobEditsTest, RefusesAnAnswerTheQuestionDoesNotAllow)
{
    const RobAssessmentId id = start();
    edit::SetRobAnswer wrong(id, RobAnswer{QStringLiteral("1.1"), QStringLiteral("Maybe"), {}, {}});
    EXPECT_FALSE(wrong.apply(*project));
    EXPECT_TRUE(project->riskOfBias().get(id)->answers.isEmpty());
}

TEST_F(RobEditsTest, AnOverrideNeedsItsReasonAndShowsInTheOutcome)
{
    const RobAssessmentId id = start();
    for (const auto& [q, a] : {std::pair{"1.1", "Y"}, std::pair{"1.2", "Y"}, std::pair{"1.3", "N"}})
        ASSERT_TRUE(
            edit::SetRobAnswer(id, RobAnswer{QString::fromLatin1(q), QString::fromLatin1(a), {}, {}}).apply(*project));
    edit::SetRobJudgement bare(id, RobJudgement{QStringLiteral("D1"), QStringLiteral("high"), {}});
    EXPECT_FALSE(bare.apply(*project));
    edit::SetRobJudgement reasoned(
        id, RobJudgement{QStringLiteral("D1"), QStringLiteral("high"), QStringLiteral("envelopes were translucent")});
    ASSERT_TRUE(reasoned.apply(*project));
    auto outcome = quality::evaluate(*project->riskOfBias().get(id));
    ASSERT_TRUE(outcome);
    EXPECT_TRUE(outcome->domains.front().overridden);
    EXPECT_EQ(outcome->overall.proposal.judgement.value_or(QString()), QStringLiteral("high"));
    ASSERT_TRUE(reasoned.revert(*project));
    EXPECT_FALSE(quality::evaluate(*project->riskOfBias().get(id))->domains.front().overridden);
}

TEST_F(RobEditsTest, ResolvingKeepsBothIndependentAssessments)
{
    const RobAssessmentId alices = start();
    RobAssessment bobs;
    bobs.study = studyId;
    bobs.toolId = QStringLiteral("rob2");
    bobs.reviewer = *project->reviewers().findOrCreate(QStringLiteral("Bob"));
    bobs.answers = {RobAnswer{QStringLiteral("1.2"), QStringLiteral("N"), {}, {}}};
    ASSERT_TRUE(edit::SaveRobAssessment(bobs).apply(*project));

    RobAssessment consensus = bobs;
    consensus.kind = RobAssessmentKind::Consensus;
    consensus.note = QStringLiteral("agreed after discussion");
    edit::SaveRobAssessment resolve(consensus);
    ASSERT_TRUE(resolve.apply(*project));
    auto all = project->riskOfBias().list({studyId, {}, {}});
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 3u);
    EXPECT_TRUE(project->riskOfBias().get(alices));
    ASSERT_TRUE(resolve.revert(*project));
    EXPECT_EQ(project->riskOfBias().list({studyId, {}, {}})->size(), 2u);
}

} // namespace
} // namespace stemma::test
