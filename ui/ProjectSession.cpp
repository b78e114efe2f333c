// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProjectSession.h"

#include "core/ReviewProject.h"
#include "core/edit/EditCommand.h"
#include "ui/undo/UndoAdapter.h"

#include <QUndoStack>

namespace stemma::ui {

ProjectSession::ProjectSession(std::unique_ptr<core::ReviewProject> project, QObject* parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
{
}

ProjectSession::~ProjectSession()
{
    // The commands refer to the project; they go before it does.
    delete m_undoStack;
}

bool ProjectSession::push(std::unique_ptr<core::edit::EditCommand> edit)
{
    m_lastPushFailed = false;
    if (m_project->isReadOnly()) {
        // Nothing reaches the file anyway (SQLite refuses), but saying why is kinder than its error.
        notifyFailed(tr("The project is read-only (its file or folder cannot be written); this change was not made."));
        return false;
    }
    // push() runs redo(); a command that failed marks itself obsolete and the stack drops it.
    m_undoStack->push(new UndoAdapter(*this, std::move(edit)));
    return !m_lastPushFailed;
}

void ProjectSession::notifyChanged()
{
    emit changed();
}

void ProjectSession::notifyFailed(const QString& message)
{
    m_lastPushFailed = true;
    emit editFailed(message);
}

} // namespace stemma::ui
