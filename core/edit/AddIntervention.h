// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Study.h"
#include "core/edit/EditCommand.h"

namespace stemma::core::edit {

/** Adds what an arm received. Undo removes it again (with anything stored below it since). */
class AddIntervention final : public EditCommand
{
public:
    explicit AddIntervention(Intervention intervention);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    /** The stored row's id; invalid before apply() and after revert(). */
    InterventionId id() const { return m_intervention.id; }
    const Intervention& intervention() const { return m_intervention; }

private:
    Intervention m_intervention;
    StudyId m_study; ///< the arm's study, read on apply(), for the change notification
};

} // namespace stemma::core::edit
