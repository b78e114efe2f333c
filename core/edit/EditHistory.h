// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/edit/Change.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace stemma::core {

class ReviewProject;

namespace db {
class TransactionGuard;
}

namespace edit {

class EditCommand;

/**
 * The one undo history of an open project. Every change goes through push(): the command is
 * applied in one transaction together with its audit entry (who, what, when), and what it
 * touched comes back as a Change. A command whose apply fails is destroyed inside push() with
 * its transaction rolled back, so neither the file nor the history changes and the caller never
 * holds a pointer to it. undo() and redo() are one transaction each and write an audit entry too.
 *
 * Consecutive edits of the same field merge into one step (EditCommand::mergeWith). A group
 * (beginGroup/endGroup) runs several pushes inside one transaction and undoes them as one step.
 *
 * The history refers to the project it was made for; it must not outlive it.
 */
class EditHistory
{
public:
    explicit EditHistory(ReviewProject& project);
    ~EditHistory();
    EditHistory(const EditHistory&) = delete;
    EditHistory& operator=(const EditHistory&) = delete;

    /** Who the audit log names for the following changes (a reviewer's name, or $USER). */
    void setActor(const QString& actor) { m_actor = actor; }
    const QString& actor() const { return m_actor; }

    /** Applies \a command and keeps it as the newest step (or merges it into the newest). */
    Result<Change> push(std::unique_ptr<EditCommand> command);
    /** Reverts the newest applied step; the Change says what the revert touched. */
    Result<Change> undo();
    /** Applies the step undo() last reverted. */
    Result<Change> redo();

    /**
     * Opens a group: the pushes until endGroup() share one transaction and become one step named
     * \a text. A push that fails inside a group is left out; the others stay. Groups do not nest.
     */
    Result<void> beginGroup(const QString& text);
    /** Commits the group; the Change of all its pushes (empty when every push failed). */
    Result<Change> endGroup();
    /** Rolls the whole group back, as if it had not been opened. */
    void abortGroup();
    bool inGroup() const { return m_group != nullptr; }

    bool canUndo() const { return m_index > 0 && !inGroup(); }
    bool canRedo() const { return m_index < m_steps.size() && !inGroup(); }
    QString undoText() const;
    QString redoText() const;
    /** Number of steps kept, and how many of them are applied (the rest can be redone). */
    size_t count() const { return m_steps.size(); }
    size_t index() const { return m_index; }
    /** Whether the last successful push() merged into the step before it instead of adding one. */
    bool lastPushMerged() const { return m_lastPushMerged; }
    /** Forgets every step; the file is not touched. */
    void clear();

private:
    struct Step;
    struct Group;

    Result<Change> applyStep(Step& step, bool forward);
    Result<void> audit(const QString& action, const Change& change);
    void dropRedoSteps();

    ReviewProject& m_project;
    QString m_actor;
    std::vector<std::unique_ptr<Step>> m_steps;
    size_t m_index = 0;
    std::unique_ptr<Group> m_group;
    bool m_lastPushMerged = false;
};

} // namespace edit
} // namespace stemma::core
