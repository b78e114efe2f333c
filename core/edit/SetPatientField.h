// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Patient.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/** The fields of a Patient a reviewer edits one at a time; baseline scores are OutcomeResults. */
enum class PatientField { Label, Age, Sex, Subtype, DiseaseDuration, PriorTherapies, Notes };

/**
 * Sets one field of a stored patient from text, like SetStudyField: age and disease duration in
 * years as numbers (empty for not reported), sex as "female", "male" or "unknown", prior
 * therapies one per line (a ";" also separates them). The old value is read on the first apply().
 */
class SetPatientField final : public EditCommand
{
public:
    SetPatientField(PatientId patient, PatientField field, QString newValue);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;
    bool mergeWith(const EditCommand& next) override;

    const std::optional<QString>& oldValue() const { return m_oldValue; }

    static QString value(const Patient& patient, PatientField field);
    static Result<void> setValue(Patient& patient, PatientField field, const QString& text);
    /** The field's name for menus ("disease duration"). */
    static QString fieldName(PatientField field);
    /** The field name evidence links use ("ageYears"). */
    static QString linkName(PatientField field);

private:
    Result<void> write(ReviewProject& project, const QString& text, bool rememberOld);

    PatientId m_patient;
    PatientField m_field;
    QString m_newValue;
    std::optional<QString> m_oldValue;
    StudyId m_study; ///< the owning study, read on apply(), for the change notification
};

} // namespace stemma::core::edit
