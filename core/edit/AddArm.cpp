// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddArm.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"

namespace stemma::core::edit {

AddArm::AddArm(Arm arm)
    : m_arm(std::move(arm))
{
    m_arm.id = ArmId();
}

Result<void> AddArm::apply(ReviewProject& project)
{
    Arm row = m_arm;
    row.id = ArmId();
    auto id = project.studies().insertArm(row);
    if (!id)
        return id.error();
    m_arm.id = *id;
    return {};
}

Result<void> AddArm::revert(ReviewProject& project)
{
    if (!m_arm.id.isValid())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    STEMMA_TRY(project.studies().removeArm(m_arm.id));
    m_arm.id = ArmId();
    return {};
}

QString AddArm::text() const
{
    return QStringLiteral("Add arm %1").arg(m_arm.label);
}

Change AddArm::change() const
{
    return Change{text(),
                  {touched(EntityKind::Arm, m_arm.id.value, Operation::Created),
                   touched(EntityKind::Study, m_arm.study.value, Operation::Updated, {QStringLiteral("arms")})}};
}

} // namespace stemma::core::edit
