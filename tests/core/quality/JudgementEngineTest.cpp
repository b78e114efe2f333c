// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/quality/QualityTestSupport.h"

namespace stemma::core::quality::test {
namespace {

QHash<QString, QString> lowD1()
{
    return {{QStringLiteral("1.1"), QStringLiteral("Y")},
            {QStringLiteral("1.2"), QStringLiteral("Y")},
            {QStringLiteral("1.3"), QStringLiteral("N")}};
}

TEST(JudgementEngine, ListsTheAnswersTheNextRuleNeeds)
{
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    auto outcome = JudgementEngine::assess(tool, {{QStringLiteral("1.2"), QStringLiteral("PY")}});
    ASSERT_TRUE(outcome.hasValue());
    const JudgementOutcome& d1 = outcome->domains.front();
    EXPECT_FALSE(d1.proposal.judgement.has_value());
    EXPECT_EQ(d1.proposal.missing, QStringList{QStringLiteral("1.1")});
}

TEST(JudgementEngine, GivesTheRulesReason)
{
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    auto outcome = JudgementEngine::assess(tool, {{QStringLiteral("1.2"), QStringLiteral("N")}});
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_EQ(outcome->domains.front().reason, QStringLiteral("the allocation sequence was not concealed (1.2)"));
}

TEST(JudgementEngine, AnOverrideNeedsAReasonAndCarriesIntoTheOverall)
{
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    QHash<QString, ReviewerJudgement> judgements{{QStringLiteral("D1"), {QStringLiteral("high"), QString()}}};
    auto refused = JudgementEngine::assess(tool, lowD1(), judgements);
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().message,
              QStringLiteral(
                  "changing the proposed judgement of Bias arising from the randomization process needs a reason"));

    judgements[QStringLiteral("D1")].reason = QStringLiteral("sealed envelopes were not opaque");
    auto outcome = JudgementEngine::assess(tool, lowD1(), judgements);
    ASSERT_TRUE(outcome.hasValue());
    const JudgementOutcome& d1 = outcome->domains.front();
    EXPECT_EQ(d1.proposal.judgement.value_or(QString()), QStringLiteral("low"));
    EXPECT_EQ(d1.judgement.value_or(QString()), QStringLiteral("high"));
    EXPECT_TRUE(d1.overridden);
    EXPECT_EQ(d1.reason, QStringLiteral("sealed envelopes were not opaque"));
    EXPECT_EQ(outcome->overall.proposal.judgement.value_or(QString()), QStringLiteral("high"));
}

TEST(JudgementEngine, AgreeingWithTheProposalNeedsNoReason)
{
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    auto outcome = JudgementEngine::assess(tool, lowD1(), {{QStringLiteral("D1"), {QStringLiteral("low"), {}}}});
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_FALSE(outcome->domains.front().overridden);
}

TEST(JudgementEngine, RefusesAnAnswerTheQuestionDoesNotAllow)
{
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    auto refused = JudgementEngine::assess(tool, {{QStringLiteral("1.1"), QStringLiteral("NA")}});
    ASSERT_FALSE(refused.hasValue());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("question 1.1")));
    EXPECT_FALSE(JudgementEngine::assess(tool, {{QStringLiteral("9.9"), QStringLiteral("Y")}}).hasValue());
    EXPECT_FALSE(
        JudgementEngine::assess(tool, {}, {{QStringLiteral("D1"), {QStringLiteral("medium"), {}}}}).hasValue());
}

TEST(JudgementEngine, ReportsThePartsOfADomain)
{
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    auto outcome = JudgementEngine::assess(tool,
                                           {{QStringLiteral("2.1"), QStringLiteral("N")},
                                            {QStringLiteral("2.2"), QStringLiteral("N")},
                                            {QStringLiteral("2.6"), QStringLiteral("NI")}});
    ASSERT_TRUE(outcome.hasValue());
    const JudgementOutcome& d2 = outcome->domains[1];
    EXPECT_EQ(d2.parts.value(QStringLiteral("part1")).judgement.value_or(QString()), QStringLiteral("low"));
    EXPECT_EQ(d2.parts.value(QStringLiteral("part2")).missing, QStringList{QStringLiteral("2.7")});
    EXPECT_EQ(d2.proposal.missing, QStringList{QStringLiteral("2.7")});
}

} // namespace
} // namespace stemma::core::quality::test
