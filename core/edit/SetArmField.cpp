// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetArmField.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"

namespace stemma::core::edit {

SetArmField::SetArmField(ArmId arm, ArmField field, QString newValue)
    : m_arm(arm)
    , m_field(field)
    , m_newValue(std::move(newValue))
{
}

Result<void> SetArmField::apply(ReviewProject& project)
{
    return write(project, m_newValue, !m_oldValue.has_value());
}

Result<void> SetArmField::revert(ReviewProject& project)
{
    if (!m_oldValue)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    return write(project, *m_oldValue, false);
}

Result<void> SetArmField::write(ReviewProject& project, const QString& text, bool rememberOld)
{
    auto arm = project.studies().arm(m_arm);
    if (!arm)
        return arm.error();
    const QString previous = value(*arm, m_field);
    STEMMA_TRY(setValue(*arm, m_field, text));
    STEMMA_TRY(project.studies().updateArm(*arm));
    m_study = arm->study;
    if (rememberOld)
        m_oldValue = previous;
    return {};
}

QString SetArmField::text() const
{
    return m_field == ArmField::Label ? QStringLiteral("Edit arm label") : QStringLiteral("Edit arm size");
}

QString SetArmField::value(const Arm& arm, ArmField field)
{
    if (field == ArmField::Label)
        return arm.label;
    return arm.size ? QString::number(*arm.size) : QString();
}

Result<void> SetArmField::setValue(Arm& arm, ArmField field, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (field == ArmField::Label) {
        if (trimmed.isEmpty())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("an arm needs a label")};
        arm.label = trimmed;
        return {};
    }
    if (trimmed.isEmpty()) {
        arm.size.reset();
        return {};
    }
    bool ok = false;
    const int size = trimmed.toInt(&ok);
    if (!ok || size < 0)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not a number of patients; type a whole number").arg(trimmed)};
    arm.size = size;
    return {};
}

Change SetArmField::change() const
{
    return Change{text(),
                  {touched(EntityKind::Arm,
                           m_arm.value,
                           Operation::Updated,
                           {m_field == ArmField::Label ? QStringLiteral("label") : QStringLiteral("size")}),
                   touched(EntityKind::Study, m_study.value, Operation::Updated, {QStringLiteral("arms")})}};
}

bool SetArmField::mergeWith(const EditCommand& next)
{
    // Typing into a field saves on every change; undo should restore what was there before, not one letter.
    const auto* other = dynamic_cast<const SetArmField*>(&next);
    if (!other || other->m_arm != m_arm || other->m_field != m_field)
        return false;
    m_newValue = other->m_newValue;
    return true;
}

} // namespace stemma::core::edit
