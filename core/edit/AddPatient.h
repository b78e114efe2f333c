// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Patient.h"
#include "core/edit/EditCommand.h"

namespace stemma::core::edit {

/** Adds an individual patient to a study. Undo removes it again (with anything stored below it since). */
class AddPatient final : public EditCommand
{
public:
    explicit AddPatient(Patient patient);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    /** The stored row's id; invalid before apply() and after revert(). */
    PatientId id() const { return m_patient.id; }
    const Patient& patient() const { return m_patient; }

private:
    Patient m_patient;
};

} // namespace stemma::core::edit
