// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QUndoStack;

namespace stemma::core {
class ReviewProject;
namespace edit {
class EditCommand;
}
} // namespace stemma::core

namespace stemma::ui {

/**
 * One open review in the window: the project, its undo stack, and the signals views follow.
 * ReviewProject itself is plain C++, so this is where the GUI learns that the file changed.
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

    /** Applies \a edit and puts it on the undo stack; false (and editFailed) when it could not be applied. */
    bool push(std::unique_ptr<core::edit::EditCommand> edit);

    /** Called by UndoAdapter after every apply or revert that reached the file. */
    void notifyChanged();
    /** Called by UndoAdapter when an apply or revert failed. */
    void notifyFailed(const QString& message);

signals:
    /** The file changed through an edit, an undo or a redo. */
    void changed();
    void editFailed(const QString& message);

private:
    std::unique_ptr<core::ReviewProject> m_project;
    QUndoStack* m_undoStack = nullptr;
    bool m_lastPushFailed = false;
};

} // namespace stemma::ui
