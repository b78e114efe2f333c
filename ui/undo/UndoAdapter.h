// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <memory>

namespace stemma::core::edit {
class EditCommand;
}

namespace stemma::ui {

class ProjectSession;

/**
 * Puts one core edit on a QUndoStack. redo() applies it, undo() reverts it; a failure is
 * logged, reported through the session and makes the command obsolete, so the stack drops it
 * instead of offering an undo that would not match the file.
 */
class UndoAdapter final : public QUndoCommand
{
public:
    UndoAdapter(ProjectSession& session, std::unique_ptr<core::edit::EditCommand> edit);
    ~UndoAdapter() override;
    UndoAdapter(const UndoAdapter&) = delete;
    UndoAdapter& operator=(const UndoAdapter&) = delete;

    void redo() override;
    void undo() override;

private:
    ProjectSession& m_session;
    std::unique_ptr<core::edit::EditCommand> m_edit;
};

} // namespace stemma::ui
