// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace stemma::core::analysis {

struct RootResult
{
    double root = 0.0;
    int iterations = 0;
    bool converged = false;
};

/**
 * Brent's root finder exactly as R's uniroot() runs it (R_zeroin2): same steps, same tolerance rule,
 * so a root found with the same \a tolerance agrees with R's to the last few bits, not only to tolerance.
 * \a fLower and \a fUpper are f(lower) and f(upper) and must differ in sign (or one be zero).
 */
RootResult findRoot(const std::function<double(double)>& f,
                    double lower,
                    double upper,
                    double fLower,
                    double fUpper,
                    double tolerance,
                    int maxIterations);

} // namespace stemma::core::analysis
