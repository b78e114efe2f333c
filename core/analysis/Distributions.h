// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * The few distribution functions the meta-analysis needs, named after their R counterparts.
 * They never throw: arguments outside the domain give NaN, as R gives NaN or NA.
 */
namespace stemma::core::analysis::dist {

/** qnorm(p): the standard normal quantile. */
double normalQuantile(double p);
/** pnorm(x, lower.tail = FALSE). */
double normalUpperTail(double x);
/** qt(p, df). */
double tQuantile(double p, double df);
/** pt(x, df, lower.tail = FALSE); x may be infinite. */
double tUpperTail(double x, double df);
/** pchisq(x, df, lower.tail = FALSE). */
double chiSquaredUpperTail(double x, double df);

} // namespace stemma::core::analysis::dist
