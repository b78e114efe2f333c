// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/PatientPooling.h"

#include "core/analysis/Distributions.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace stemma::core::analysis::patient {

Result<PooledEstimate> meanChange(const std::vector<double>& changes, double level)
{
    if (changes.size() < 2)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a mean change needs at least two patients"));
    double sum = 0.0;
    for (double change : changes) {
        if (!std::isfinite(change))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("a patient's change is not a number"));
        sum += change;
    }
    PooledEstimate pooled;
    pooled.n = static_cast<int>(changes.size());
    const double n = static_cast<double>(pooled.n);
    pooled.estimate = sum / n;
    double squares = 0.0;
    for (double change : changes)
        squares += (change - pooled.estimate) * (change - pooled.estimate);
    const double se = std::sqrt(squares / (n - 1.0)) / std::sqrt(n);
    const double crit = dist::tQuantile(1.0 - (1.0 - level / 100.0) / 2.0, n - 1.0);
    pooled.ciLb = pooled.estimate - crit * se;
    pooled.ciUb = pooled.estimate + crit * se;
    return pooled;
}

Result<PooledEstimate> proportion(int events, int total, double level)
{
    if (total < 1 || events < 0 || events > total)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 events among %2 patients is not a proportion").arg(events).arg(total));
    PooledEstimate pooled;
    pooled.n = total;
    const double n = total;
    const double p = events / n;
    const double z = dist::normalQuantile(1.0 - (1.0 - level / 100.0) / 2.0);
    const double z2 = z * z;
    const double centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    const double halfWidth = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / (1.0 + z2 / n);
    pooled.estimate = p;
    // Clamp the rounding error at 0 and n events, where the bound is exactly 0 or 1.
    pooled.ciLb = std::max(0.0, centre - halfWidth);
    pooled.ciUb = std::min(1.0, centre + halfWidth);
    return pooled;
}

} // namespace stemma::core::analysis::patient
