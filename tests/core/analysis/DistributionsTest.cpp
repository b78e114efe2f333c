// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/Distributions.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace stemma::core::analysis;

// Expected values from R 4.x (qnorm, pnorm, qt, pt, pchisq) printed with 17 significant digits.
TEST(DistributionsTest, MatchesR)
{
    EXPECT_NEAR(dist::normalQuantile(0.975), 1.9599639845400536, 1e-14);
    EXPECT_NEAR(dist::normalUpperTail(2.5), 0.0062096653257761349, 1e-16);
    EXPECT_NEAR(dist::tQuantile(0.975, 4), 2.7764451051977934, 1e-13);
    EXPECT_NEAR(dist::tUpperTail(2.1, 7), 0.036935598106461298, 1e-15);
    EXPECT_NEAR(dist::chiSquaredUpperTail(15.3, 9), 0.083018286238646918, 1e-15);
}

TEST(DistributionsTest, EdgesGiveLimitsOrNaNInsteadOfThrowing)
{
    const double inf = std::numeric_limits<double>::infinity();
    EXPECT_EQ(dist::normalUpperTail(inf), 0.0);
    EXPECT_EQ(dist::normalUpperTail(-inf), 1.0);
    EXPECT_EQ(dist::tUpperTail(inf, 3), 0.0);
    EXPECT_EQ(dist::chiSquaredUpperTail(0.0, 3), 1.0);
    EXPECT_EQ(dist::normalQuantile(1.0), inf);
    EXPECT_TRUE(std::isnan(dist::tQuantile(0.5, 0.0)));
    EXPECT_TRUE(std::isnan(dist::normalQuantile(1.5)));
    EXPECT_TRUE(std::isnan(dist::chiSquaredUpperTail(std::nan(""), 2)));
}
