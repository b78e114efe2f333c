// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Study.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/** The fields of a Study a reviewer edits one at a time. */
enum class StudyField {
    Label,
    Title,
    Design,
    Disease,
    DiseaseSubtype,
    Country,
    PatientCount,
    FollowUpMonths,
    FollowUpText,
    EvidenceLevel,
    Registration,
    Notes
};

/**
 * Sets one field of a stored study from text, like SetReferenceField: numbers as digits (empty
 * for "not reported"), the design by the name toString(StudyDesign) gives it. The old value is
 * read on the first apply().
 */
class SetStudyField final : public EditCommand
{
public:
    SetStudyField(StudyId study, StudyField field, QString newValue);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;
    bool mergeWith(const EditCommand& next) override;

    const std::optional<QString>& oldValue() const { return m_oldValue; }

    static QString value(const Study& study, StudyField field);
    static Result<void> setValue(Study& study, StudyField field, const QString& text);
    /** The field's name for menus, and the field name evidence links use ("patientCount"). */
    static QString fieldName(StudyField field);
    static QString linkName(StudyField field);

private:
    Result<void> write(ReviewProject& project, const QString& text, bool rememberOld);

    StudyId m_study;
    StudyField m_field;
    QString m_newValue;
    std::optional<QString> m_oldValue;
};

} // namespace stemma::core::edit
