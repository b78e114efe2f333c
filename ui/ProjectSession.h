// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/edit/Change.h"

#include <QList>
#include <QObject>

#include <memory>

class QUndoStack;

namespace stemma::core {
class ReviewProject;
namespace edit {
class EditCommand;
class EditHistory;
} // namespace edit
} // namespace stemma::core

namespace stemma::ui {

/**
 * One open review in the window: the project, its one undo history, and the signals views follow.
 *
 * Every change runs through the core's EditHistory (one transaction and one audit entry each);
 * the QUndoStack here only mirrors that history for the Edit menu and QUndoView, so undoing from
 * the menu, a keyboard shortcut or a view is the same step. After each applied edit, undo or redo
 * the session emits typed notifications naming what changed, and views refresh only when
 * something they show arrives.
 */
class ProjectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    explicit ProjectSession(std::unique_ptr<core::ReviewProject> project, QObject* parent = nullptr);
    ~ProjectSession() override;

    core::ReviewProject& project() { return *m_project; }
    QUndoStack* undoStack() const { return m_undoStack; }
    core::edit::EditHistory& history() { return *m_history; }

    /**
     * Applies \a edit and adds it to the undo history. On success the Change names what it
     * touched (with any new id); on failure the file and the history are as they were, the
     * command is already gone and editFailed has been emitted.
     */
    core::Result<core::edit::Change> push(std::unique_ptr<core::edit::EditCommand> edit);
    /** Starts a group of pushes that undo as one step named \a text (one transaction). */
    void beginMacro(const QString& text);
    /** Ends the group begun by beginMacro(); false when it could not be committed. */
    bool endMacro();

    /** Called by UndoAdapter when the stack asks for an undo or redo of the newest/next step. */
    void undoStep();
    void redoStep();

    /** Emits the typed notifications for \a change (for writes that are not yet commands). */
    void notifyChanged(const core::edit::Change& change);
    /** The file changed in ways no Change describes (an import by a worker): every view re-reads. */
    void notifyReloaded();
    void notifyFailed(const QString& message);

signals:
    // A list of ids names what changed; an empty list (or an id of 0 in it) stands for "any".
    /** Every applied change, after the typed signals below. */
    void changeApplied(const core::edit::Change& change);
    void referencesChanged(const QList<qint64>& referenceIds);
    /** A study, or one of its arms, interventions, patients or results, changed (or was added/removed). */
    void studyChanged(qint64 studyId);
    void screeningChanged(const QList<qint64>& referenceIds);
    void codebookChanged();
    /** Tagged spans of these references changed. */
    void evidenceChanged(const QList<qint64>& referenceIds);
    void duplicatesChanged();
    void settingsChanged();
    /** The whole file may have changed (after an import); views re-read everything. */
    void reloaded();
    void editFailed(const QString& message);

private:
    void mirrorStep(const QString& text);
    void runStep(bool forward);

    std::unique_ptr<core::ReviewProject> m_project;
    std::unique_ptr<core::edit::EditHistory> m_history;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace stemma::ui
