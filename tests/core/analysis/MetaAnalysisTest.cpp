// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/MetaAnalysis.h"

#include "core/analysis/BackTransform.h"
#include "core/analysis/EffectSize.h"
#include "core/analysis/MetaCsvReader.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QStringList>

#include <cmath>
#include <limits>
#include <map>
#include <tuple>

using namespace stemma::core::analysis;

namespace {

// One model fit of tests/data/meta/reference.csv (written by generate_reference.R with metafor).
using FitKey = std::tuple<QString, QString, QString, bool>; // dataset, measure, method, knha

double parseReferenceValue(const QString& text)
{
    if (text == QLatin1String("NA") || text == QLatin1String("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("Inf"))
        return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-Inf"))
        return -std::numeric_limits<double>::infinity();
    return text.toDouble();
}

std::map<FitKey, std::map<QString, double>> readReference()
{
    std::map<FitKey, std::map<QString, double>> fits;
    QFile file(stemma::test::testDataPath(QStringLiteral("meta/reference.csv")));
    if (!file.open(QIODevice::ReadOnly))
        return fits;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(QLatin1Char(','));
        if (f.size() != 6)
            continue;
        fits[FitKey{f[0], f[1], f[2], f[3] == QLatin1String("1")}][f[4]] = parseReferenceValue(f[5]);
    }
    return fits;
}

/// Relative 1e-6, or absolute 1e-10 near zero; NaN matches NaN and infinities match by sign.
bool matches(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    if (std::isinf(expected))
        return actual == expected;
    const double difference = std::abs(actual - expected);
    return difference <= 1e-10 || difference <= 1e-6 * std::abs(expected);
}

} // namespace

TEST(MetaAnalysisTest, MatchesMetaforForEveryDatasetMeasureMethodAndTest)
{
    const auto fits = readReference();
    ASSERT_EQ(fits.size(), 160u) << "tests/data/meta/reference.csv is missing or incomplete";

    int compared = 0;
    for (const auto& [key, expected] : fits) {
        const auto& [dataset, measureName, methodName, knha] = key;
        const QString context = QStringLiteral("%1 %2 %3%4")
                                    .arg(dataset, measureName, methodName, knha ? QStringLiteral(" knha") : QString());
        SCOPED_TRACE(context.toStdString());

        auto studies = MetaCsvReader::readFile(stemma::test::testDataPath(QStringLiteral("meta/%1.csv").arg(dataset)));
        ASSERT_TRUE(studies) << studies.error().message.toStdString();
        const auto measure = effectMeasureFromName(measureName);
        const auto method = tauMethodFromName(methodName);
        ASSERT_TRUE(measure && method);
        auto sizes = computeEffectSizes(*measure, *studies);
        ASSERT_TRUE(sizes) << sizes.error().message.toStdString();
        std::vector<double> yi;
        std::vector<double> vi;
        std::vector<double> ni;
        for (const auto& size : *sizes) {
            yi.push_back(size.yi);
            vi.push_back(size.vi);
            ni.push_back(size.ni);
        }
        MetaOptions options;
        options.method = *method;
        options.knha = knha;
        auto result = runMetaAnalysis(yi, vi, options);
        ASSERT_TRUE(result) << result.error().message.toStdString();

        std::map<QString, double> actual{{QStringLiteral("k"), result->k},
                                         {QStringLiteral("estimate"), result->estimate},
                                         {QStringLiteral("se"), result->se},
                                         {QStringLiteral("ci_lb"), result->ciLb},
                                         {QStringLiteral("ci_ub"), result->ciUb},
                                         {QStringLiteral("stat"), result->stat},
                                         {QStringLiteral("pval"), result->pval},
                                         {QStringLiteral("tau2"), result->tau2},
                                         {QStringLiteral("i2"), result->i2},
                                         {QStringLiteral("h2"), result->h2},
                                         {QStringLiteral("q"), result->q},
                                         {QStringLiteral("q_df"), result->qDf},
                                         {QStringLiteral("q_pval"), result->qPval},
                                         {QStringLiteral("pi_lb"), result->piLb},
                                         {QStringLiteral("pi_ub"), result->piUb}};
        if (auto back = backTransform(*measure, *result, ni)) {
            actual[QStringLiteral("back_estimate")] = back->estimate;
            actual[QStringLiteral("back_ci_lb")] = back->ciLb;
            actual[QStringLiteral("back_ci_ub")] = back->ciUb;
        }
        for (std::size_t i = 0; i < yi.size(); ++i) {
            actual[QStringLiteral("yi[%1]").arg(i + 1)] = yi[i];
            actual[QStringLiteral("vi[%1]").arg(i + 1)] = vi[i];
            actual[QStringLiteral("weight[%1]").arg(i + 1)] = result->weights[i];
        }

        for (const auto& [name, value] : expected) {
            const auto found = actual.find(name);
            ASSERT_NE(found, actual.end()) << "no value for " << name.toStdString();
            EXPECT_TRUE(matches(found->second, value))
                << name.toStdString() << ": got " << found->second << ", metafor " << value;
            ++compared;
        }
        EXPECT_EQ(actual.size(), expected.size()) << "outputs without a reference value";
    }
    EXPECT_EQ(compared, 6312);
}

TEST(MetaAnalysisTest, RejectsUnusableInput)
{
    EXPECT_FALSE(runMetaAnalysis({}, {}));
    EXPECT_FALSE(runMetaAnalysis({0.1, 0.2}, {0.1}));
    EXPECT_FALSE(runMetaAnalysis({0.1, 0.2}, {0.1, 0.0}));
    EXPECT_FALSE(runMetaAnalysis({0.1, std::nan("")}, {0.1, 0.2}));
}

TEST(MetaAnalysisTest, SingleStudyFallsBackToZTestWithoutHeterogeneity)
{
    MetaOptions options;
    options.method = TauMethod::REML;
    options.knha = true;
    auto result = runMetaAnalysis({-0.5}, {0.04}, options);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->k, 1);
    EXPECT_FALSE(result->tTest);
    EXPECT_DOUBLE_EQ(result->tau2, 0.0);
    EXPECT_DOUBLE_EQ(result->se, 0.2);
    EXPECT_DOUBLE_EQ(result->q, 0.0);
    EXPECT_DOUBLE_EQ(result->qPval, 1.0);
    EXPECT_DOUBLE_EQ(result->i2, 0.0);
    EXPECT_DOUBLE_EQ(result->h2, 1.0);
    ASSERT_EQ(result->weights.size(), 1u);
    EXPECT_DOUBLE_EQ(result->weights[0], 100.0);
}

TEST(MetaAnalysisTest, MethodNamesRoundTrip)
{
    for (auto method : {TauMethod::FE, TauMethod::DL, TauMethod::REML, TauMethod::PM})
        EXPECT_EQ(tauMethodFromName(tauMethodName(method)), method);
    EXPECT_EQ(tauMethodFromName(QStringLiteral("reml")), TauMethod::REML);
    EXPECT_EQ(tauMethodFromName(QStringLiteral("EE")), TauMethod::FE);
    EXPECT_FALSE(tauMethodFromName(QStringLiteral("SJ")));
}
