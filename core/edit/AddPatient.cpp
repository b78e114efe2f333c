// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddPatient.h"

#include "core/ReviewProject.h"
#include "core/db/PatientRepository.h"

namespace stemma::core::edit {

AddPatient::AddPatient(Patient patient)
    : m_patient(std::move(patient))
{
    m_patient.id = PatientId();
}

Result<void> AddPatient::apply(ReviewProject& project)
{
    Patient row = m_patient;
    row.id = PatientId();
    auto id = project.patients().insert(row);
    if (!id)
        return id.error();
    m_patient.id = *id;
    return {};
}

Result<void> AddPatient::revert(ReviewProject& project)
{
    if (!m_patient.id.isValid())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    STEMMA_TRY(project.patients().remove(m_patient.id));
    m_patient.id = PatientId();
    return {};
}

QString AddPatient::text() const
{
    return QStringLiteral("Add patient %1").arg(m_patient.label);
}

Change AddPatient::change() const
{
    return Change{
        text(),
        {touched(EntityKind::Patient, m_patient.id.value, Operation::Created),
         touched(EntityKind::Study, m_patient.study.value, Operation::Updated, {QStringLiteral("patients")})}};
}

} // namespace stemma::core::edit
