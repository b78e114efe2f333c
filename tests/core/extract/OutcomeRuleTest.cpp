// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/OutcomeRule.h"

#include "tests/core/extract/ExtractTestSupport.h"

using namespace stemma::core::extract;
using stemma::test::collect;

TEST(OutcomeRuleTest, ReadsAScoreOnItsScale)
{
    const QString text = QStringLiteral("severe scleroderma (Rodnan score 47/51), skin ulcers");
    const auto found = collect(OutcomeRule(), text);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].measure, QStringLiteral("mRSS"));
    EXPECT_EQ(found[0].value, QStringLiteral("47"));
    EXPECT_EQ(found[0].unit, QStringLiteral("/51"));
    EXPECT_EQ(found[0].text, QStringLiteral("Rodnan score 47/51"));
    EXPECT_EQ(found[0].start, 20);
}

TEST(OutcomeRuleTest, ReadsBaselineAndFollowUpWithTimepoint)
{
    const QString text = QStringLiteral("mRSS decreased from 25.1\u00B18 to 15.2\u00B17 at 12 months.");
    const auto found = collect(OutcomeRule(), text);
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].value, QStringLiteral("25.1"));
    EXPECT_EQ(found[0].timepoint, QStringLiteral("baseline"));
    EXPECT_EQ(found[0].text, QStringLiteral("mRSS decreased from 25.1"));
    EXPECT_EQ(found[1].value, QStringLiteral("15.2"));
    EXPECT_EQ(found[1].timepoint, QStringLiteral("12 months"));
    EXPECT_EQ(found[1].measure, QStringLiteral("mRSS"));
    EXPECT_EQ(found[1].text, QStringLiteral("15.2\u00B17 at 12 months"));
}

TEST(OutcomeRuleTest, ReadsLungFunctionAndHaq)
{
    const auto fvc = collect(OutcomeRule(), QStringLiteral("FVC 62% to 70% predicted"));
    ASSERT_EQ(fvc.size(), 2);
    EXPECT_EQ(fvc[0].measure, QStringLiteral("FVC"));
    EXPECT_EQ(fvc[0].value, QStringLiteral("62"));
    EXPECT_EQ(fvc[0].unit, QStringLiteral("% predicted"));
    EXPECT_EQ(fvc[1].value, QStringLiteral("70"));
    const auto dlco = collect(OutcomeRule(), QStringLiteral("DLCO improved from 45% to 52%"));
    ASSERT_EQ(dlco.size(), 2);
    EXPECT_EQ(dlco[1].measure, QStringLiteral("DLCO"));
    EXPECT_EQ(dlco[1].value, QStringLiteral("52"));
    const auto haq = collect(OutcomeRule(), QStringLiteral("HAQ-DI 1.5 to 0.8"));
    ASSERT_EQ(haq.size(), 2);
    EXPECT_EQ(haq[0].measure, QStringLiteral("HAQ-DI"));
    EXPECT_EQ(haq[0].value, QStringLiteral("1.5"));
    EXPECT_EQ(haq[1].value, QStringLiteral("0.8"));
    EXPECT_TRUE(haq[1].unit.isEmpty());
}

TEST(OutcomeRuleTest, SkipsThresholdsAndMissingMeasurements)
{
    EXPECT_TRUE(collect(OutcomeRule(), QStringLiteral("FVC was not measured.")).isEmpty());
    EXPECT_TRUE(collect(OutcomeRule(), QStringLiteral("patients with FVC < 70% predicted")).isEmpty());
    EXPECT_TRUE(collect(OutcomeRule(), QStringLiteral("an mRSS \u2265 15")).isEmpty());
}
