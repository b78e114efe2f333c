// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Study.h"
#include "core/edit/EditCommand.h"

namespace stemma::core::edit {

/** Stores a new study with its references. Undo removes it again (with anything stored below it since). */
class AddStudy final : public EditCommand
{
public:
    explicit AddStudy(Study study);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    /** The stored row's id; invalid before apply() and after revert(). */
    StudyId id() const { return m_study.id; }
    const Study& study() const { return m_study; }

private:
    Study m_study;
};

} // namespace stemma::core::edit
