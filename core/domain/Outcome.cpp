// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Outcome.h"

#include "core/domain/EnumText.h"

namespace stemma::core {
namespace {

constexpr EnumText<OutcomeKind, 3> KIND_NAMES{{{
    {OutcomeKind::Continuous, "continuous"},
    {OutcomeKind::Binary, "binary"},
    {OutcomeKind::TimeToEvent, "time-to-event"},
}}};

constexpr EnumText<BenefitDirection, 2> DIRECTION_NAMES{{{
    {BenefitDirection::HigherIsBetter, "higher-is-better"},
    {BenefitDirection::LowerIsBetter, "lower-is-better"},
}}};

constexpr EnumText<Statistic, 6> STATISTIC_NAMES{{{
    {Statistic::MeanSd, "mean-sd"},
    {Statistic::MedianIqr, "median-iqr"},
    {Statistic::EventsTotal, "events-total"},
    {Statistic::Percentage, "percentage"},
    {Statistic::IndividualValue, "individual"},
    {Statistic::HazardRatio, "hazard-ratio"},
}}};

} // namespace

QString toString(OutcomeKind kind)
{
    return KIND_NAMES.toString(kind);
}
std::optional<OutcomeKind> outcomeKindFromString(const QString& text)
{
    return KIND_NAMES.fromString(text);
}
QString toString(BenefitDirection direction)
{
    return DIRECTION_NAMES.toString(direction);
}
std::optional<BenefitDirection> benefitDirectionFromString(const QString& text)
{
    return DIRECTION_NAMES.fromString(text);
}
QString toString(Statistic statistic)
{
    return STATISTIC_NAMES.toString(statistic);
}
std::optional<Statistic> statisticFromString(const QString& text)
{
    return STATISTIC_NAMES.fromString(text);
}

} // namespace stemma::core
