// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/edit/Change.h"

#include <QString>

namespace stemma::core {

class ReviewProject;

namespace edit {

/**
 * One undoable change to a project, written to the file as soon as it is applied. Commands are
 * plain C++ so they can be tested without a GUI; ui/undo/UndoAdapter puts them on a QUndoStack.
 *
 * apply() is called for the first run and every redo, revert() for every undo; each either
 * changes the file completely or leaves it untouched and returns the Error. Commands are run
 * through EditHistory, which wraps each call in one transaction and writes the audit entry.
 */
class EditCommand
{
public:
    virtual ~EditCommand() = default;

    virtual Result<void> apply(ReviewProject& project) = 0;
    virtual Result<void> revert(ReviewProject& project) = 0;
    /** What the command does, for the Undo/Redo menu items ("Edit title"). */
    virtual QString text() const = 0;
    /**
     * What the last apply() touched, with the ids it created; called only after a successful
     * apply(). Undo reports change().reversed().
     */
    virtual Change change() const = 0;
    /**
     * Folds \a next, already applied, into this command so both undo as one step (repeated edits
     * of one field, as QUndoCommand::mergeWith does). False, the default, keeps them apart.
     */
    virtual bool mergeWith(const EditCommand& next)
    {
        (void)next;
        return false;
    }

protected:
    EditCommand() = default;
    EditCommand(const EditCommand&) = default;
    EditCommand& operator=(const EditCommand&) = default;
};

} // namespace edit
} // namespace stemma::core
