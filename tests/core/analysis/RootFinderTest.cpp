// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/RootFinder.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stemma::core::analysis;

TEST(RootFinderTest, MatchesRUnirootStepForStep)
{
    // R: uniroot(function(x) x^3 - 2*x - 5, c(2, 3), tol = 1e-9) -> root 2.0945514815361843 after 7 iterations.
    auto f = [](double x) { return x * x * x - 2.0 * x - 5.0; };
    const auto result = findRoot(f, 2.0, 3.0, f(2.0), f(3.0), 1e-9, 1000);
    EXPECT_TRUE(result.converged);
    EXPECT_DOUBLE_EQ(result.root, 2.0945514815361843);
    EXPECT_EQ(result.iterations, 7);
}

TEST(RootFinderTest, ReturnsAnEndpointThatIsARoot)
{
    auto f = [](double x) { return x - 1.0; };
    const auto result = findRoot(f, 1.0, 4.0, 0.0, 3.0, 1e-4, 100);
    EXPECT_TRUE(result.converged);
    EXPECT_DOUBLE_EQ(result.root, 1.0);
    EXPECT_EQ(result.iterations, 0);
}

TEST(RootFinderTest, ReportsNonConvergence)
{
    auto f = [](double x) { return std::cos(x) - x; };
    const auto result = findRoot(f, 0.0, 1.0, f(0.0), f(1.0), 1e-300, 2);
    EXPECT_FALSE(result.converged);
}
