// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/edit/EditCommand.h"

#include <QList>

namespace stemma::core::edit {

/**
 * Links another report (a follow-up, a congress abstract) to a study, or with Unlink takes one
 * off. Undo restores the study's reports in their old order, so the first report stays first.
 */
class LinkStudyReference final : public EditCommand
{
public:
    enum class Action { Link, Unlink };

    LinkStudyReference(StudyId study, ReferenceId reference, Action action = Action::Link);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

private:
    StudyId m_study;
    ReferenceId m_reference;
    Action m_action;
    QList<ReferenceId> m_before;
    bool m_applied = false;
};

} // namespace stemma::core::edit
