// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Study.h"
#include "core/edit/EditCommand.h"

namespace stemma::core::edit {

/** Adds an arm to a study. Undo removes it again (with anything stored below it since). */
class AddArm final : public EditCommand
{
public:
    explicit AddArm(Arm arm);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    /** The stored row's id; invalid before apply() and after revert(). */
    ArmId id() const { return m_arm.id; }
    const Arm& arm() const { return m_arm; }

private:
    Arm m_arm;
};

} // namespace stemma::core::edit
