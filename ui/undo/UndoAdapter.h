// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace stemma::ui {

class ProjectSession;

/**
 * Mirrors one step of the session's core EditHistory on a QUndoStack, so the Edit menu, its
 * shortcuts and QUndoView drive the one history. The step is applied before the adapter is
 * pushed, so the first redo() does nothing; later ones ask the session to redo the step.
 */
class UndoAdapter final : public QUndoCommand
{
public:
    UndoAdapter(ProjectSession& session, const QString& text);
    UndoAdapter(const UndoAdapter&) = delete;
    UndoAdapter& operator=(const UndoAdapter&) = delete;

    void redo() override;
    void undo() override;

private:
    ProjectSession& m_session;
    bool m_applied = true;
};

} // namespace stemma::ui
