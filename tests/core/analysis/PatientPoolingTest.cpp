// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/PatientPooling.h"

#include <gtest/gtest.h>

using namespace stemma::core::analysis;

TEST(PatientPoolingTest, WilsonIntervalMatchesNewcombeWorkedExample)
{
    // Newcombe (1998), Stat Med 17:857, method 3: 81/263 -> 0.2553 to 0.3662.
    auto pooled = patient::proportion(81, 263);
    ASSERT_TRUE(pooled);
    EXPECT_EQ(pooled->n, 263);
    EXPECT_DOUBLE_EQ(pooled->estimate, 81.0 / 263.0);
    EXPECT_NEAR(pooled->ciLb, 0.2553, 5e-5);
    EXPECT_NEAR(pooled->ciUb, 0.3662, 5e-5);
    // R: prop.test(81, 263, correct = FALSE)$conf.int
    EXPECT_NEAR(pooled->ciLb, 0.25528851987827428, 1e-12);
    EXPECT_NEAR(pooled->ciUb, 0.36620957698280016, 1e-12);
}

TEST(PatientPoolingTest, WilsonIntervalWithNoEvents)
{
    // R: prop.test(0, 10, correct = FALSE)$conf.int
    auto pooled = patient::proportion(0, 10);
    ASSERT_TRUE(pooled);
    EXPECT_DOUBLE_EQ(pooled->estimate, 0.0);
    EXPECT_DOUBLE_EQ(pooled->ciLb, 0.0);
    EXPECT_NEAR(pooled->ciUb, 0.27753279986288915, 1e-12);
}

TEST(PatientPoolingTest, MeanChangeUsesTWithNMinusOneDegreesOfFreedom)
{
    // R: t.test(c(-3.5, -1, -6, -2.5, 0.5, -4))$conf.int
    auto pooled = patient::meanChange({-3.5, -1, -6, -2.5, 0.5, -4});
    ASSERT_TRUE(pooled);
    EXPECT_EQ(pooled->n, 6);
    EXPECT_DOUBLE_EQ(pooled->estimate, -2.75);
    EXPECT_NEAR(pooled->ciLb, -5.16027746972159562, 1e-12);
    EXPECT_NEAR(pooled->ciUb, -0.33972253027840421, 1e-12);
}

TEST(PatientPoolingTest, RejectsTooFewOrImpossibleData)
{
    EXPECT_FALSE(patient::meanChange({1.0}));
    EXPECT_FALSE(patient::proportion(3, 2));
    EXPECT_FALSE(patient::proportion(0, 0));
    EXPECT_FALSE(patient::proportion(-1, 5));
}
