// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QString>

#include <optional>

namespace stemma::core {

enum class OutcomeKind { Continuous, Binary, TimeToEvent };
QString toString(OutcomeKind kind);
std::optional<OutcomeKind> outcomeKindFromString(const QString& text);

/** Whether a larger value is good news (FVC) or bad news (mRSS). */
enum class BenefitDirection { HigherIsBetter, LowerIsBetter };
QString toString(BenefitDirection direction);
std::optional<BenefitDirection> benefitDirectionFromString(const QString& text);

/** An entry of the outcome catalogue: mRSS, FVC %predicted, treatment-related mortality… */
struct OutcomeMeasure
{
    OutcomeMeasureId id;
    QString code; ///< short stable code used on the command line: "mRSS", "FVC"
    QString name;
    QString unit;
    OutcomeKind kind = OutcomeKind::Continuous;
    std::optional<double> minimum;
    std::optional<double> maximum;
    BenefitDirection direction = BenefitDirection::HigherIsBetter;
    QString description;

    friend bool operator==(const OutcomeMeasure&, const OutcomeMeasure&) = default;
};

/** How a result is summarised; decides which numeric fields of OutcomeResult are used. */
enum class Statistic {
    MeanSd,          ///< value = mean, spread = SD, n
    MedianIqr,       ///< value = median, lower/upper = quartiles (or range), n
    EventsTotal,     ///< events of n
    Percentage,      ///< value = percent of n
    IndividualValue, ///< value for one patient
    HazardRatio,     ///< value = HR, lower/upper = 95% CI
};
QString toString(Statistic statistic);
std::optional<Statistic> statisticFromString(const QString& text);

/**
 * One reported number for an arm or a patient at a timepoint. Change-from-baseline results are
 * flagged rather than stored as a separate statistic so the same pooling rules apply.
 */
struct OutcomeResult
{
    OutcomeResultId id;
    StudyId study;
    ArmId arm;         ///< set for arm-level data
    PatientId patient; ///< set for individual patient data
    OutcomeMeasureId measure;
    std::optional<double> timepointMonths; ///< 0 = baseline
    QString timepointText;
    Statistic statistic = Statistic::MeanSd;
    bool isChangeFromBaseline = false;
    std::optional<double> value;
    std::optional<double> spread;
    std::optional<double> lower;
    std::optional<double> upper;
    std::optional<int> events;
    std::optional<int> n;
    QString note;
    SpanId sourceSpan; ///< the tagged text this number came from, when linked

    friend bool operator==(const OutcomeResult&, const OutcomeResult&) = default;
};

} // namespace stemma::core
