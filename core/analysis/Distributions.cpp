// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/Distributions.h"

#include <cmath>
#include <limits>

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

namespace stemma::core::analysis::dist {

namespace {

constexpr double NOT_A_NUMBER = std::numeric_limits<double>::quiet_NaN();

// Boost reports domain errors by throwing; these wrappers keep that inside this file.
template <typename Function> double guarded(Function&& function)
{
    try {
        return function();
    } catch (...) {
        return NOT_A_NUMBER;
    }
}

} // namespace

double normalQuantile(double p)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return NOT_A_NUMBER;
    if (p == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1.0)
        return std::numeric_limits<double>::infinity();
    return guarded([p] { return boost::math::quantile(boost::math::normal_distribution<double>(), p); });
}

double normalUpperTail(double x)
{
    if (std::isnan(x))
        return NOT_A_NUMBER;
    if (std::isinf(x))
        return x > 0 ? 0.0 : 1.0;
    return guarded(
        [x] { return boost::math::cdf(boost::math::complement(boost::math::normal_distribution<double>(), x)); });
}

double tQuantile(double p, double df)
{
    if (std::isnan(p) || std::isnan(df) || df <= 0.0 || p < 0.0 || p > 1.0)
        return NOT_A_NUMBER;
    if (p == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1.0)
        return std::numeric_limits<double>::infinity();
    return guarded([p, df] { return boost::math::quantile(boost::math::students_t_distribution<double>(df), p); });
}

double tUpperTail(double x, double df)
{
    if (std::isnan(x) || std::isnan(df) || df <= 0.0)
        return NOT_A_NUMBER;
    if (std::isinf(x))
        return x > 0 ? 0.0 : 1.0;
    return guarded([x, df] {
        return boost::math::cdf(boost::math::complement(boost::math::students_t_distribution<double>(df), x));
    });
}

double chiSquaredUpperTail(double x, double df)
{
    if (std::isnan(x) || std::isnan(df) || df <= 0.0)
        return NOT_A_NUMBER;
    if (x <= 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return guarded([x, df] {
        return boost::math::cdf(boost::math::complement(boost::math::chi_squared_distribution<double>(df), x));
    });
}

} // namespace stemma::core::analysis::dist
