// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/SafetyRule.h"

#include "tests/core/extract/ExtractTestSupport.h"

using namespace stemma::core::extract;
using stemma::test::collect;
using stemma::test::only;

TEST(SafetyRuleTest, CountsDeathsIncludingNone)
{
    const auto died = collect(SafetyRule(), QStringLiteral("Despite treatment, patient died of shock."));
    ASSERT_EQ(died.size(), 1);
    EXPECT_EQ(died[0].value, QStringLiteral("1"));
    EXPECT_EQ(died[0].text, QStringLiteral("patient died"));
    EXPECT_EQ(died[0].start, 19);
    const auto none = collect(SafetyRule(), QStringLiteral("There were no deaths."));
    ASSERT_EQ(none.size(), 1);
    EXPECT_EQ(none[0].value, QStringLiteral("0"));
    const auto two = collect(SafetyRule(), QStringLiteral("2 deaths occurred"));
    ASSERT_EQ(two.size(), 1);
    EXPECT_EQ(two[0].value, QStringLiteral("2"));
    const auto rate = collect(SafetyRule(), QStringLiteral("treatment-related mortality was 10%"));
    ASSERT_EQ(rate.size(), 1);
    EXPECT_EQ(rate[0].value, QStringLiteral("10"));
    EXPECT_EQ(rate[0].unit, QStringLiteral("%"));
    EXPECT_EQ(rate[0].measure, QStringLiteral("treatment-related mortality"));
    EXPECT_TRUE(collect(SafetyRule(), QStringLiteral("Mortality remains high.")).isEmpty());
}

TEST(SafetyRuleTest, CountsAdverseEventsIncludingNone)
{
    const auto none = only(collect(SafetyRule(), QStringLiteral("There were no serious adverse events.")),
                           QStringLiteral("adverse_event"));
    ASSERT_EQ(none.size(), 1);
    EXPECT_EQ(none[0].value, QStringLiteral("0"));
    EXPECT_EQ(none[0].measure, QStringLiteral("serious adverse events"));
    EXPECT_EQ(none[0].text, QStringLiteral("no serious adverse events"));
    const auto infections = collect(SafetyRule(), QStringLiteral("infections in 3 patients"));
    ASSERT_EQ(infections.size(), 1);
    EXPECT_EQ(infections[0].value, QStringLiteral("3"));
    EXPECT_EQ(infections[0].measure, QStringLiteral("infections"));
    EXPECT_EQ(infections[0].text, QStringLiteral("infections in 3 patients"));
    const auto without = collect(SafetyRule(), QStringLiteral("well tolerated without adverse events"));
    ASSERT_EQ(without.size(), 1);
    EXPECT_EQ(without[0].value, QStringLiteral("0"));
    EXPECT_TRUE(collect(SafetyRule(), QStringLiteral("the risk of infection")).isEmpty());
}
