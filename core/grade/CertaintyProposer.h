// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Study.h"
#include "core/grade/Certainty.h"
#include "core/quality/QualityTool.h"

#include <optional>
#include <vector>

namespace stemma::core::grade {

/** One study behind an outcome's estimate. */
struct EvidenceStudy
{
    StudyId study;
    StudyDesign design = StudyDesign::Unknown;
    double weight = 0.0;                     ///< meta-analysis weight, or patients when not pooled by weight
    std::optional<quality::Concern> concern; ///< overall risk of bias; nullopt: not assessed
    std::optional<double> yi;                ///< effect on the analysis scale, for small-study tests
    std::optional<double> vi;                ///< its sampling variance
};

/** What the proposals read: an outcome's pooled estimate for one comparison and the studies behind it. */
struct OutcomeEvidence
{
    bool continuous = true;    ///< a mean change in the outcome's unit; else a proportion
    bool lowerIsBetter = true; ///< direction of benefit
    std::optional<double> mid; ///< minimal important difference, in the outcome's unit
    int participants = 0;
    std::optional<int> events; ///< for proportions
    std::optional<double> estimate;
    std::optional<double> ciLb;
    std::optional<double> ciUb;
    std::optional<double> i2;   ///< percent
    std::optional<double> piLb; ///< 95% prediction interval
    std::optional<double> piUb;
    std::vector<EvidenceStudy> studies;
};

/**
 * Proposes GRADE judgements from the data (see docs/certainty.md for the thresholds and their
 * sources): the starting level from the designs; risk of bias from the share of meta-analysis
 * weight at high concern; inconsistency from I² and the prediction interval against the MID;
 * imprecision from the confidence interval against the MID and the optimal information size;
 * publication bias from Egger's test when there are ten studies or more. Indirectness and the
 * three upgrading domains have no data to be proposed from; they come back as "not serious" /
 * "none" marked for the reviewer to judge.
 */
CertaintyAssessment proposeCertainty(const OutcomeEvidence& evidence);

/** Thresholds, named so tests and docs quote the same numbers. */
inline constexpr double CONSIDERABLE_I2 = 75.0;   ///< Cochrane Handbook 10.10.2: 75-100% considerable
inline constexpr double SUBSTANTIAL_I2 = 50.0;    ///< 50-90% may be substantial
inline constexpr int CONTINUOUS_OIS = 400;        ///< GRADE 6 (Guyatt 2011): about 400 participants
inline constexpr int BINARY_OIS_EVENTS = 300;     ///< GRADE 6: about 300 events
inline constexpr int SMALL_STUDY_MIN_K = 10;      ///< Cochrane Handbook 13.3.5.4: tests need 10 studies
inline constexpr double SMALL_STUDY_ALPHA = 0.10; ///< Egger et al. 1997 test at the 10% level

} // namespace stemma::core::grade
