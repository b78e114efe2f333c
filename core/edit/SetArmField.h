// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Study.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/** The fields of an Arm a reviewer edits one at a time. */
enum class ArmField { Label, Size };

/**
 * Sets an arm's label or number of patients from text, like SetStudyField: the size as a whole
 * number (empty for not reported); a label cannot be empty. The old value is read on the first apply().
 */
class SetArmField final : public EditCommand
{
public:
    SetArmField(ArmId arm, ArmField field, QString newValue);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;
    bool mergeWith(const EditCommand& next) override;

    static QString value(const Arm& arm, ArmField field);
    static Result<void> setValue(Arm& arm, ArmField field, const QString& text);

private:
    Result<void> write(ReviewProject& project, const QString& text, bool rememberOld);

    ArmId m_arm;
    ArmField m_field;
    QString m_newValue;
    std::optional<QString> m_oldValue;
    StudyId m_study; ///< the owning study, read on apply(), for the change notification
};

} // namespace stemma::core::edit
