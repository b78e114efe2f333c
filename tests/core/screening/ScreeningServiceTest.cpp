// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ScreeningService.h"

#include "core/db/AuditRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using stemma::core::screening::ScreeningService;
using stemma::core::screening::StageOutcome;

namespace {

class ScreeningServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        for (int i = 0; i < 3; ++i) {
            Reference reference;
            reference.title = QStringLiteral("Reference %1").arg(i);
            refs.push_back(*project->references().insert(reference));
        }
        anna = *project->reviewers().findOrCreate(QStringLiteral("Anna"));
        ben = *project->reviewers().findOrCreate(QStringLiteral("Ben"));
    }

    ScreeningDecision decision(int ref,
                               ReviewerId reviewer,
                               Verdict verdict,
                               ScreeningStage stage = ScreeningStage::TitleAbstract,
                               const QString& reason = {})
    {
        ScreeningDecision result;
        result.reference = refs[ref];
        result.reviewer = reviewer;
        result.stage = stage;
        result.verdict = verdict;
        result.reason = reason;
        return result;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    ScreeningService service{*project};
    std::vector<ReferenceId> refs;
    ReviewerId anna;
    ReviewerId ben;
};

TEST_F(ScreeningServiceTest, RecordWritesVoteAndAuditEntry)
{
    ASSERT_TRUE(service
                    .record(decision(
                        0, anna, Verdict::Exclude, ScreeningStage::TitleAbstract, QStringLiteral("Wrong population")))
                    .hasValue());
    const auto votes = project->screening().decisions(refs[0], ScreeningStage::TitleAbstract);
    ASSERT_TRUE(votes.hasValue());
    ASSERT_EQ(votes->size(), 1u);
    EXPECT_EQ(votes->front().verdict, Verdict::Exclude);
    EXPECT_EQ(votes->front().reason, QStringLiteral("Wrong population"));

    const auto log = project->audit().list();
    ASSERT_TRUE(log.hasValue());
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->front().actor, QStringLiteral("Anna"));
    EXPECT_EQ(log->front().action, QStringLiteral("screen"));
    EXPECT_EQ(log->front().entity, QStringLiteral("reference"));
    EXPECT_EQ(log->front().entityId, refs[0].value);
    EXPECT_EQ(log->front().detail, QStringLiteral("title-abstract exclude: Wrong population"));
    EXPECT_TRUE(log->front().at.isValid());
}

TEST_F(ScreeningServiceTest, ExclusionWithoutReasonIsRejected)
{
    const auto result = service.record(decision(0, anna, Verdict::Exclude));
    ASSERT_FALSE(result.hasValue());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(project->screening().decisions(refs[0], ScreeningStage::TitleAbstract)->empty());
    EXPECT_TRUE(project->audit().list()->empty());
}

TEST_F(ScreeningServiceTest, FullTextNeedsTitleAbstractInclusion)
{
    auto early = service.record(decision(0, anna, Verdict::Include, ScreeningStage::FullText));
    ASSERT_FALSE(early.hasValue());
    EXPECT_EQ(early.error().code, ErrorCode::Constraint);

    ASSERT_TRUE(service.record(decision(0, anna, Verdict::Maybe)).hasValue());
    EXPECT_TRUE(service.record(decision(0, anna, Verdict::Include, ScreeningStage::FullText)).hasValue());

    ASSERT_TRUE(service
                    .record(decision(
                        1, anna, Verdict::Exclude, ScreeningStage::TitleAbstract, QStringLiteral("Review article")))
                    .hasValue());
    EXPECT_FALSE(service.record(decision(1, anna, Verdict::Include, ScreeningStage::FullText)).hasValue());
}

TEST_F(ScreeningServiceTest, ConflictingVotesBlockFullTextUntilResolved)
{
    ASSERT_TRUE(service.record(decision(0, anna, Verdict::Include)).hasValue());
    ASSERT_TRUE(service
                    .record(decision(
                        0, ben, Verdict::Exclude, ScreeningStage::TitleAbstract, QStringLiteral("Wrong intervention")))
                    .hasValue());
    EXPECT_EQ(*service.outcome(refs[0], ScreeningStage::TitleAbstract), StageOutcome::Conflict);
    EXPECT_FALSE(*service.eligibleForFullText(refs[0]));

    const auto conflicts = service.conflicts(ScreeningStage::TitleAbstract);
    ASSERT_TRUE(conflicts.hasValue());
    ASSERT_EQ(conflicts->size(), 1u);
    EXPECT_EQ(conflicts->front().reference, refs[0]);
    EXPECT_EQ(conflicts->front().decisions.size(), 2u);

    ScreeningResolution resolution;
    resolution.reference = refs[0];
    resolution.stage = ScreeningStage::TitleAbstract;
    resolution.verdict = Verdict::Include;
    resolution.method = QStringLiteral("consensus");
    resolution.resolvedBy = anna;
    ASSERT_TRUE(service.resolve(resolution).hasValue());

    EXPECT_EQ(*service.outcome(refs[0], ScreeningStage::TitleAbstract), StageOutcome::Include);
    EXPECT_TRUE(*service.eligibleForFullText(refs[0]));
    EXPECT_TRUE(service.conflicts(ScreeningStage::TitleAbstract)->empty());
    // The votes stay as cast.
    EXPECT_EQ(project->screening().decisions(refs[0], ScreeningStage::TitleAbstract)->size(), 2u);
    const auto log = project->audit().list();
    EXPECT_EQ(log->front().action, QStringLiteral("resolve"));
    EXPECT_EQ(log->front().detail, QStringLiteral("title-abstract include (consensus)"));
}

TEST_F(ScreeningServiceTest, OutcomeFollowsAgreeingVotes)
{
    EXPECT_EQ(*service.outcome(refs[2], ScreeningStage::TitleAbstract), StageOutcome::Unscreened);
    ASSERT_TRUE(service.record(decision(2, anna, Verdict::Maybe)).hasValue());
    ASSERT_TRUE(service.record(decision(2, ben, Verdict::Maybe)).hasValue());
    EXPECT_EQ(*service.outcome(refs[2], ScreeningStage::TitleAbstract), StageOutcome::Maybe);
}

TEST_F(ScreeningServiceTest, WithdrawRemovesOnlyTheReviewersVote)
{
    ASSERT_TRUE(service.record(decision(0, anna, Verdict::Include)).hasValue());
    ASSERT_TRUE(service.record(decision(0, ben, Verdict::Include)).hasValue());
    ASSERT_TRUE(service.withdraw(refs[0], anna, ScreeningStage::TitleAbstract).hasValue());
    const auto votes = project->screening().decisions(refs[0], ScreeningStage::TitleAbstract);
    ASSERT_EQ(votes->size(), 1u);
    EXPECT_EQ(votes->front().reviewer, ben);
    EXPECT_EQ(project->audit().list()->front().action, QStringLiteral("unscreen"));
    EXPECT_TRUE(service.withdraw(refs[1], anna, ScreeningStage::TitleAbstract).hasValue());
}

TEST_F(ScreeningServiceTest, BlindModeHidesOtherReviewersVotes)
{
    ASSERT_TRUE(service.record(decision(0, anna, Verdict::Include)).hasValue());
    ASSERT_TRUE(service.record(decision(0, ben, Verdict::Maybe)).hasValue());
    EXPECT_FALSE(*service.isBlind(ScreeningStage::TitleAbstract));
    EXPECT_EQ(service.visibleDecisions(refs[0], ScreeningStage::TitleAbstract, anna)->size(), 2u);

    ASSERT_TRUE(service.setBlind(ScreeningStage::TitleAbstract, true).hasValue());
    EXPECT_TRUE(*service.isBlind(ScreeningStage::TitleAbstract));
    EXPECT_FALSE(*service.isBlind(ScreeningStage::FullText));
    const auto visible = service.visibleDecisions(refs[0], ScreeningStage::TitleAbstract, anna);
    ASSERT_EQ(visible->size(), 1u);
    EXPECT_EQ(visible->front().reviewer, anna);
    EXPECT_EQ(visible->front().verdict, Verdict::Include);
}

TEST_F(ScreeningServiceTest, CandidatesAtFullTextArePassedReferences)
{
    EXPECT_EQ(*service.candidates(ScreeningStage::TitleAbstract), refs);
    EXPECT_TRUE(service.candidates(ScreeningStage::FullText)->empty());
    ASSERT_TRUE(service.record(decision(0, anna, Verdict::Maybe)).hasValue());
    ASSERT_TRUE(
        service.record(decision(1, anna, Verdict::Exclude, ScreeningStage::TitleAbstract, QStringLiteral("Review")))
            .hasValue());
    ASSERT_TRUE(service.record(decision(2, anna, Verdict::Include)).hasValue());
    ASSERT_TRUE(service.record(decision(2, ben, Verdict::Include)).hasValue());
    const std::vector<ReferenceId> expected{refs[0], refs[2]};
    EXPECT_EQ(*service.candidates(ScreeningStage::FullText), expected);
}

TEST_F(ScreeningServiceTest, UnknownReviewerIsRejected)
{
    const auto result = service.record(decision(0, ReviewerId(99), Verdict::Include));
    EXPECT_FALSE(result.hasValue());
    EXPECT_TRUE(project->audit().list()->empty());
}

} // namespace
