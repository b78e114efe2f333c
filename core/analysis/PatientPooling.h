// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <vector>

namespace stemma::core::analysis {

/** A pooled individual-patient summary with its confidence interval. */
struct PooledEstimate
{
    int n = 0;
    double estimate = 0.0;
    double ciLb = 0.0;
    double ciUb = 0.0;
};

/**
 * Pooling of individual patients from case reports and small series, where there are no study-level
 * effect sizes to meta-analyse.
 */
namespace patient {

/**
 * Mean of per-patient changes with a t-based CI (t with n - 1 df, sample SD), like R's t.test(changes).
 * Fails for fewer than two patients or non-finite values.
 */
Result<PooledEstimate> meanChange(const std::vector<double>& changes, double level = 95.0);

/**
 * Proportion of \a events among \a total patients with the Wilson score CI (no continuity correction),
 * as R's prop.test(events, total, correct = FALSE). Fails when total < 1 or events lie outside [0, total].
 */
Result<PooledEstimate> proportion(int events, int total, double level = 95.0);

} // namespace patient

} // namespace stemma::core::analysis
