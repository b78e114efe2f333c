// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <vector>

namespace stemma::core::grade {

/** Egger's regression test for funnel-plot asymmetry. */
struct EggerResult
{
    int k = 0;
    double intercept = 0.0; ///< the bias coefficient
    double se = 0.0;
    double t = 0.0;
    int df = 0;
    double pval = 1.0;
};

/**
 * Egger et al. (BMJ 1997): the standardised effect yi/sei regressed on the precision 1/sei by
 * ordinary least squares; the intercept, tested with t on k - 2 degrees of freedom, measures
 * small-study asymmetry. Equals metafor's regtest(model = "lm", predictor = "sei"). Needs at
 * least three studies with positive variances.
 */
[[nodiscard]] Result<EggerResult> eggerTest(const std::vector<double>& yi, const std::vector<double>& vi);

} // namespace stemma::core::grade
