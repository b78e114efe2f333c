// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// RoB 2's algorithms, as resources/quality/rob2.json encodes them, against the algorithm figures
// of the RoB 2 full guidance document (Sterne et al., 22 August 2019). Each figure is written
// below again as plain nested conditions, read off the figure independently of the resource
// file, and every combination of answers the figure allows (unasked questions answered NA) is
// compared; named cases then walk each path to "high" on its own.
#include "tests/core/quality/QualityTestSupport.h"

namespace stemma::core::quality::test {
namespace {

const QString LOW = QStringLiteral("low");
const QString SOME = QStringLiteral("some-concerns");
const QString HIGH = QStringLiteral("high");
const QStringList FIVE = {
    QStringLiteral("Y"), QStringLiteral("PY"), QStringLiteral("PN"), QStringLiteral("N"), QStringLiteral("NI")};
const QStringList NA_ONLY = {QStringLiteral("NA")};

bool yes(const QString& a)
{
    return a == QLatin1String("Y") || a == QLatin1String("PY");
}
bool no(const QString& a)
{
    return a == QLatin1String("N") || a == QLatin1String("PN");
}
bool ni(const QString& a)
{
    return a == QLatin1String("NI");
}

using Answers = QHash<QString, QString>;

/// The answer to question \a q ("NA" style codes), empty when unanswered.
QString v(const Answers& a, const char* q)
{
    return a.value(QString::fromLatin1(q));
}

/// Enumerates answers question by question; \a options gives the allowed answers of the next
/// question given those before it (only NA when the figure does not ask it).
void enumerate(const QStringList& order,
               const std::function<QStringList(const QString&, const Answers&)>& options,
               const std::function<void(const Answers&)>& visit,
               Answers answers = {},
               int index = 0)
{
    if (index == order.size()) {
        visit(answers);
        return;
    }
    for (const QString& code : options(order[index], answers)) {
        answers.insert(order[index], code);
        enumerate(order, options, visit, answers, index + 1);
    }
}

// Figure: "Algorithm for suggested judgement of risk of bias arising from the randomization process".
QString domain1(const Answers& a)
{
    const QString q11 = v(a, "1.1"), q12 = v(a, "1.2"), q13 = v(a, "1.3");
    if (no(q12))
        return HIGH;
    if (ni(q12))
        return yes(q13) ? HIGH : SOME;
    if (no(q11))
        return SOME;
    return yes(q13) ? SOME : LOW;
}

// Figure for domain 2, effect of assignment: part 1 (2.1-2.5), part 2 (2.6-2.7), then the worse.
QString domain2(const Answers& a)
{
    QString part1;
    if (no(v(a, "2.1")) && no(v(a, "2.2")))
        part1 = LOW;
    else if (no(v(a, "2.3")))
        part1 = LOW;
    else if (ni(v(a, "2.3")))
        part1 = SOME;
    else if (no(v(a, "2.4")))
        part1 = SOME;
    else
        part1 = yes(v(a, "2.5")) ? SOME : HIGH;
    QString part2;
    if (yes(v(a, "2.6")))
        part2 = LOW;
    else
        part2 = no(v(a, "2.7")) ? SOME : HIGH;
    if (part1 == HIGH || part2 == HIGH)
        return HIGH;
    if (part1 == LOW && part2 == LOW)
        return LOW;
    return SOME;
}

QString domain3(const Answers& a)
{
    if (yes(v(a, "3.1")) || yes(v(a, "3.2")) || no(v(a, "3.3")))
        return LOW;
    return no(v(a, "3.4")) ? SOME : HIGH;
}

QString domain4(const Answers& a)
{
    if (yes(v(a, "4.1")) || yes(v(a, "4.2")))
        return HIGH;
    const bool branchA = no(v(a, "4.2"));
    if (no(v(a, "4.3")) || no(v(a, "4.4")))
        return branchA ? LOW : SOME;
    return no(v(a, "4.5")) ? SOME : HIGH;
}

QString domain5(const Answers& a)
{
    if (yes(v(a, "5.2")) || yes(v(a, "5.3")))
        return HIGH;
    if (no(v(a, "5.2")) && no(v(a, "5.3")))
        return yes(v(a, "5.1")) ? LOW : SOME;
    return SOME;
}

/// Which answers the figure allows for each question, given the earlier ones (the "If …" clauses).
QStringList asked(const QString& q, const Answers& a)
{
    const QStringList fourNoNi = {QStringLiteral("Y"), QStringLiteral("PY"), QStringLiteral("PN"), QStringLiteral("N")};
    if (q == QLatin1String("2.3"))
        return no(v(a, "2.1")) && no(v(a, "2.2")) ? NA_ONLY : FIVE;
    if (q == QLatin1String("2.4"))
        return yes(v(a, "2.3")) ? FIVE : NA_ONLY;
    if (q == QLatin1String("2.5"))
        return v(a, "2.4") != QLatin1String("NA") && !no(v(a, "2.4")) ? FIVE : NA_ONLY;
    if (q == QLatin1String("2.7"))
        return yes(v(a, "2.6")) ? NA_ONLY : FIVE;
    if (q == QLatin1String("3.2"))
        return yes(v(a, "3.1")) ? NA_ONLY : fourNoNi;
    if (q == QLatin1String("3.3"))
        return no(v(a, "3.2")) ? FIVE : NA_ONLY;
    if (q == QLatin1String("3.4"))
        return v(a, "3.3") != QLatin1String("NA") && !no(v(a, "3.3")) ? FIVE : NA_ONLY;
    if (q == QLatin1String("4.3"))
        return !yes(v(a, "4.1")) && !yes(v(a, "4.2")) ? FIVE : NA_ONLY;
    if (q == QLatin1String("4.4"))
        return v(a, "4.3") != QLatin1String("NA") && !no(v(a, "4.3")) ? FIVE : NA_ONLY;
    if (q == QLatin1String("4.5"))
        return v(a, "4.4") != QLatin1String("NA") && !no(v(a, "4.4")) ? FIVE : NA_ONLY;
    return FIVE;
}

struct DomainCase
{
    const char* domain;
    QStringList order;
    QString (*figure)(const Answers&);
};

class Rob2DomainTable : public ::testing::TestWithParam<DomainCase>
{
};

TEST_P(Rob2DomainTable, EveryAllowedAnswerSetFollowsTheGuidanceFigure)
{
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    const DomainCase& c = GetParam();
    int combinations = 0;
    QHash<QString, int> reached;
    enumerate(c.order, asked, [&](const Answers& answers) {
        ++combinations;
        const QString expected = c.figure(answers);
        ++reached[expected];
        EXPECT_EQ(proposedFor(tool, answers, QString::fromLatin1(c.domain)), expected) << describe(answers);
    });
    EXPECT_GT(combinations, 20);
    // Every judgement of the scale is reachable in every domain.
    EXPECT_GT(reached.value(LOW), 0);
    EXPECT_GT(reached.value(SOME), 0);
    EXPECT_GT(reached.value(HIGH), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Rob2,
    Rob2DomainTable,
    ::testing::Values(
        DomainCase{"D1", {QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3")}, domain1},
        DomainCase{"D2",
                   {QStringLiteral("2.1"),
                    QStringLiteral("2.2"),
                    QStringLiteral("2.3"),
                    QStringLiteral("2.4"),
                    QStringLiteral("2.5"),
                    QStringLiteral("2.6"),
                    QStringLiteral("2.7")},
                   domain2},
        DomainCase{"D3",
                   {QStringLiteral("3.1"), QStringLiteral("3.2"), QStringLiteral("3.3"), QStringLiteral("3.4")},
                   domain3},
        DomainCase{"D4",
                   {QStringLiteral("4.1"),
                    QStringLiteral("4.2"),
                    QStringLiteral("4.3"),
                    QStringLiteral("4.4"),
                    QStringLiteral("4.5")},
                   domain4},
        DomainCase{"D5", {QStringLiteral("5.1"), QStringLiteral("5.2"), QStringLiteral("5.3")}, domain5}));

struct PathCase
{
    const char* name;
    const char* domain;
    Answers answers;
    QString expected;
};

class Rob2PathsToHigh : public ::testing::TestWithParam<PathCase>
{
};

TEST_P(Rob2PathsToHigh, ProposesTheFiguresJudgement)
{
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    EXPECT_EQ(proposedFor(tool, GetParam().answers, QString::fromLatin1(GetParam().domain)), GetParam().expected);
}

Answers answers(std::initializer_list<std::pair<const char*, const char*>> list)
{
    Answers out;
    for (const auto& [q, a] : list)
        out.insert(QString::fromLatin1(q), QString::fromLatin1(a));
    return out;
}

// Every arrow into "High risk" in the five figures, each with the fewest answers that reach it:
// the engine must decide as soon as the path is known, without the questions the figure skips.
INSTANTIATE_TEST_SUITE_P(
    Rob2,
    Rob2PathsToHigh,
    ::testing::Values(
        PathCase{"D1NotConcealed", "D1", answers({{"1.2", "N"}}), HIGH},
        PathCase{"D1NoInformationOnConcealmentAndImbalance", "D1", answers({{"1.2", "NI"}, {"1.3", "PY"}}), HIGH},
        PathCase{"D2Part1UnbalancedDeviations",
                 "D2",
                 answers({{"2.1", "Y"}, {"2.2", "N"}, {"2.3", "Y"}, {"2.4", "NI"}, {"2.5", "N"}, {"2.6", "Y"}}),
                 HIGH},
        PathCase{
            "D2Part2SubstantialImpact", "D2", answers({{"2.1", "N"}, {"2.2", "N"}, {"2.6", "N"}, {"2.7", "Y"}}), HIGH},
        PathCase{"D3MissingnessDependsOnTrueValue",
                 "D3",
                 answers({{"3.1", "N"}, {"3.2", "N"}, {"3.3", "Y"}, {"3.4", "PY"}}),
                 HIGH},
        PathCase{"D4InappropriateMethod", "D4", answers({{"4.1", "Y"}}), HIGH},
        PathCase{"D4MeasurementDiffered", "D4", answers({{"4.1", "N"}, {"4.2", "PY"}}), HIGH},
        PathCase{"D4AssessorsInfluenced",
                 "D4",
                 answers({{"4.1", "N"}, {"4.2", "N"}, {"4.3", "Y"}, {"4.4", "Y"}, {"4.5", "Y"}}),
                 HIGH},
        PathCase{"D4NoInformationThenInfluenced",
                 "D4",
                 answers({{"4.1", "NI"}, {"4.2", "NI"}, {"4.3", "NI"}, {"4.4", "PY"}, {"4.5", "NI"}}),
                 HIGH},
        PathCase{"D5SelectedFromMeasurements", "D5", answers({{"5.2", "Y"}}), HIGH},
        PathCase{"D5SelectedFromAnalyses", "D5", answers({{"5.2", "N"}, {"5.3", "PY"}}), HIGH}),
    [](const ::testing::TestParamInfo<PathCase>& info) { return std::string(info.param.name); });

TEST(Rob2Overall, FollowsTheGuidanceCriteriaForEveryCombinationOfDomains)
{
    // Overall criteria table: high if any domain is high, low if all are low, otherwise some concerns.
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    const QStringList scale = {LOW, SOME, HIGH};
    QList<std::pair<QString, QStringList>> domains;
    for (const QualityDomain& d : tool.domains)
        domains.push_back({d.id, scale});
    ASSERT_EQ(domains.size(), 5);
    forEachCombination(domains, [&](const Answers& byDomain) {
        QHash<QString, ReviewerJudgement> judgements;
        for (auto it = byDomain.begin(); it != byDomain.end(); ++it)
            judgements.insert(it.key(), ReviewerJudgement{it.value(), {}});
        auto outcome = JudgementEngine::assess(tool, {}, judgements);
        ASSERT_TRUE(outcome.hasValue());
        const QStringList values = byDomain.values();
        const QString expected = values.contains(HIGH) ? HIGH : (values.count(LOW) == 5 ? LOW : SOME);
        EXPECT_EQ(outcome->overall.proposal.judgement.value_or(QString()), expected) << describe(byDomain);
    });
}

TEST(Rob2Overall, WaitsForAnUndecidedDomainUnlessAnotherIsHigh)
{
    const QualityTool tool = builtInTool(QStringLiteral("rob2"));
    auto partial = JudgementEngine::assess(tool, answers({{"1.2", "Y"}, {"1.1", "Y"}, {"1.3", "N"}}));
    ASSERT_TRUE(partial.hasValue());
    EXPECT_EQ(partial->domains.front().proposal.judgement.value_or(QString()), LOW);
    EXPECT_FALSE(partial->overall.proposal.judgement.has_value());

    auto withHigh = JudgementEngine::assess(tool, answers({{"5.2", "Y"}}));
    ASSERT_TRUE(withHigh.hasValue());
    EXPECT_EQ(withHigh->overall.proposal.judgement.value_or(QString()), HIGH);
}

} // namespace
} // namespace stemma::core::quality::test
