// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/grade/SmallStudyTest.h"

#include "core/analysis/Distributions.h"

#include <cmath>

namespace stemma::core::grade {

Result<EggerResult> eggerTest(const std::vector<double>& yi, const std::vector<double>& vi)
{
    if (yi.size() != vi.size())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("effects and variances differ in number")};
    const std::size_t k = yi.size();
    if (k < 3)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("Egger's test needs at least three studies")};
    std::vector<double> x(k), y(k);
    for (std::size_t i = 0; i < k; ++i) {
        if (!(vi[i] > 0.0) || !std::isfinite(vi[i]) || !std::isfinite(yi[i]))
            return Error{ErrorCode::InvalidArgument, QStringLiteral("study %1 has no positive variance").arg(i + 1)};
        const double sei = std::sqrt(vi[i]);
        x[i] = 1.0 / sei;
        y[i] = yi[i] / sei;
    }
    double meanX = 0.0, meanY = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        meanX += x[i];
        meanY += y[i];
    }
    meanX /= static_cast<double>(k);
    meanY /= static_cast<double>(k);
    double sxx = 0.0, sxy = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        sxx += (x[i] - meanX) * (x[i] - meanX);
        sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    if (sxx <= 0.0)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("all studies are equally precise: no asymmetry to test")};
    const double slope = sxy / sxx;
    EggerResult result;
    result.k = static_cast<int>(k);
    result.df = static_cast<int>(k) - 2;
    result.intercept = meanY - slope * meanX;
    double rss = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        const double residual = y[i] - result.intercept - slope * x[i];
        rss += residual * residual;
    }
    const double sigma2 = rss / result.df;
    result.se = std::sqrt(sigma2 * (1.0 / static_cast<double>(k) + meanX * meanX / sxx));
    result.t = result.intercept / result.se;
    result.pval = 2.0 * analysis::dist::tUpperTail(std::abs(result.t), result.df);
    return result;
}

} // namespace stemma::core::grade
