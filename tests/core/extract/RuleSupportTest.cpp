// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/RuleSupport.h"

#include <gtest/gtest.h>

using namespace stemma::core::extract::support;

TEST(RuleSupportTest, FindsSentencesWithoutSplittingDecimals)
{
    const QString text = QStringLiteral("FVC was 4.5 L. MSC were given.");
    EXPECT_EQ(sentenceAround(text, 9), QStringLiteral("FVC was 4.5 L."));
    EXPECT_EQ(sentenceAround(text, 20), QStringLiteral(" MSC were given."));
}

TEST(RuleSupportTest, SeesNegationInTheSameClauseOnly)
{
    const QString text = QStringLiteral("They did not receive MSC, but MSC-EV were given.");
    EXPECT_TRUE(isNegated(text, text.indexOf(QLatin1String("MSC"))));
    EXPECT_FALSE(isNegated(text, text.indexOf(QLatin1String("MSC-EV"))));
}

TEST(RuleSupportTest, KnowsANumberInsideAQuantity)
{
    const QString text = QStringLiteral("2 x 10^6 and 2x106 and (15 patients)");
    EXPECT_TRUE(insideQuantity(text, text.indexOf(QLatin1String("10^6"))));
    EXPECT_TRUE(insideQuantity(text, text.indexOf(QLatin1String("6 and"))));
    EXPECT_TRUE(insideQuantity(text, text.indexOf(QLatin1String("106"))));
    EXPECT_FALSE(insideQuantity(text, text.indexOf(QLatin1String("15"))));
    EXPECT_FALSE(insideQuantity(text, 0));
}

TEST(RuleSupportTest, ConvertsDurations)
{
    EXPECT_EQ(toMonths(2.0, QStringLiteral("years")), 24.0);
    EXPECT_EQ(toMonths(6.0, QStringLiteral("mo")), 6.0);
    EXPECT_EQ(toYears(18.0, QStringLiteral("months")), 1.5);
    EXPECT_FALSE(toMonths(1.0, QStringLiteral("cGy")));
}
