// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/RobConflicts.h"

#include <gtest/gtest.h>

namespace stemma::core::quality {
namespace {

RobAssessment rob2(qint64 id, qint64 reviewer, std::initializer_list<std::pair<const char*, const char*>> answers)
{
    RobAssessment a;
    a.id = RobAssessmentId(id);
    a.study = StudyId(1);
    a.toolId = QStringLiteral("rob2");
    a.reviewer = ReviewerId(reviewer);
    for (const auto& [q, v] : answers)
        a.answers << RobAnswer{QString::fromLatin1(q), QString::fromLatin1(v), {}, {}};
    return a;
}

TEST(RobConflicts, ADifferentDomainJudgementIsAConflictListingTheAnswersBehindIt)
{
    // Alice: concealed, random, balanced -> low. Bob: not concealed -> high.
    const std::vector<RobAssessment> assessments = {rob2(1, 1, {{"1.1", "Y"}, {"1.2", "Y"}, {"1.3", "N"}}),
                                                    rob2(2, 2, {{"1.1", "Y"}, {"1.2", "N"}, {"1.3", "N"}})};
    auto conflicts = findRobConflicts(assessments);
    ASSERT_TRUE(conflicts.hasValue());
    ASSERT_EQ(conflicts->size(), 1);
    // Bob's high D1 also makes his overall judgement high, while Alice's waits for other domains.
    EXPECT_EQ(conflicts->front().domains, (QStringList{QStringLiteral("D1"), QStringLiteral("overall")}));
    EXPECT_EQ(conflicts->front().questions, QStringList{QStringLiteral("1.2")});
    EXPECT_FALSE(conflicts->front().resolved);
}

TEST(RobConflicts, DifferentAnswersWithTheSameJudgementAreNoConflict)
{
    const std::vector<RobAssessment> assessments = {rob2(1, 1, {{"1.1", "Y"}, {"1.2", "Y"}, {"1.3", "N"}}),
                                                    rob2(2, 2, {{"1.1", "PY"}, {"1.2", "PY"}, {"1.3", "NI"}})};
    auto conflicts = findRobConflicts(assessments);
    ASSERT_TRUE(conflicts.hasValue());
    EXPECT_TRUE(conflicts->isEmpty());
}

TEST(RobConflicts, AConsensusMarksTheConflictResolvedAndKeepsItListed)
{
    RobAssessment consensus = rob2(3, 1, {{"1.2", "N"}});
    consensus.kind = RobAssessmentKind::Consensus;
    const std::vector<RobAssessment> assessments = {
        rob2(1, 1, {{"1.2", "Y"}, {"1.1", "Y"}, {"1.3", "N"}}), rob2(2, 2, {{"1.2", "N"}}), consensus};
    auto conflicts = findRobConflicts(assessments);
    ASSERT_TRUE(conflicts.hasValue());
    ASSERT_EQ(conflicts->size(), 1);
    EXPECT_TRUE(conflicts->front().resolved);
}

TEST(RobConflicts, BlindReviewersSeeOnlyTheirOwnAndTheConsensus)
{
    RobAssessment consensus = rob2(3, 2, {});
    consensus.kind = RobAssessmentKind::Consensus;
    const auto visible = visibleWhileBlind({rob2(1, 1, {}), rob2(2, 2, {}), consensus}, ReviewerId(1));
    ASSERT_EQ(visible.size(), 2u);
    EXPECT_EQ(visible[0].id, RobAssessmentId(1));
    EXPECT_EQ(visible[1].id, RobAssessmentId(3));
}

} // namespace
} // namespace stemma::core::quality
