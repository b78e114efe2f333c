// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/UndoAdapter.h"

#include "core/Log.h"
#include "core/edit/EditCommand.h"
#include "ui/ProjectSession.h"

namespace stemma::ui {

UndoAdapter::UndoAdapter(ProjectSession& session, std::unique_ptr<core::edit::EditCommand> edit)
    : QUndoCommand(edit->text())
    , m_session(session)
    , m_edit(std::move(edit))
{
}

UndoAdapter::~UndoAdapter() = default;

void UndoAdapter::redo()
{
    const auto result = m_edit->apply(m_session.project());
    if (!result) {
        core::log::ui()->warn("{} failed: {}", m_edit->text(), result.error().message);
        setObsolete(true);
        m_session.notifyFailed(QObject::tr("%1 could not be saved: %2").arg(m_edit->text(), result.error().message));
        return;
    }
    m_session.notifyChanged();
}

void UndoAdapter::undo()
{
    const auto result = m_edit->revert(m_session.project());
    if (!result) {
        core::log::ui()->warn("undo of {} failed: {}", m_edit->text(), result.error().message);
        setObsolete(true);
        m_session.notifyFailed(QObject::tr("Undo of %1 failed: %2").arg(m_edit->text(), result.error().message));
        return;
    }
    m_session.notifyChanged();
}

} // namespace stemma::ui
