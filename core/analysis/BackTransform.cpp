// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/BackTransform.h"

#include <algorithm>
#include <cmath>

namespace stemma::core::analysis {

double inverseLogit(double x)
{
    return std::exp(x) / (1.0 + std::exp(x));
}

double freemanTukey(double p, double n)
{
    const double x = p * n;
    return 0.5 * (std::asin(std::sqrt(x / (n + 1.0))) + std::asin(std::sqrt((x + 1.0) / (n + 1.0))));
}

double inverseFreemanTukey(double x, const std::vector<double>& sampleSizes)
{
    double sumInverse = 0.0;
    int count = 0;
    for (double n : sampleSizes) {
        if (std::isnan(n))
            continue;
        sumInverse += 1.0 / n;
        ++count;
    }
    const double harmonicMean = 1.0 / (sumInverse / count);
    if (x > freemanTukey(1.0, harmonicMean))
        return 1.0;
    if (x < freemanTukey(0.0, harmonicMean))
        return 0.0;
    const double s = std::sin(2.0 * x);
    const double c = std::cos(2.0 * x);
    const double sign = c > 0.0 ? 1.0 : (c < 0.0 ? -1.0 : 0.0);
    const double inner = s + (s - 1.0 / s) / harmonicMean;
    // NaN when 1 - inner^2 < 0, as in metafor (which turns it into NA).
    return 0.5 * (1.0 - sign * std::sqrt(1.0 - inner * inner));
}

std::optional<BackTransformed> backTransform(EffectMeasure measure,
                                             const MetaResult& result,
                                             const std::vector<double>& sampleSizes)
{
    auto apply = [&](auto&& transform) {
        BackTransformed back{transform(result.estimate), transform(result.ciLb), transform(result.ciUb)};
        // predict() sorts the bounds, in case the transformation reverses them.
        if (back.ciLb > back.ciUb)
            std::swap(back.ciLb, back.ciUb);
        return back;
    };
    switch (measure) {
    case EffectMeasure::OR:
    case EffectMeasure::RR:
        return apply([](double x) { return std::exp(x); });
    case EffectMeasure::PLO:
        return apply(inverseLogit);
    case EffectMeasure::PFT:
        return apply([&](double x) { return inverseFreemanTukey(x, sampleSizes); });
    default:
        return std::nullopt;
    }
}

} // namespace stemma::core::analysis
