// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <optional>
#include <vector>

namespace stemma::core::analysis {

/** How the between-study variance tau^2 is estimated; names as in metafor's rma(method = ...). */
enum class TauMethod {
    FE,   ///< common (fixed) effect: tau^2 = 0
    DL,   ///< DerSimonian-Laird
    REML, ///< restricted maximum likelihood, Fisher scoring
    PM,   ///< Paule-Mandel
};

std::optional<TauMethod> tauMethodFromName(const QString& name);
QString tauMethodName(TauMethod method);

struct MetaOptions
{
    TauMethod method = TauMethod::REML;
    /// Hartung-Knapp(-Sidik-Jonkman) adjustment: scaled variance and t with k - 1 df (metafor test = "knha").
    bool knha = false;
    /// Confidence level in percent for the CI and the prediction interval.
    double level = 95.0;
};

/** What rma.uni() and predict() report for an intercept-only model. */
struct MetaResult
{
    int k = 0;
    double estimate = 0.0;
    double se = 0.0;
    double ciLb = 0.0;
    double ciUb = 0.0;
    /// z, or t when the Knapp-Hartung adjustment was used (k > 1).
    double stat = 0.0;
    double pval = 0.0;
    bool tTest = false;
    /// Degrees of freedom of the t test; 0 for a z test.
    int tDf = 0;
    double tau2 = 0.0;
    double i2 = 0.0; ///< percent
    double h2 = 1.0;
    double q = 0.0;
    int qDf = 0;
    double qPval = 1.0;
    double piLb = 0.0;
    double piUb = 0.0;
    /// Iterations used by REML (Fisher scoring) or PM (root finding); 0 otherwise.
    int iterations = 0;
    /// Each study's weight in percent, in input order.
    std::vector<double> weights;
};

/**
 * Random- or common-effect meta-analysis of effect sizes yi with sampling variances vi, reproducing
 * metafor::rma.uni() (intercept only) and predict(). Fails with InvalidArgument for no studies,
 * mismatched lengths or non-positive/non-finite variances, and when REML or PM do not converge.
 */
Result<MetaResult> runMetaAnalysis(const std::vector<double>& yi,
                                   const std::vector<double>& vi,
                                   const MetaOptions& options = {});

} // namespace stemma::core::analysis
