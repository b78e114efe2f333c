// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/UndoAdapter.h"

#include "ui/ProjectSession.h"

namespace stemma::ui {

UndoAdapter::UndoAdapter(ProjectSession& session, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
{
}

void UndoAdapter::redo()
{
    if (m_applied)
        return; // QUndoStack::push calls redo(); the history applied the step already
    m_session.redoStep();
    m_applied = true;
}

void UndoAdapter::undo()
{
    m_session.undoStep();
    m_applied = false;
}

} // namespace stemma::ui
