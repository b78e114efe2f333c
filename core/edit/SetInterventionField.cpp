// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetInterventionField.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"

namespace stemma::core::edit {
namespace {

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return {};
    return *value ? QStringLiteral("yes") : QStringLiteral("no");
}

Result<std::optional<bool>> parseYesNo(const QString& text, const QString& what)
{
    const QString lower = text.toLower();
    if (lower.isEmpty())
        return std::optional<bool>();
    if (lower == QLatin1String("yes") || lower == QLatin1String("true") || lower == QLatin1String("1"))
        return std::optional<bool>(true);
    if (lower == QLatin1String("no") || lower == QLatin1String("false") || lower == QLatin1String("0"))
        return std::optional<bool>(false);
    return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not yes or no for %2").arg(text, what)};
}

} // namespace

SetInterventionField::SetInterventionField(InterventionId intervention, InterventionField field, QString newValue)
    : m_intervention(intervention)
    , m_field(field)
    , m_newValue(std::move(newValue))
{
}

Result<void> SetInterventionField::apply(ReviewProject& project)
{
    return write(project, m_newValue, !m_oldValue.has_value());
}

Result<void> SetInterventionField::revert(ReviewProject& project)
{
    if (!m_oldValue)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    return write(project, *m_oldValue, false);
}

Result<void> SetInterventionField::write(ReviewProject& project, const QString& text, bool rememberOld)
{
    auto intervention = project.studies().intervention(m_intervention);
    if (!intervention)
        return intervention.error();
    const QString previous = value(*intervention, m_field);
    STEMMA_TRY(setValue(*intervention, m_field, text));
    STEMMA_TRY(project.studies().updateIntervention(*intervention));
    if (auto arm = project.studies().arm(intervention->arm))
        m_study = arm->study;
    if (rememberOld)
        m_oldValue = previous;
    return {};
}

QString SetInterventionField::text() const
{
    return QStringLiteral("Edit intervention %1").arg(fieldName(m_field));
}

QString SetInterventionField::value(const Intervention& intervention, InterventionField field)
{
    switch (field) {
    case InterventionField::Family:
        return toString(intervention.family);
    case InterventionField::Description:
        return intervention.description;
    case InterventionField::MscSource:
        return toString(intervention.mscSource);
    case InterventionField::Donor:
        return toString(intervention.donor);
    case InterventionField::CellsPerKg:
        return intervention.cellsPerKg ? QString::number(*intervention.cellsPerKg, 'g', 12) : QString();
    case InterventionField::Infusions:
        return intervention.infusions ? QString::number(*intervention.infusions) : QString();
    case InterventionField::Route:
        return intervention.route;
    case InterventionField::Mobilisation:
        return intervention.mobilisation;
    case InterventionField::Conditioning:
        return intervention.conditioning;
    case InterventionField::Cd34Selection:
        return yesNo(intervention.cd34Selection);
    case InterventionField::Atg:
        return yesNo(intervention.atg);
    case InterventionField::AtgDetail:
        return intervention.atgDetail;
    case InterventionField::Drugs:
        return intervention.drugs;
    }
    return {};
}

Result<void> SetInterventionField::setValue(Intervention& intervention, InterventionField field, const QString& text)
{
    const QString trimmed = text.trimmed();
    switch (field) {
    case InterventionField::Family: {
        const auto family = interventionFamilyFromString(trimmed);
        if (!family)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not an intervention family").arg(trimmed)};
        intervention.family = *family;
        return {};
    }
    case InterventionField::Description:
        intervention.description = trimmed;
        return {};
    case InterventionField::MscSource: {
        const auto source = trimmed.isEmpty() ? std::optional(MscSource::Unknown) : mscSourceFromString(trimmed);
        if (!source)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not an MSC source").arg(trimmed)};
        intervention.mscSource = *source;
        return {};
    }
    case InterventionField::Donor: {
        const auto donor = trimmed.isEmpty() ? std::optional(DonorType::Unknown) : donorTypeFromString(trimmed);
        if (!donor)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a donor type").arg(trimmed)};
        intervention.donor = *donor;
        return {};
    }
    case InterventionField::CellsPerKg: {
        if (trimmed.isEmpty()) {
            intervention.cellsPerKg.reset();
            return {};
        }
        bool ok = false;
        const double cells = trimmed.toDouble(&ok);
        if (!ok || cells <= 0)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a dose in cells/kg; type a number such as 2e6").arg(trimmed)};
        intervention.cellsPerKg = cells;
        return {};
    }
    case InterventionField::Infusions: {
        if (trimmed.isEmpty()) {
            intervention.infusions.reset();
            return {};
        }
        bool ok = false;
        const int count = trimmed.toInt(&ok);
        if (!ok || count < 0)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a number of infusions; type a whole number").arg(trimmed)};
        intervention.infusions = count;
        return {};
    }
    case InterventionField::Route:
        intervention.route = trimmed;
        return {};
    case InterventionField::Mobilisation:
        intervention.mobilisation = trimmed;
        return {};
    case InterventionField::Conditioning:
        intervention.conditioning = trimmed;
        return {};
    case InterventionField::Cd34Selection: {
        auto selected = parseYesNo(trimmed, QStringLiteral("CD34 selection"));
        if (!selected)
            return selected.error();
        intervention.cd34Selection = *selected;
        return {};
    }
    case InterventionField::Atg: {
        auto atg = parseYesNo(trimmed, QStringLiteral("ATG"));
        if (!atg)
            return atg.error();
        intervention.atg = *atg;
        return {};
    }
    case InterventionField::AtgDetail:
        intervention.atgDetail = trimmed;
        return {};
    case InterventionField::Drugs:
        intervention.drugs = trimmed;
        return {};
    }
    return Error{ErrorCode::InvalidArgument, QStringLiteral("unknown field")};
}

QString SetInterventionField::fieldName(InterventionField field)
{
    switch (field) {
    case InterventionField::Family:
        return QStringLiteral("family");
    case InterventionField::Description:
        return QStringLiteral("description");
    case InterventionField::MscSource:
        return QStringLiteral("MSC source");
    case InterventionField::Donor:
        return QStringLiteral("donor");
    case InterventionField::CellsPerKg:
        return QStringLiteral("cells/kg");
    case InterventionField::Infusions:
        return QStringLiteral("infusions");
    case InterventionField::Route:
        return QStringLiteral("route");
    case InterventionField::Mobilisation:
        return QStringLiteral("mobilisation");
    case InterventionField::Conditioning:
        return QStringLiteral("conditioning");
    case InterventionField::Cd34Selection:
        return QStringLiteral("CD34 selection");
    case InterventionField::Atg:
        return QStringLiteral("ATG");
    case InterventionField::AtgDetail:
        return QStringLiteral("ATG detail");
    case InterventionField::Drugs:
        return QStringLiteral("drugs");
    }
    return {};
}

QString SetInterventionField::linkName(InterventionField field)
{
    switch (field) {
    case InterventionField::Family:
        return QStringLiteral("family");
    case InterventionField::Description:
        return QStringLiteral("description");
    case InterventionField::MscSource:
        return QStringLiteral("mscSource");
    case InterventionField::Donor:
        return QStringLiteral("donor");
    case InterventionField::CellsPerKg:
        return QStringLiteral("cellsPerKg");
    case InterventionField::Infusions:
        return QStringLiteral("infusions");
    case InterventionField::Route:
        return QStringLiteral("route");
    case InterventionField::Mobilisation:
        return QStringLiteral("mobilisation");
    case InterventionField::Conditioning:
        return QStringLiteral("conditioning");
    case InterventionField::Cd34Selection:
        return QStringLiteral("cd34Selection");
    case InterventionField::Atg:
        return QStringLiteral("atg");
    case InterventionField::AtgDetail:
        return QStringLiteral("atgDetail");
    case InterventionField::Drugs:
        return QStringLiteral("drugs");
    }
    return {};
}

Change SetInterventionField::change() const
{
    return Change{text(),
                  {touched(EntityKind::Intervention, m_intervention.value, Operation::Updated, {linkName(m_field)}),
                   touched(EntityKind::Study, m_study.value, Operation::Updated, {QStringLiteral("interventions")})}};
}

bool SetInterventionField::mergeWith(const EditCommand& next)
{
    // Typing into a field saves on every change; undo should restore what was there before, not one letter.
    const auto* other = dynamic_cast<const SetInterventionField*>(&next);
    if (!other || other->m_intervention != m_intervention || other->m_field != m_field)
        return false;
    m_newValue = other->m_newValue;
    return true;
}

} // namespace stemma::core::edit
