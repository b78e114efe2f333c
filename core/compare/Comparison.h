// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Outcome.h"
#include "core/domain/Study.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::compare {

/** What splits a family's row into subgroups; Family alone gives one row per intervention family. */
enum class Grouping { Family, MscSource, Donor, Conditioning, Design };
std::optional<Grouping> groupingFromName(const QString& name);
QString groupingName(Grouping grouping);

/** Aggregate (arm-level) data are never mixed with individual patient data: each has its own row. */
enum class RowKind { Aggregate, PatientLevel };
QString displayName(RowKind kind);

/** How a row's studies were pooled. */
enum class Pooling {
    None,              ///< nothing poolable (e.g. no SDs)
    LogitProportion,   ///< PLO random effects (REML), back-transformed with the inverse logit
    MeanChange,        ///< MC/GEN random effects (REML) of within-arm change, follow-up minus baseline
    PatientProportion, ///< events over patients with the Wilson CI
    PatientMeanChange, ///< mean of patients' changes with a t-based CI
};
QString describe(Pooling pooling);

struct CompareOptions
{
    QString outcomeCode;
    /// Wanted timepoint in months; without it each arm's latest follow-up is used.
    std::optional<double> timepointMonths;
    /// Results within this many months of the timepoint count; the closest is taken.
    double timepointWindow = 3.0;
    Grouping grouping = Grouping::Family;
    /// Case-insensitive substring of the study's disease or subtype; empty keeps all.
    QString disease;
    /// Designs to keep; empty keeps every design.
    std::vector<StudyDesign> designs;
    std::optional<double> minFollowUpMonths;
    std::optional<double> maxFollowUpMonths;
    /// Keep only studies with a reference whose latest screening verdict is Include.
    bool onlyIncluded = false;
    /// Correlation assumed between baseline and follow-up when a change SD must be imputed.
    double assumedCorrelation = 0.5;
};

/** One study arm's (or one case report's) value behind a row. */
struct StudyValue
{
    StudyId study;
    QString studyLabel;
    StudyDesign design = StudyDesign::Unknown;
    QString arm;
    std::vector<OutcomeResultId> results;
    std::optional<double> timepointMonths;
    /// Natural scale: a proportion (0-1) or a mean change in the measure's unit.
    double estimate = 0.0;
    std::optional<double> ciLb;
    std::optional<double> ciUb;
    int n = 0;
    std::optional<int> events;
    /// Percent weight in the row's meta-analysis; nullopt when the value was not pooled.
    std::optional<double> weight;
    bool imputedSd = false;
    QString note;
    /// Effect and sampling variance on the analysis scale (logit or mean change) when pooled,
    /// for small-study tests.
    std::optional<double> yi;
    std::optional<double> vi;
};

struct ComparisonRow
{
    InterventionFamily family = InterventionFamily::Other;
    QString subgroup; ///< empty for Grouping::Family
    RowKind kind = RowKind::Aggregate;
    Pooling pooling = Pooling::None;
    int studyCount = 0;
    int patients = 0;
    int pooledCount = 0; ///< k of the meta-analysis, or patients pooled
    std::optional<double> estimate;
    std::optional<double> ciLb;
    std::optional<double> ciUb;
    std::optional<double> i2;
    std::optional<double> tau2;
    /// 95% prediction interval of the random-effects pool (k > 1), on the estimate's scale.
    std::optional<double> piLb;
    std::optional<double> piUb;
    std::optional<double> rangeMin;
    std::optional<double> rangeMax;
    StudyDesign bestDesign = StudyDesign::Unknown;
    bool anyImputedSd = false;
    std::vector<StudyValue> values;
    std::vector<StudyId> studies;
    std::vector<OutcomeResultId> results;
    QStringList notes;

    QString label() const;
};

struct Comparison
{
    OutcomeMeasure measure;
    CompareOptions options;
    /// True when estimates are proportions (shown as percent), false for mean changes.
    bool proportions = false;
    std::vector<ComparisonRow> rows;
    /// Results that matched the outcome but could not be used, with the reason.
    QStringList skipped;
};

/**
 * Pools one outcome per intervention family (and subgroup) across the project's studies. Binary and
 * time-to-event percentages are pooled as logit proportions; continuous outcomes as within-arm mean
 * change (see docs/compare.md). The outcome is found by code, name or synonym (resolveOutcome);
 * an unknown one fails with NotFound and lists the project's outcomes.
 */
Result<Comparison> compareOutcome(ReviewProject& project, const CompareOptions& options);

} // namespace stemma::core::compare
