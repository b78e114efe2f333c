// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/ScreeningMetrics.h"

#include <algorithm>
#include <cmath>

namespace stemma::core::screening::ranking {
namespace {

/** 0-based position at which the \a k-th relevant record was found (k from 1), or -1. */
int positionOf(const std::vector<int>& foundAfter, int k)
{
    const auto at = std::lower_bound(foundAfter.begin(), foundAfter.end(), k);
    return at == foundAfter.end() ? -1 : static_cast<int>(at - foundAfter.begin());
}

/**
 * 0-based position at which random screening finds its \a k-th relevant record, in
 * asreview-insights' model: found(i) = round(R · i / (N − 1)), rounding halves to even as NumPy does.
 */
int randomPositionOf(int relevant, int recordCount, int k)
{
    for (int i = 0; i < recordCount; ++i) {
        const double expected = recordCount > 1 ? static_cast<double>(relevant) * i / (recordCount - 1) : relevant;
        if (std::nearbyint(expected) >= k)
            return i;
    }
    return recordCount - 1;
}

} // namespace

ScreeningMetrics ScreeningMetrics::compute(const std::vector<bool>& labels, int recordCount)
{
    ScreeningMetrics metrics;
    int found = 0;
    double positionSum = 0.0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i]) {
            ++found;
            positionSum += static_cast<double>(i + 1);
        }
        metrics.foundAfter.push_back(found);
    }
    const int relevant = found;
    if (relevant == 0 || recordCount <= 0)
        return metrics;
    const double n = recordCount;

    const int insightsK = std::max(1, static_cast<int>(std::floor(0.95 * relevant + 1e-9)));
    metrics.wss95Insights =
        (randomPositionOf(relevant, recordCount, insightsK) - positionOf(metrics.foundAfter, insightsK)) / n;
    const int classicK = static_cast<int>(std::ceil(0.95 * relevant - 1e-9));
    metrics.wss95Classic = (n - (positionOf(metrics.foundAfter, classicK) + 1)) / n - 0.05;
    metrics.wss100 = (n - (positionOf(metrics.foundAfter, relevant) + 1)) / n;
    const auto tenth = static_cast<std::size_t>(std::floor(0.10 * n));
    if (tenth > 0)
        metrics.rrf10 =
            static_cast<double>(metrics.foundAfter[std::min(tenth, metrics.foundAfter.size()) - 1]) / relevant;
    metrics.atd = positionSum / relevant / n;
    return metrics;
}

} // namespace stemma::core::screening::ranking
