// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/BackTransform.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stemma::core::analysis;

// Expected values from metafor 3.8-1 (transf.ilogit, transf.pft, transf.ipft.hm).
TEST(BackTransformTest, InverseLogitAndFreemanTukey)
{
    EXPECT_NEAR(inverseLogit(0.7), 0.66818777216816616, 1e-15);
    EXPECT_NEAR(freemanTukey(0.3, 20), 0.58971117501550807, 1e-15);
    EXPECT_NEAR(inverseFreemanTukey(0.6629, {15, 20, 12, 30, 25, 9}), 0.37120177067947113, 1e-14);
    // Outside the range of the transformation the proportion is clamped to 0 or 1.
    EXPECT_DOUBLE_EQ(inverseFreemanTukey(-0.1, {10, 10}), 0.0);
    EXPECT_DOUBLE_EQ(inverseFreemanTukey(1.7, {10, 10}), 1.0);
}

TEST(BackTransformTest, OnlyMeasuresOnATransformedScaleAreBackTransformed)
{
    MetaResult result;
    result.estimate = -0.5;
    result.ciLb = -0.9;
    result.ciUb = -0.1;
    const auto ratio = backTransform(EffectMeasure::OR, result, {});
    ASSERT_TRUE(ratio);
    EXPECT_DOUBLE_EQ(ratio->estimate, std::exp(-0.5));
    EXPECT_DOUBLE_EQ(ratio->ciLb, std::exp(-0.9));
    EXPECT_DOUBLE_EQ(ratio->ciUb, std::exp(-0.1));
    EXPECT_TRUE(backTransform(EffectMeasure::RR, result, {}));
    EXPECT_TRUE(backTransform(EffectMeasure::PLO, result, {}));
    EXPECT_FALSE(backTransform(EffectMeasure::MD, result, {}));
    EXPECT_FALSE(backTransform(EffectMeasure::SMD, result, {}));
    EXPECT_FALSE(backTransform(EffectMeasure::RD, result, {}));
    EXPECT_FALSE(backTransform(EffectMeasure::PR, result, {}));
    EXPECT_FALSE(backTransform(EffectMeasure::GEN, result, {}));
}
