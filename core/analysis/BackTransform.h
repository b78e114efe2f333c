// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/EffectSize.h"
#include "core/analysis/MetaAnalysis.h"

#include <optional>
#include <vector>

namespace stemma::core::analysis {

/** A pooled estimate and its CI on the natural scale of the measure. */
struct BackTransformed
{
    double estimate = 0.0;
    double ciLb = 0.0;
    double ciUb = 0.0;
};

/** metafor's transf.ilogit(). */
double inverseLogit(double x);
/** metafor's transf.pft(): Freeman-Tukey double arcsine of a proportion p with n observations. */
double freemanTukey(double p, double n);
/** metafor's transf.ipft.hm(): inverse Freeman-Tukey with the harmonic mean of \a sampleSizes; NaN off its range. */
double inverseFreemanTukey(double x, const std::vector<double>& sampleSizes);

/**
 * The pooled result on the natural scale, as predict(res, transf = ...) gives it: exp for OR and RR,
 * transf.ilogit for PLO, transf.ipft.hm (harmonic mean of the studies' \a sampleSizes) for PFT;
 * nullopt for measures that are already on their natural scale.
 */
std::optional<BackTransformed> backTransform(EffectMeasure measure,
                                             const MetaResult& result,
                                             const std::vector<double>& sampleSizes);

} // namespace stemma::core::analysis
