// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/MetaAnalysis.h"

#include "core/analysis/Distributions.h"
#include "core/analysis/RootFinder.h"

#include <QString>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <numbers>

namespace stemma::core::analysis {

namespace {

// metafor's rma.uni() control defaults; matching them makes the iterative estimates agree to many digits.
constexpr double THRESHOLD = 1e-5;                         // Fisher scoring stops when tau^2 changes less than this
constexpr int MAX_ITERATIONS = 100;                        // for Fisher scoring and for uniroot()
const double ROOT_TOLERANCE = std::pow(DBL_EPSILON, 0.25); // uniroot() tol, and the REML ll0 check
constexpr double TAU2_MAX_DEFAULT = 100.0;

/// Sums over the studies for inverse-variance weights 1/(vi + tau2); P is metafor's projection matrix.
struct WeightedSums
{
    double sumW = 0.0;
    double mean = 0.0; ///< weighted mean of yi
    double rss = 0.0;  ///< y'Py = sum w (y - mean)^2 (Cochran's Q when tau2 = 0)
    double trP = 0.0;  ///< tr(P) = sum w - sum w^2 / sum w
    double ypPy = 0.0; ///< y'PPy = sum (w (y - mean))^2
    double trPP = 0.0; ///< tr(PP)
};

WeightedSums weightedSums(const std::vector<double>& yi, const std::vector<double>& vi, double tau2)
{
    WeightedSums s;
    double sumW2 = 0.0;
    double sumW3 = 0.0;
    double sumWy = 0.0;
    for (std::size_t i = 0; i < yi.size(); ++i) {
        const double w = 1.0 / (vi[i] + tau2);
        s.sumW += w;
        sumW2 += w * w;
        sumW3 += w * w * w;
        sumWy += w * yi[i];
    }
    s.mean = sumWy / s.sumW;
    for (std::size_t i = 0; i < yi.size(); ++i) {
        const double w = 1.0 / (vi[i] + tau2);
        const double r = yi[i] - s.mean;
        s.rss += w * r * r;
        s.ypPy += w * w * r * r;
    }
    s.trP = s.sumW - sumW2 / s.sumW;
    s.trPP = sumW2 - 2.0 * sumW3 / s.sumW + sumW2 * sumW2 / (s.sumW * s.sumW);
    return s;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/// R's mad(): scaled median absolute deviation.
double medianAbsoluteDeviation(const std::vector<double>& values)
{
    const double centre = median(values);
    std::vector<double> deviations;
    deviations.reserve(values.size());
    for (double v : values)
        deviations.push_back(std::abs(v - centre));
    return 1.4826 * median(deviations);
}

double dersimonianLaird(const std::vector<double>& yi, const std::vector<double>& vi)
{
    const auto s = weightedSums(yi, vi, 0.0);
    const double k = static_cast<double>(yi.size());
    return std::max(0.0, (s.rss - (k - 1.0)) / s.trP);
}

/// The REML log-likelihood of an intercept-only model, as metafor computes it for its ll0 check.
double remlLogLikelihood(const std::vector<double>& yi, const std::vector<double>& vi, double tau2)
{
    const auto s = weightedSums(yi, vi, tau2);
    double sumLog = 0.0;
    for (double v : vi)
        sumLog += std::log(v + tau2);
    const double k = static_cast<double>(yi.size());
    return -0.5 * (k - 1.0) * std::log(2.0 * std::numbers::pi) - 0.5 * sumLog - 0.5 * std::log(s.sumW) - 0.5 * s.rss;
}

Result<double> reml(const std::vector<double>& yi, const std::vector<double>& vi, int& iterations)
{
    // Starting value: the Hedges (HE) estimator, truncated at zero, as rma.uni() does.
    const double k = static_cast<double>(yi.size());
    double mean = 0.0;
    for (double y : yi)
        mean += y;
    mean /= k;
    double rss = 0.0;
    double sumV = 0.0;
    for (std::size_t i = 0; i < yi.size(); ++i) {
        rss += (yi[i] - mean) * (yi[i] - mean);
        sumV += vi[i];
    }
    double tau2 = std::max(0.0, (rss - (sumV - sumV / k)) / (k - 1.0));

    double change = THRESHOLD + 1.0;
    iterations = 0;
    while (change > THRESHOLD) {
        ++iterations;
        const double old = tau2;
        const auto s = weightedSums(yi, vi, tau2);
        double adjustment = (s.ypPy - s.trP) / s.trPP;
        if (std::isnan(adjustment))
            adjustment = 0.0;
        while (tau2 + adjustment < 0.0)
            adjustment /= 2.0;
        tau2 += adjustment;
        change = std::abs(old - tau2);
        if (iterations > MAX_ITERATIONS)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the REML estimate of tau\u00b2 did not converge"));
    }
    // metafor falls back to tau^2 = 0 when Fisher scoring ended below the likelihood at zero.
    if (remlLogLikelihood(yi, vi, 0.0) - remlLogLikelihood(yi, vi, tau2) > ROOT_TOLERANCE && tau2 > THRESHOLD)
        tau2 = 0.0;
    return std::max(0.0, tau2);
}

Result<double> pauleMandel(const std::vector<double>& yi, const std::vector<double>& vi, int& iterations)
{
    const double target = static_cast<double>(yi.size()) - 1.0;
    auto excessQ = [&](double tau2) { return weightedSums(yi, vi, tau2).rss - target; };
    const double lower = excessQ(0.0);
    if (lower < 0.0)
        return 0.0;
    const double mad = medianAbsoluteDeviation(yi);
    const double tau2Max = std::max(TAU2_MAX_DEFAULT, 10.0 * mad * mad);
    const double upper = excessQ(tau2Max);
    if (upper > 0.0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the Paule-Mandel estimate of tau\u00b2 exceeds %1").arg(tau2Max));
    auto root = findRoot(excessQ, 0.0, tau2Max, lower, upper, ROOT_TOLERANCE, MAX_ITERATIONS);
    if (!root.converged)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the Paule-Mandel estimate of tau\u00b2 did not converge"));
    iterations = root.iterations;
    return std::max(0.0, root.root);
}

} // namespace

std::optional<TauMethod> tauMethodFromName(const QString& name)
{
    const QString upper = name.toUpper();
    if (upper == QLatin1String("FE") || upper == QLatin1String("EE") || upper == QLatin1String("CE"))
        return TauMethod::FE;
    if (upper == QLatin1String("DL"))
        return TauMethod::DL;
    if (upper == QLatin1String("REML"))
        return TauMethod::REML;
    if (upper == QLatin1String("PM"))
        return TauMethod::PM;
    return std::nullopt;
}

QString tauMethodName(TauMethod method)
{
    switch (method) {
    case TauMethod::FE:
        return QStringLiteral("FE");
    case TauMethod::DL:
        return QStringLiteral("DL");
    case TauMethod::REML:
        return QStringLiteral("REML");
    case TauMethod::PM:
        return QStringLiteral("PM");
    }
    return {};
}

Result<MetaResult> runMetaAnalysis(const std::vector<double>& yi,
                                   const std::vector<double>& vi,
                                   const MetaOptions& options)
{
    if (yi.empty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no studies to pool"));
    if (yi.size() != vi.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("yi and vi differ in length"));
    for (std::size_t i = 0; i < yi.size(); ++i) {
        if (!std::isfinite(yi[i]) || !std::isfinite(vi[i]) || !(vi[i] > 0.0))
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("study %1 has no usable effect size (yi %2, vi %3)").arg(i + 1).arg(yi[i]).arg(vi[i]));
    }

    MetaResult result;
    result.k = static_cast<int>(yi.size());
    const double k = static_cast<double>(result.k);

    // With one study there is nothing to estimate tau^2 from, and metafor falls back to a z test.
    if (result.k > 1) {
        switch (options.method) {
        case TauMethod::FE:
            result.tau2 = 0.0;
            break;
        case TauMethod::DL:
            result.tau2 = dersimonianLaird(yi, vi);
            break;
        case TauMethod::REML: {
            auto tau2 = reml(yi, vi, result.iterations);
            if (!tau2)
                return tau2.error();
            result.tau2 = *tau2;
            break;
        }
        case TauMethod::PM: {
            auto tau2 = pauleMandel(yi, vi, result.iterations);
            if (!tau2)
                return tau2.error();
            result.tau2 = *tau2;
            break;
        }
        }
    }

    const auto fit = weightedSums(yi, vi, result.tau2);
    result.estimate = fit.mean;
    double variance = 1.0 / fit.sumW;
    result.tTest = options.knha && result.k > 1;
    if (result.tTest) {
        // metafor treats a residual sum of squares within machine epsilon as exactly zero.
        const double s2w = fit.rss <= DBL_EPSILON ? 0.0 : fit.rss / (k - 1.0);
        variance *= s2w;
        result.tDf = result.k - 1;
    }
    result.se = std::sqrt(variance);
    result.stat = result.estimate / result.se;
    const double alpha = 1.0 - options.level / 100.0;
    double crit = 0.0;
    if (result.tTest) {
        result.pval = 2.0 * dist::tUpperTail(std::abs(result.stat), result.tDf);
        crit = dist::tQuantile(1.0 - alpha / 2.0, result.tDf);
    } else {
        result.pval = 2.0 * dist::normalUpperTail(std::abs(result.stat));
        crit = dist::normalQuantile(1.0 - alpha / 2.0);
    }
    result.ciLb = result.estimate - crit * result.se;
    result.ciUb = result.estimate + crit * result.se;
    const double predictionSe = std::sqrt(variance + result.tau2);
    result.piLb = result.estimate - crit * predictionSe;
    result.piUb = result.estimate + crit * predictionSe;

    if (result.k > 1) {
        const auto common = weightedSums(yi, vi, 0.0);
        result.q = std::max(0.0, common.rss);
        result.qDf = result.k - 1;
        result.qPval = dist::chiSquaredUpperTail(result.q, result.qDf);
        if (options.method == TauMethod::FE) {
            result.i2 = std::max(0.0, 100.0 * (result.q - (k - 1.0)) / result.q);
            result.h2 = result.q / (k - 1.0);
        } else {
            // The "typical" within-study variance of Higgins & Thompson, as metafor's i2def = "1".
            const double typical = (k - 1.0) / common.trP;
            result.i2 = 100.0 * result.tau2 / (typical + result.tau2);
            result.h2 = result.tau2 / typical + 1.0;
        }
    } else {
        result.q = 0.0;
        result.qDf = 0;
        result.qPval = 1.0;
        result.i2 = 0.0;
        result.h2 = 1.0;
    }

    result.weights.reserve(yi.size());
    for (double v : vi)
        result.weights.push_back(100.0 * (1.0 / (v + result.tau2)) / fit.sumW);
    return result;
}

} // namespace stemma::core::analysis
