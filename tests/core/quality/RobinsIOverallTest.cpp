// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ROBINS-I (Sterne et al., BMJ 2016;355:i4919), Table 2 "Interpretation of domain-level and
// overall risk of bias judgements": the overall judgement from the seven domain judgements,
// checked for every combination of domain judgements against the table written out below.
#include "tests/core/quality/QualityTestSupport.h"

namespace stemma::core::quality::test {
namespace {

QString table2(const QStringList& domains)
{
    if (domains.contains(QStringLiteral("critical")))
        return QStringLiteral("critical");
    if (domains.contains(QStringLiteral("serious")))
        return QStringLiteral("serious");
    if (domains.contains(QStringLiteral("no-information")))
        return QStringLiteral("no-information");
    if (domains.count(QStringLiteral("low")) == domains.size())
        return QStringLiteral("low");
    return QStringLiteral("moderate");
}

TEST(RobinsIOverall, FollowsTable2ForEveryCombinationOfDomainJudgements)
{
    const QualityTool tool = builtInTool(QStringLiteral("robins-i"));
    ASSERT_EQ(tool.domains.size(), 7);
    QStringList scale;
    for (const JudgementLevel& level : tool.judgements)
        scale << level.id;
    ASSERT_EQ(scale.size(), 5);
    QList<std::pair<QString, QStringList>> domains;
    for (const QualityDomain& d : tool.domains)
        domains.push_back({d.id, scale});
    int critical = 0;
    forEachCombination(domains, [&](const QHash<QString, QString>& byDomain) {
        // The overall algorithm over the domain judgements, as assess() runs it (78,125 times here).
        ConditionContext context;
        context.domains = byDomain;
        for (const QualityDomain& d : tool.domains)
            context.domainOrder << d.id;
        const Proposal proposal = JudgementEngine::propose(tool.overall, context);
        const QString expected = table2(byDomain.values());
        critical += expected == QLatin1String("critical") ? 1 : 0;
        ASSERT_EQ(proposal.judgement.value_or(QString()), expected) << describe(byDomain);
    });
    // 5^7 - 4^7 combinations hold at least one critical domain: every path to critical was taken.
    EXPECT_EQ(critical, 78125 - 16384);
}

TEST(RobinsIOverall, OneCriticalDomainDecidesBeforeTheOthersAreJudged)
{
    const QualityTool tool = builtInTool(QStringLiteral("robins-i"));
    auto outcome = JudgementEngine::assess(tool, {}, {{QStringLiteral("D1"), {QStringLiteral("critical"), {}}}});
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_EQ(outcome->overall.proposal.judgement.value_or(QString()), QStringLiteral("critical"));

    auto serious = JudgementEngine::assess(tool, {}, {{QStringLiteral("D3"), {QStringLiteral("serious"), {}}}});
    ASSERT_TRUE(serious.hasValue());
    // Serious only once no domain can still turn out critical.
    EXPECT_FALSE(serious->overall.proposal.judgement.has_value());
}

TEST(RobinsIOverall, DomainsAreTheReviewersJudgementsFromTheSignallingQuestions)
{
    // The 2016 tool publishes criteria, not algorithms, per domain: nothing is proposed from answers.
    const QualityTool tool = builtInTool(QStringLiteral("robins-i"));
    auto outcome = JudgementEngine::assess(tool, {{QStringLiteral("1.1"), QStringLiteral("N")}});
    ASSERT_TRUE(outcome.hasValue());
    EXPECT_FALSE(outcome->domains.front().proposal.judgement.has_value());
    for (const QualityDomain& d : tool.domains)
        EXPECT_FALSE(d.questions.isEmpty()) << d.id.toStdString();
}

} // namespace
} // namespace stemma::core::quality::test
