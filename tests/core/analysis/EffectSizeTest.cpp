// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/EffectSize.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace stemma::core::analysis;

// Expected values are metafor 3.8-1's escalc() output printed with 17 significant digits.
namespace {

EffectSize compute(EffectMeasure measure, const StudyData& data, const EffectSizeOptions& options = {})
{
    auto size = computeEffectSize(measure, data, options);
    EXPECT_TRUE(size) << (size ? std::string() : size.error().message.toStdString());
    return size ? *size : EffectSize{};
}

StudyData twoGroups()
{
    StudyData d;
    d.m1i = 10;
    d.sd1i = 2;
    d.n1i = 12;
    d.m2i = 8;
    d.sd2i = 3;
    d.n2i = 15;
    return d;
}

StudyData table(double a, double b, double c, double d)
{
    StudyData data;
    data.ai = a;
    data.bi = b;
    data.ci = c;
    data.di = d;
    return data;
}

StudyData proportion(double x, double n)
{
    StudyData data;
    data.xi = x;
    data.ni = n;
    return data;
}

} // namespace

TEST(EffectSizeTest, MeanDifference)
{
    const auto size = compute(EffectMeasure::MD, twoGroups());
    EXPECT_DOUBLE_EQ(size.yi, 2.0);
    EXPECT_DOUBLE_EQ(size.vi, 0.93333333333333335);
    EXPECT_DOUBLE_EQ(size.ni, 27.0);
}

TEST(EffectSizeTest, HedgesGWithExactCorrectionAndLargeSampleVariance)
{
    const auto size = compute(EffectMeasure::SMD, twoGroups());
    EXPECT_NEAR(size.yi, 0.74368421115647498, 1e-14);
    EXPECT_NEAR(size.vi, 0.16024196677635977, 1e-14);
}

TEST(EffectSizeTest, OddsRatioAddsHalfToEveryCellOfATableWithAZero)
{
    const auto size = compute(EffectMeasure::OR, table(0, 10, 3, 7));
    EXPECT_NEAR(size.yi, -2.2823823856765264, 1e-14);
    EXPECT_NEAR(size.vi, 2.5142857142857142, 1e-14);
    EXPECT_TRUE(size.continuityCorrected);
    EXPECT_FALSE(compute(EffectMeasure::OR, table(1, 10, 3, 7)).continuityCorrected);
}

TEST(EffectSizeTest, RiskRatioKeepsDoubleZeroStudies)
{
    const auto size = compute(EffectMeasure::RR, table(0, 10, 0, 10));
    EXPECT_DOUBLE_EQ(size.yi, 0.0);
    EXPECT_NEAR(size.vi, 3.8181818181818183, 1e-14);
}

TEST(EffectSizeTest, RiskDifferenceUsesCorrectedProportions)
{
    const auto size = compute(EffectMeasure::RD, table(0, 10, 3, 7));
    EXPECT_NEAR(size.yi, -0.27272727272727271, 1e-14);
    EXPECT_NEAR(size.vi, 0.023666416228399705, 1e-14);
}

TEST(EffectSizeTest, TwoByTwoAcceptsGroupSizesInsteadOfNonEvents)
{
    StudyData data;
    data.ai = 4;
    data.n1i = 123;
    data.ci = 11;
    data.n2i = 139;
    const auto fromSizes = compute(EffectMeasure::OR, data);
    const auto fromCells = compute(EffectMeasure::OR, table(4, 119, 11, 128));
    EXPECT_DOUBLE_EQ(fromSizes.yi, fromCells.yi);
    EXPECT_DOUBLE_EQ(fromSizes.vi, fromCells.vi);
}

TEST(EffectSizeTest, Proportions)
{
    const auto raw = compute(EffectMeasure::PR, proportion(0, 10));
    EXPECT_NEAR(raw.yi, 0.045454545454545456, 1e-15);
    EXPECT_NEAR(raw.vi, 0.0039444027047332835, 1e-15);
    EXPECT_TRUE(raw.continuityCorrected);
    const auto logit = compute(EffectMeasure::PLO, proportion(10, 10));
    EXPECT_NEAR(logit.yi, 3.0445224377234239, 1e-14);
    EXPECT_NEAR(logit.vi, 2.0952380952380953, 1e-14);
    // Freeman-Tukey needs no correction: metafor uses add = 0 for it.
    const auto arcsine = compute(EffectMeasure::PFT, proportion(0, 10));
    EXPECT_NEAR(arcsine.yi, 0.15313868458483473, 1e-15);
    EXPECT_NEAR(arcsine.vi, 0.023809523809523808, 1e-15);
    EXPECT_FALSE(arcsine.continuityCorrected);
    EXPECT_DOUBLE_EQ(arcsine.ni, 10.0);
}

TEST(EffectSizeTest, MeanChangeWithGivenCorrelation)
{
    StudyData data;
    data.m1i = 20;
    data.m2i = 15;
    data.sd1i = 4;
    data.sd2i = 5;
    data.ni = 10;
    data.ri = 0.5;
    const auto size = compute(EffectMeasure::MC, data);
    EXPECT_DOUBLE_EQ(size.yi, 5.0);
    EXPECT_NEAR(size.vi, 2.1000000000000001, 1e-14);
    EXPECT_TRUE(size.imputedChangeSd);
    EXPECT_DOUBLE_EQ(size.correlationUsed, 0.5);
}

TEST(EffectSizeTest, MeanChangeImputesTheChangeSdWithTheAssumedCorrelation)
{
    StudyData data;
    data.m1i = 20;
    data.m2i = 15;
    data.sd1i = 4;
    data.sd2i = 5;
    data.ni = 10;
    EffectSizeOptions options;
    options.assumedCorrelation = 0.8;
    const auto size = compute(EffectMeasure::MC, data, options);
    EXPECT_TRUE(size.imputedChangeSd);
    EXPECT_DOUBLE_EQ(size.correlationUsed, 0.8);
    EXPECT_NEAR(size.vi, (16.0 + 25.0 - 2.0 * 0.8 * 20.0) / 10.0, 1e-14);
}

TEST(EffectSizeTest, MeanChangeUsesAReportedChangeSd)
{
    StudyData data;
    data.m1i = 20;
    data.m2i = 15;
    data.sdi = 3;
    data.ni = 9;
    const auto size = compute(EffectMeasure::MC, data);
    EXPECT_FALSE(size.imputedChangeSd);
    EXPECT_DOUBLE_EQ(size.vi, 1.0);
}

TEST(EffectSizeTest, ImputeChangeSd)
{
    EXPECT_DOUBLE_EQ(imputeChangeSd(4, 5, 0.5), std::sqrt(21.0));
    EXPECT_DOUBLE_EQ(imputeChangeSd(3, 4, 0.0), 5.0);
    EXPECT_DOUBLE_EQ(imputeChangeSd(2, 2, 1.0), 0.0);
}

TEST(EffectSizeTest, ReportsWhatIsMissingOrImpossible)
{
    StudyData incomplete = twoGroups();
    incomplete.sd2i.reset();
    EXPECT_FALSE(computeEffectSize(EffectMeasure::MD, incomplete));
    EXPECT_FALSE(computeEffectSize(EffectMeasure::OR, table(-1, 10, 3, 7)));
    EXPECT_FALSE(computeEffectSize(EffectMeasure::PR, proportion(11, 10)));
    StudyData wrongCorrelation;
    wrongCorrelation.m1i = 1;
    wrongCorrelation.m2i = 0;
    wrongCorrelation.sd1i = 1;
    wrongCorrelation.sd2i = 1;
    wrongCorrelation.ni = 5;
    wrongCorrelation.ri = 1.5;
    EXPECT_FALSE(computeEffectSize(EffectMeasure::MC, wrongCorrelation));

    StudyData named = proportion(11, 10);
    named.study = QStringLiteral("Smith 2010");
    auto all = computeEffectSizes(EffectMeasure::PR, {proportion(1, 10), named});
    ASSERT_FALSE(all);
    EXPECT_EQ(all.error().message, QStringLiteral("study 2 (Smith 2010): xi must lie between 0 and ni"));
}

TEST(EffectSizeTest, MeasureNamesRoundTrip)
{
    for (auto measure : {EffectMeasure::GEN,
                         EffectMeasure::MD,
                         EffectMeasure::SMD,
                         EffectMeasure::OR,
                         EffectMeasure::RR,
                         EffectMeasure::RD,
                         EffectMeasure::PR,
                         EffectMeasure::PLO,
                         EffectMeasure::PFT,
                         EffectMeasure::MC})
        EXPECT_EQ(effectMeasureFromName(effectMeasureName(measure)), measure);
    EXPECT_EQ(effectMeasureFromName(QStringLiteral("smd")), EffectMeasure::SMD);
    EXPECT_FALSE(effectMeasureFromName(QStringLiteral("ROM")));
}
