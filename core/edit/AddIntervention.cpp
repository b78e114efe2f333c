// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddIntervention.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"

namespace stemma::core::edit {

AddIntervention::AddIntervention(Intervention intervention)
    : m_intervention(std::move(intervention))
{
    m_intervention.id = InterventionId();
}

Result<void> AddIntervention::apply(ReviewProject& project)
{
    Intervention row = m_intervention;
    row.id = InterventionId();
    auto id = project.studies().insertIntervention(row);
    if (!id)
        return id.error();
    m_intervention.id = *id;
    if (auto arm = project.studies().arm(m_intervention.arm))
        m_study = arm->study;
    return {};
}

Result<void> AddIntervention::revert(ReviewProject& project)
{
    if (!m_intervention.id.isValid())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    STEMMA_TRY(project.studies().removeIntervention(m_intervention.id));
    m_intervention.id = InterventionId();
    return {};
}

QString AddIntervention::text() const
{
    return QStringLiteral("Add intervention %1").arg(toString(m_intervention.family));
}

Change AddIntervention::change() const
{
    return Change{
        text(),
        {touched(EntityKind::Intervention, m_intervention.id.value, Operation::Created),
         touched(EntityKind::Arm, m_intervention.arm.value, Operation::Updated, {QStringLiteral("interventions")}),
         touched(EntityKind::Study, m_study.value, Operation::Updated, {QStringLiteral("interventions")})}};
}

} // namespace stemma::core::edit
