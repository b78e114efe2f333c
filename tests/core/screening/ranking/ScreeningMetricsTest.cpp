// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/ScreeningMetrics.h"

#include <gtest/gtest.h>

using stemma::core::screening::ranking::ScreeningMetrics;

TEST(ScreeningMetricsTest, MatchesAsreviewInsightsFormulasOnAKnownOrder)
{
    // 40 records, 10 relevant, found at screened positions 1, 2, 3, 5, 8, 9, 12, 15, 20, 31.
    // Expected values from NumPy 1.24.2 with asreview-insights' definitions (labels padded to
    // N; docs_found_random = round(linspace(0, R, N)); WSS at the floor(0.95 R)-th find; recall
    // at 10% of N; ATD = mean 1-based position / N) and the classic Cohen (2006) WSS at ceil(0.95 R):
    //   wss95_insights 0.375, wss95_classic 0.175, wss100 0.225, rrf10 0.3, atd 0.265
    std::vector<bool> labels(31, false);
    for (int position : {1, 2, 3, 5, 8, 9, 12, 15, 20, 31})
        labels[static_cast<std::size_t>(position - 1)] = true;
    const auto metrics = ScreeningMetrics::compute(labels, 40);
    EXPECT_NEAR(metrics.wss95Insights, 0.375, 1e-12);
    EXPECT_NEAR(metrics.wss95Classic, 0.175, 1e-12);
    EXPECT_NEAR(metrics.wss100, 0.225, 1e-12);
    EXPECT_NEAR(metrics.rrf10, 0.3, 1e-12);
    EXPECT_NEAR(metrics.atd, 0.265, 1e-12);
    ASSERT_EQ(metrics.foundAfter.size(), 31u);
    EXPECT_EQ(metrics.foundAfter[4], 4);
    EXPECT_EQ(metrics.foundAfter.back(), 10);
}

TEST(ScreeningMetricsTest, NoRelevantRecordGivesZeros)
{
    const auto metrics = ScreeningMetrics::compute(std::vector<bool>(5, false), 5);
    EXPECT_EQ(metrics.wss95Insights, 0.0);
    EXPECT_EQ(metrics.atd, 0.0);
}
