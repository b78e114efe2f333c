// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Newcastle–Ottawa Scale, cohort studies: the stars of each item as the NOS coding manual awards
// them, converted to good/fair/poor by the AHRQ thresholds (good: selection 3-4, comparability
// 1-2, outcome 2-3; fair: selection 2, comparability 1-2, outcome 2-3; poor: selection 0-1 or
// comparability 0 or outcome 0-1). Every combination of item answers is checked.
#include "tests/core/quality/QualityTestSupport.h"

namespace stemma::core::quality::test {
namespace {

// Stars per answer, from the NOS cohort coding manual (an asterisk marks a starred answer).
int stars(const QString& item, const QString& answer)
{
    static const QHash<QString, QHash<QString, int>> STARS = {
        {QStringLiteral("S1"), {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}},
        {QStringLiteral("S2"), {{QStringLiteral("a"), 1}}},
        {QStringLiteral("S3"), {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}},
        {QStringLiteral("S4"), {{QStringLiteral("a"), 1}}},
        {QStringLiteral("C1"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 1}}},
        {QStringLiteral("O1"), {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}},
        {QStringLiteral("O2"), {{QStringLiteral("a"), 1}}},
        {QStringLiteral("O3"), {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}},
    };
    return STARS.value(item).value(answer);
}

QString ahrq(int selection, int comparability, int outcome)
{
    if (selection <= 1 || comparability == 0 || outcome <= 1)
        return QStringLiteral("poor");
    if (selection == 2)
        return QStringLiteral("fair");
    return QStringLiteral("good");
}

TEST(NewcastleOttawa, EveryAnswerSetGetsTheAhrqQuality)
{
    const QualityTool tool = builtInTool(QStringLiteral("nos-cohort"));
    QList<std::pair<QString, QStringList>> items;
    for (const QualityDomain& d : tool.domains)
        for (const SignallingQuestion& q : d.questions) {
            QStringList codes;
            for (const AnswerOption& o : q.options)
                codes << o.code;
            items.push_back({q.id, codes});
        }
    ASSERT_EQ(items.size(), 8);
    QHash<QString, int> seen;
    forEachCombination(items, [&](const QHash<QString, QString>& a) {
        const auto sum = [&](std::initializer_list<const char*> ids) {
            int total = 0;
            for (const char* id : ids)
                total += stars(QString::fromLatin1(id), a.value(QString::fromLatin1(id)));
            return total;
        };
        const QString expected = ahrq(sum({"S1", "S2", "S3", "S4"}), sum({"C1"}), sum({"O1", "O2", "O3"}));
        ++seen[expected];
        ASSERT_EQ(proposedFor(tool, a, overallKey()), expected) << describe(a);
    });
    EXPECT_EQ(seen.size(), 3);
}

TEST(NewcastleOttawa, SelectionCategoryIsJudgedFromItsStars)
{
    const QualityTool tool = builtInTool(QStringLiteral("nos-cohort"));
    const auto selection = [&](const char* s1, const char* s2, const char* s3, const char* s4) {
        return proposedFor(tool,
                           {{QStringLiteral("S1"), QString::fromLatin1(s1)},
                            {QStringLiteral("S2"), QString::fromLatin1(s2)},
                            {QStringLiteral("S3"), QString::fromLatin1(s3)},
                            {QStringLiteral("S4"), QString::fromLatin1(s4)}},
                           QStringLiteral("S"));
    };
    EXPECT_EQ(selection("a", "a", "a", "a"), QStringLiteral("good"));
    EXPECT_EQ(selection("c", "a", "b", "a"), QStringLiteral("good"));
    EXPECT_EQ(selection("c", "b", "b", "a"), QStringLiteral("fair"));
    EXPECT_EQ(selection("d", "c", "c", "a"), QStringLiteral("poor"));
}

} // namespace
} // namespace stemma::core::quality::test
