// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/StoppingTest.h"

#include <gtest/gtest.h>

using stemma::core::screening::ranking::StoppingInput;
using stemma::core::screening::ranking::StoppingTest;

// Every expected value below was computed with SciPy 1.10.1:
//   from scipy.stats import hypergeom
//   K_tar = floor((r_AL + k) / 0.95 - r_AL) + 1
//   p = hypergeom.cdf(k, N, K_tar, n)
//   K_ub = largest K with hypergeom.cdf(k, N, K, n) >= 0.05
//   recall bound = (r_AL + k) / (r_AL + K_ub)

TEST(StoppingTestTest, HypergeometricCdfMatchesSciPy)
{
    EXPECT_NEAR(StoppingTest::hypergeometricCdf(0, 1000, 3, 200), 0.5116154230382688, 1e-12);
    EXPECT_NEAR(StoppingTest::hypergeometricCdf(2, 100, 10, 30), 0.37285659435827145, 1e-12);
}

TEST(StoppingTestTest, ASmallSampleCannotClaimTheTarget)
{
    const StoppingTest test;
    const StoppingInput input{50, 1000, 200, 0};
    EXPECT_EQ(test.relevantUnderNull(input), 3);
    const auto estimate = test.estimate(input);
    EXPECT_NEAR(estimate.pValue, 0.5116154230382688, 1e-12);
    EXPECT_FALSE(estimate.targetReached);
    EXPECT_NEAR(estimate.recallLowerBound, 50.0 / 63.0, 1e-12); // K_ub = 13
}

TEST(StoppingTestTest, ARelevantRecordInTheSampleRaisesTheBar)
{
    const StoppingTest test;
    const StoppingInput input{100, 5000, 500, 1};
    EXPECT_EQ(test.relevantUnderNull(input), 7);
    const auto estimate = test.estimate(input);
    EXPECT_NEAR(estimate.pValue, 0.8504049619774778, 1e-12);
    EXPECT_NEAR(estimate.recallLowerBound, 101.0 / 145.0, 1e-12); // K_ub = 45
}

TEST(StoppingTestTest, ALargeCleanSampleReachesTheTarget)
{
    const StoppingTest test;
    struct Case
    {
        StoppingInput input;
        int kTarget;
        double p;
        double bound;
    };
    const Case cases[] = {
        {{50, 1000, 800, 0}, 3, 0.007904096481250789, 0.9803921568627451},
        {{200, 2000, 1000, 0}, 11, 0.00047496746575080356, 0.9803921568627451},
        {{100, 3000, 2000, 1}, 7, 0.006801185023409809, 0.9711538461538461},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(test.relevantUnderNull(c.input), c.kTarget);
        const auto estimate = test.estimate(c.input);
        EXPECT_NEAR(estimate.pValue, c.p, 1e-12);
        EXPECT_TRUE(estimate.targetReached);
        EXPECT_NEAR(estimate.recallLowerBound, c.bound, 1e-12);
    }
}

TEST(StoppingTestTest, NoSampleClaimsNothing)
{
    const auto estimate = StoppingTest().estimate(StoppingInput{10, 500, 0, 0});
    EXPECT_EQ(estimate.pValue, 1.0);
    EXPECT_FALSE(estimate.targetReached);
    EXPECT_EQ(estimate.recallLowerBound, 0.0);
}
