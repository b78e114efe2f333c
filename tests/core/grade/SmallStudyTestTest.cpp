// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grade/SmallStudyTest.h"

#include <gtest/gtest.h>

namespace stemma::core::grade {
namespace {

TEST(EggerTest, MatchesMetaforRegtest)
{
    // R 4 / metafor 3.8.1:
    //   regtest(yi, vi, model = "lm", predictor = "sei")
    //   coefficient of sei -2.666833087116, t = -12.496633464357, df = 9, p = 5.44685e-07
    const std::vector<double> yi = {-0.12, -0.45, -0.30, -0.62, -0.05, -0.80, -0.21, -0.55, -0.90, -0.33, -0.15};
    const std::vector<double> vi = {0.010, 0.040, 0.020, 0.090, 0.008, 0.150, 0.015, 0.060, 0.200, 0.030, 0.012};
    auto egger = eggerTest(yi, vi);
    ASSERT_TRUE(egger.hasValue());
    EXPECT_EQ(egger->df, 9);
    EXPECT_NEAR(egger->intercept, -2.666833087116, 1e-9);
    EXPECT_NEAR(egger->t, -12.496633464357, 1e-8);
    EXPECT_NEAR(egger->pval, 5.44685e-07, 1e-11);
}

TEST(EggerTest, RefusesTooFewStudiesOrZeroVariance)
{
    EXPECT_FALSE(eggerTest({0.1, 0.2}, {0.01, 0.02}).hasValue());
    EXPECT_FALSE(eggerTest({0.1, 0.2, 0.3}, {0.01, 0.0, 0.02}).hasValue());
    EXPECT_FALSE(eggerTest({0.1, 0.2, 0.3}, {0.01, 0.01, 0.01}).hasValue());
}

} // namespace
} // namespace stemma::core::grade
