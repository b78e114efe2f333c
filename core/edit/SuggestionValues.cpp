// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SuggestionValues.h"

#include <algorithm>

namespace stemma::core::edit::suggestion {
namespace {

bool isMscFamily(InterventionFamily family)
{
    return family == InterventionFamily::Msc || family == InterventionFamily::MscExtracellularVesicles;
}

bool fits(const Intervention& intervention, std::optional<InterventionFamily> family)
{
    if (!family)
        return isMscFamily(intervention.family) || intervention.family == InterventionFamily::Hsct;
    return isMscFamily(*family) ? isMscFamily(intervention.family) : intervention.family == *family;
}

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

/** A number of years from a value and its unit ("18" "months" → 1.5); nothing for a range or a word. */
std::optional<QString> years(const extract::Suggestion& s)
{
    auto value = number(s.value);
    if (!value)
        return std::nullopt;
    if (s.unit.startsWith(QLatin1String("month")))
        *value /= 12;
    else if (!s.unit.isEmpty() && !s.unit.startsWith(QLatin1String("year")))
        return std::nullopt;
    return QString::number(*value);
}

} // namespace

std::optional<InterventionValue> interventionValue(const extract::Suggestion& s)
{
    const QString& field = s.field;
    if (field == QLatin1String("dose"))
        return InterventionValue{InterventionField::CellsPerKg, s.value};
    if (field == QLatin1String("msc_source"))
        return InterventionValue{InterventionField::MscSource,
                                 mscSourceFromString(s.value) ? s.value : QStringLiteral("other")};
    if (field == QLatin1String("donor"))
        return InterventionValue{InterventionField::Donor, s.value};
    if (field == QLatin1String("infusions"))
        return InterventionValue{InterventionField::Infusions, s.value};
    if (field == QLatin1String("route"))
        return InterventionValue{InterventionField::Route, s.value};
    if (field == QLatin1String("mobilisation"))
        return InterventionValue{InterventionField::Mobilisation, s.value};
    if (field == QLatin1String("conditioning"))
        return InterventionValue{InterventionField::Conditioning, s.value};
    if (field == QLatin1String("cd34_selection"))
        return InterventionValue{InterventionField::Cd34Selection,
                                 s.value == QLatin1String("selected") ? QStringLiteral("yes") : QStringLiteral("no")};
    if (field == QLatin1String("atg"))
        return InterventionValue{InterventionField::Atg, QStringLiteral("yes")};
    if (field == QLatin1String("intervention_family"))
        return InterventionValue{InterventionField::Family,
                                 interventionFamilyFromString(s.value) ? s.value : QStringLiteral("other")};
    return std::nullopt;
}

std::optional<InterventionFamily> familyOf(const extract::Suggestion& s)
{
    const QString& field = s.field;
    if (field == QLatin1String("dose") || field == QLatin1String("msc_source") || field == QLatin1String("infusions") ||
        field == QLatin1String("route"))
        return InterventionFamily::Msc;
    if (field == QLatin1String("mobilisation") || field == QLatin1String("conditioning") ||
        field == QLatin1String("cd34_selection") || field == QLatin1String("atg"))
        return InterventionFamily::Hsct;
    if (field == QLatin1String("intervention_family"))
        return interventionFamilyFromString(s.value).value_or(InterventionFamily::Other);
    return std::nullopt;
}

std::optional<InterventionId> interventionToFill(const std::vector<Intervention>& interventions,
                                                 const extract::Suggestion& s,
                                                 InterventionId selected)
{
    const auto family = familyOf(s);
    const auto chosen = std::find_if(interventions.begin(), interventions.end(), [&](const Intervention& i) {
        return i.id == selected && fits(i, family);
    });
    if (chosen != interventions.end())
        return chosen->id;
    const auto first = std::find_if(
        interventions.begin(), interventions.end(), [&](const Intervention& i) { return fits(i, family); });
    if (first != interventions.end())
        return first->id;
    return std::nullopt;
}

std::optional<PatientValue> patientValue(const extract::Suggestion& s, const Patient& current)
{
    const QString& field = s.field;
    if (field == QLatin1String("age")) {
        if (auto age = years(s))
            return PatientValue{PatientField::Age, *age};
        return std::nullopt;
    }
    if (field == QLatin1String("disease_duration")) {
        if (auto duration = years(s))
            return PatientValue{PatientField::DiseaseDuration, *duration};
        return std::nullopt;
    }
    if (field == QLatin1String("sex")) {
        if (sexFromString(s.value) && s.unit.isEmpty())
            return PatientValue{PatientField::Sex, s.value};
        if (s.value == QLatin1String("1") && sexFromString(s.unit))
            return PatientValue{PatientField::Sex, s.unit};
        return std::nullopt;
    }
    if (field == QLatin1String("prior_therapy")) {
        QStringList therapies = current.priorTherapies;
        if (!therapies.contains(s.value, Qt::CaseInsensitive))
            therapies << s.value;
        return PatientValue{PatientField::PriorTherapies, therapies.join(QLatin1Char('\n'))};
    }
    if (field == QLatin1String("disease_subtype"))
        return PatientValue{PatientField::Subtype, s.value};
    return std::nullopt;
}

} // namespace stemma::core::edit::suggestion
