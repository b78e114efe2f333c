// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/FollowUpRule.h"

#include "tests/core/extract/ExtractTestSupport.h"

using namespace stemma::core::extract;
using stemma::test::collect;

TEST(FollowUpRuleTest, ConvertsToMonths)
{
    const auto followed = collect(FollowUpRule(), QStringLiteral("Patients were followed for 12 months."));
    ASSERT_EQ(followed.size(), 1);
    EXPECT_EQ(followed[0].value, QStringLiteral("12"));
    EXPECT_EQ(followed[0].unit, QStringLiteral("months"));
    EXPECT_EQ(followed[0].text, QStringLiteral("followed for 12 months"));
    EXPECT_EQ(followed[0].start, 14);

    const auto median = collect(FollowUpRule(), QStringLiteral("median follow-up 5.8 years"));
    ASSERT_EQ(median.size(), 1);
    EXPECT_EQ(median[0].value, QStringLiteral("69.6"));
    EXPECT_EQ(median[0].measure, QStringLiteral("median"));
    EXPECT_EQ(median[0].text, QStringLiteral("median follow-up 5.8 years"));

    const auto before = collect(FollowUpRule(), QStringLiteral("at 2-year follow-up"));
    ASSERT_EQ(before.size(), 1);
    EXPECT_EQ(before[0].value, QStringLiteral("24"));
    EXPECT_TRUE(collect(FollowUpRule(), QStringLiteral("treated for 12 months")).isEmpty());
}
