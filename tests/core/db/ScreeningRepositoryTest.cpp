// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ScreeningRepository.h"

#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace stemma::core;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 4), QTime(10, minute, 0, 250), Qt::UTC);
}

class ScreeningRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        Reference reference;
        reference.title = QStringLiteral("First");
        first = *project->references().insert(reference);
        reference.title = QStringLiteral("Second");
        second = *project->references().insert(reference);
        anna = *project->reviewers().findOrCreate(QStringLiteral("Anna"));
        ben = *project->reviewers().findOrCreate(QStringLiteral("Ben"));
    }

    ScreeningDecision decision(ReferenceId reference, ReviewerId reviewer, Verdict verdict) const
    {
        ScreeningDecision result;
        result.reference = reference;
        result.reviewer = reviewer;
        result.stage = ScreeningStage::TitleAbstract;
        result.verdict = verdict;
        result.decidedAt = at(1);
        return result;
    }

    db::ScreeningRepository& repository() { return project->screening(); }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    ReferenceId first;
    ReferenceId second;
    ReviewerId anna;
    ReviewerId ben;
};

} // namespace

TEST_F(ScreeningRepositoryTest, DecisionRoundTripEveryField)
{
    ScreeningDecision vote = decision(first, anna, Verdict::Exclude);
    vote.stage = ScreeningStage::FullText;
    vote.reason = QStringLiteral("Wrong population");
    vote.note = QStringLiteral("localised scleroderma only");
    auto id = repository().recordDecision(vote);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    vote.id = *id;
    EXPECT_EQ(*repository().decisions(first, ScreeningStage::FullText), std::vector<ScreeningDecision>{vote});
    EXPECT_TRUE(repository().decisions(first, ScreeningStage::TitleAbstract)->empty());
}

TEST_F(ScreeningRepositoryTest, LaterVoteBySameReviewerReplacesTheEarlierOne)
{
    ScreeningDecision vote = decision(first, anna, Verdict::Maybe);
    vote.note = QStringLiteral("unsure");
    auto id = repository().recordDecision(vote);
    ASSERT_TRUE(id);
    ScreeningDecision changed = decision(first, anna, Verdict::Include);
    changed.decidedAt = at(5);
    auto again = repository().recordDecision(changed);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *id);
    changed.id = *id;
    EXPECT_EQ(*repository().decisions(first, ScreeningStage::TitleAbstract), std::vector<ScreeningDecision>{changed});
}

TEST_F(ScreeningRepositoryTest, DecisionsForStageAndRemove)
{
    ScreeningDecision a = decision(second, anna, Verdict::Include);
    ScreeningDecision b = decision(first, ben, Verdict::Exclude);
    ScreeningDecision c = decision(first, anna, Verdict::Include);
    ScreeningDecision fullText = decision(first, anna, Verdict::Include);
    fullText.stage = ScreeningStage::FullText;
    a.id = *repository().recordDecision(a);
    b.id = *repository().recordDecision(b);
    c.id = *repository().recordDecision(c);
    fullText.id = *repository().recordDecision(fullText);
    EXPECT_EQ(*repository().decisionsForStage(ScreeningStage::TitleAbstract),
              (std::vector<ScreeningDecision>{c, b, a}));
    EXPECT_EQ(*repository().decisionsForStage(ScreeningStage::FullText), std::vector<ScreeningDecision>{fullText});

    ASSERT_TRUE(repository().removeDecision(b.id));
    EXPECT_EQ(*repository().decisions(first, ScreeningStage::TitleAbstract), std::vector<ScreeningDecision>{c});
    EXPECT_EQ(repository().removeDecision(b.id).error().code, ErrorCode::NotFound);
}

TEST_F(ScreeningRepositoryTest, MissingDecidedAtMeansNow)
{
    ScreeningDecision vote = decision(first, anna, Verdict::Include);
    vote.decidedAt = QDateTime();
    ASSERT_TRUE(repository().recordDecision(vote));
    auto stored = repository().decisions(first, ScreeningStage::TitleAbstract);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1u);
    EXPECT_TRUE(stored->front().decidedAt.isValid());
    EXPECT_TRUE(stored->front().reason.isEmpty());
}

TEST_F(ScreeningRepositoryTest, DecisionForMissingReviewerOrReferenceIsConstraint)
{
    auto noReviewer = repository().recordDecision(decision(first, ReviewerId(77), Verdict::Include));
    ASSERT_FALSE(noReviewer);
    EXPECT_EQ(noReviewer.error().code, ErrorCode::Constraint);
    auto noReference = repository().recordDecision(decision(ReferenceId(77), anna, Verdict::Include));
    ASSERT_FALSE(noReference);
    EXPECT_EQ(noReference.error().code, ErrorCode::Constraint);
}

TEST_F(ScreeningRepositoryTest, RemovingReferenceRemovesItsVotes)
{
    ASSERT_TRUE(repository().recordDecision(decision(first, anna, Verdict::Include)));
    ASSERT_TRUE(project->references().remove(first));
    EXPECT_TRUE(repository().decisionsForStage(ScreeningStage::TitleAbstract)->empty());
}

TEST_F(ScreeningRepositoryTest, ResolutionRoundTripAndUpsert)
{
    ScreeningResolution resolution;
    resolution.reference = first;
    resolution.stage = ScreeningStage::TitleAbstract;
    resolution.verdict = Verdict::Exclude;
    resolution.reason = QStringLiteral("Wrong study design");
    resolution.method = QStringLiteral("consensus");
    resolution.resolvedBy = ben;
    resolution.note = QStringLiteral("review article");
    resolution.resolvedAt = at(9);
    auto id = repository().resolve(resolution);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    resolution.id = *id;
    EXPECT_EQ(**repository().resolution(first, ScreeningStage::TitleAbstract), resolution);
    EXPECT_FALSE(repository().resolution(first, ScreeningStage::FullText)->has_value());

    resolution.verdict = Verdict::Include;
    resolution.reason.clear();
    resolution.method = QStringLiteral("third reviewer");
    resolution.resolvedBy = ReviewerId();
    auto again = repository().resolve(resolution);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *id);
    EXPECT_EQ(*repository().resolutions(ScreeningStage::TitleAbstract), std::vector<ScreeningResolution>{resolution});

    ASSERT_TRUE(repository().removeResolution(first, ScreeningStage::TitleAbstract));
    EXPECT_TRUE(repository().resolutions(ScreeningStage::TitleAbstract)->empty());
    EXPECT_EQ(repository().removeResolution(first, ScreeningStage::TitleAbstract).error().code, ErrorCode::NotFound);
}

TEST_F(ScreeningRepositoryTest, ResolutionForMissingReferenceIsConstraint)
{
    ScreeningResolution resolution;
    resolution.reference = ReferenceId(88);
    resolution.method = QStringLiteral("consensus");
    EXPECT_EQ(repository().resolve(resolution).error().code, ErrorCode::Constraint);
}

TEST_F(ScreeningRepositoryTest, ExclusionReasonsAreSeededAndEditable)
{
    auto seeded = repository().exclusionReasons();
    ASSERT_TRUE(seeded);
    ASSERT_EQ(seeded->size(), 9);
    EXPECT_EQ(seeded->front(), QStringLiteral("Wrong population"));
    EXPECT_EQ(seeded->back(), QStringLiteral("Other"));

    ASSERT_TRUE(repository().addExclusionReason(QStringLiteral("Animal study")));
    EXPECT_EQ(repository().exclusionReasons()->back(), QStringLiteral("Animal study"));
    EXPECT_EQ(repository().addExclusionReason(QStringLiteral("Animal study")).error().code, ErrorCode::Constraint);
    EXPECT_EQ(repository().addExclusionReason(QStringLiteral(" ")).error().code, ErrorCode::InvalidArgument);

    ASSERT_TRUE(repository().removeExclusionReason(QStringLiteral("Other")));
    EXPECT_FALSE(repository().exclusionReasons()->contains(QStringLiteral("Other")));
    EXPECT_EQ(repository().removeExclusionReason(QStringLiteral("Other")).error().code, ErrorCode::NotFound);
}

TEST_F(ScreeningRepositoryTest, ReorderNeedsEveryReasonOnce)
{
    QStringList reasons = *repository().exclusionReasons();
    std::reverse(reasons.begin(), reasons.end());
    ASSERT_TRUE(repository().reorderExclusionReasons(reasons));
    EXPECT_EQ(*repository().exclusionReasons(), reasons);

    QStringList missing = reasons;
    missing.removeLast();
    EXPECT_EQ(repository().reorderExclusionReasons(missing).error().code, ErrorCode::InvalidArgument);
    QStringList duplicated = reasons;
    duplicated[1] = duplicated[0];
    EXPECT_EQ(repository().reorderExclusionReasons(duplicated).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(*repository().exclusionReasons(), reasons);
}
