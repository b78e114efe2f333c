// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace stemma::core::analysis {

/** The outcome measures Stemma pools; the names and definitions are metafor's (escalc). */
enum class EffectMeasure {
    GEN, ///< yi and vi given as they are
    MD,  ///< raw mean difference of two groups
    SMD, ///< Hedges' g (bias-corrected standardised mean difference)
    OR,  ///< log odds ratio
    RR,  ///< log risk ratio
    RD,  ///< risk difference
    PR,  ///< raw proportion of one group
    PLO, ///< logit of a proportion
    PFT, ///< Freeman-Tukey double arcsine of a proportion
    MC,  ///< raw mean change within one group (before minus after, as m1i - m2i)
};

/** "SMD" → EffectMeasure::SMD (case-insensitive); nullopt for an unknown name. */
std::optional<EffectMeasure> effectMeasureFromName(const QString& name);
QString effectMeasureName(EffectMeasure measure);

/**
 * One study's summary data, with metafor's column names. Only the fields the measure needs must be set:
 * GEN yi, vi; MD/SMD m1i, sd1i, n1i, m2i, sd2i, n2i; OR/RR/RD ai, bi, ci, di (or ai, n1i, ci, n2i);
 * PR/PLO/PFT xi, ni; MC m1i, m2i, ni and either sdi (SD of the change) or sd1i, sd2i (ri optional).
 */
struct StudyData
{
    QString study;
    std::optional<double> yi, vi;
    std::optional<double> m1i, sd1i, n1i, m2i, sd2i, n2i;
    std::optional<double> ai, bi, ci, di;
    std::optional<double> xi, ni;
    std::optional<double> ri, sdi;
};

/** Choices that escalc exposes and Stemma keeps at metafor's defaults unless told otherwise. */
struct EffectSizeOptions
{
    /// Added to every cell of a 2x2 table (or both cells of a proportion) that has a zero cell (to = "only0").
    /// Not used for PFT, which needs no correction (metafor sets add = 0 there).
    double add = 0.5;
    /// Correlation between baseline and follow-up assumed when a study reports neither sdi nor ri.
    double assumedCorrelation = 0.5;
};

/** One study's effect size and its sampling variance, plus how they were obtained. */
struct EffectSize
{
    QString study;
    double yi = 0.0;
    double vi = 0.0;
    /// Total sample size (used by the PFT back-transformation's harmonic mean); 0 when unknown.
    double ni = 0.0;
    /// A continuity correction was added to this study's cells.
    bool continuityCorrected = false;
    /// The SD of the change was derived from the baseline and follow-up SDs and a correlation.
    bool imputedChangeSd = false;
    /// The correlation used for that derivation.
    double correlationUsed = 0.0;

    friend bool operator==(const EffectSize&, const EffectSize&) = default;
};

/**
 * SD of a within-person change from the baseline and follow-up SDs and their correlation r:
 * sqrt(sd1^2 + sd2^2 - 2 r sd1 sd2) (Cochrane Handbook 6.5.2.8).
 */
double imputeChangeSd(double sd1, double sd2, double correlation);

/** escalc() for one study; fails with InvalidArgument naming the missing or impossible value. */
Result<EffectSize> computeEffectSize(EffectMeasure measure,
                                     const StudyData& data,
                                     const EffectSizeOptions& options = {});
/** escalc() for every study; the first failure is returned with the study's position (1-based). */
Result<std::vector<EffectSize>> computeEffectSizes(EffectMeasure measure,
                                                   const std::vector<StudyData>& studies,
                                                   const EffectSizeOptions& options = {});

} // namespace stemma::core::analysis
