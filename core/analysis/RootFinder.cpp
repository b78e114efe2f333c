// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/RootFinder.h"

#include <cfloat>
#include <cmath>

namespace stemma::core::analysis {

RootResult findRoot(const std::function<double(double)>& f,
                    double lower,
                    double upper,
                    double fLower,
                    double fUpper,
                    double tolerance,
                    int maxIterations)
{
    double a = lower;
    double b = upper;
    double fa = fLower;
    double fb = fUpper;
    double c = a;
    double fc = fa;
    if (fa == 0.0)
        return {a, 0, true};
    if (fb == 0.0)
        return {b, 0, true};

    int remaining = maxIterations + 1;
    while (remaining-- > 0) {
        const double previousStep = b - a;
        if (std::abs(fc) < std::abs(fb)) {
            // Keep b the best approximation so far.
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        const double actualTolerance = 2.0 * DBL_EPSILON * std::abs(b) + tolerance / 2.0;
        double newStep = (c - b) / 2.0;
        if (std::abs(newStep) <= actualTolerance || fb == 0.0)
            return {b, maxIterations + 1 - remaining - 1, true};

        if (std::abs(previousStep) >= actualTolerance && std::abs(fa) > std::abs(fb)) {
            double p = 0.0;
            double q = 0.0;
            const double cb = c - b;
            if (a == c) {
                // Two distinct points: linear interpolation.
                const double t1 = fb / fa;
                p = cb * t1;
                q = 1.0 - t1;
            } else {
                // Inverse quadratic interpolation.
                q = fa / fc;
                const double t1 = fb / fc;
                const double t2 = fb / fa;
                p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
            }
            if (p > 0.0)
                q = -q;
            else
                p = -p;
            if (p < (0.75 * cb * q - std::abs(actualTolerance * q) / 2.0) && p < std::abs(previousStep * q / 2.0))
                newStep = p / q;
        }

        if (std::abs(newStep) < actualTolerance)
            newStep = newStep > 0.0 ? actualTolerance : -actualTolerance;
        a = b;
        fa = fb;
        b += newStep;
        fb = f(b);
        if ((fb > 0.0 && fc > 0.0) || (fb < 0.0 && fc < 0.0)) {
            c = a;
            fc = fa;
        }
    }
    return {b, maxIterations, false};
}

} // namespace stemma::core::analysis
