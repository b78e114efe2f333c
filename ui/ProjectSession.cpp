// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProjectSession.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/edit/EditCommand.h"
#include "core/edit/EditHistory.h"
#include "ui/undo/UndoAdapter.h"

#include <QUndoStack>

namespace stemma::ui {

using core::edit::Change;
using core::edit::EntityKind;

ProjectSession::ProjectSession(std::unique_ptr<core::ReviewProject> project, QObject* parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_history(std::make_unique<core::edit::EditHistory>(*m_project))
    , m_undoStack(new QUndoStack(this))
{
    // Clearing the menu's stack (closing a project, a test) forgets the core history with it.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_undoStack->count() == 0 && m_history->count() > 0 && !m_history->inGroup())
            m_history->clear();
    });
}

ProjectSession::~ProjectSession()
{
    // The adapters refer to this session and the history to the project; both go before it does.
    delete m_undoStack;
    m_history.reset();
}

core::Result<Change> ProjectSession::push(std::unique_ptr<core::edit::EditCommand> edit)
{
    if (m_project->isReadOnly()) {
        // Nothing reaches the file anyway (SQLite refuses), but saying why is kinder than its error.
        const QString message =
            tr("The project is read-only (its file or folder cannot be written); this change was not made.");
        notifyFailed(message);
        return core::makeError(core::ErrorCode::Io, message);
    }
    const size_t before = m_history->index();
    auto change = m_history->push(std::move(edit));
    if (!change) {
        notifyFailed(tr("The change could not be saved: %1").arg(change.error().message));
        return change;
    }
    if (!m_history->inGroup() && !m_history->lastPushMerged() && m_history->index() != before)
        mirrorStep(change->text);
    notifyChanged(*change);
    return change;
}

void ProjectSession::beginMacro(const QString& text)
{
    if (auto begun = m_history->beginGroup(text); !begun)
        notifyFailed(begun.error().message);
}

bool ProjectSession::endMacro()
{
    if (!m_history->inGroup())
        return false;
    const size_t before = m_history->count();
    auto change = m_history->endGroup();
    if (!change) {
        notifyFailed(change.error().message);
        // The group's writes were rolled back; views showing them re-read.
        notifyReloaded();
        return false;
    }
    if (m_history->count() != before || !change->entities.isEmpty())
        mirrorStep(m_history->undoText());
    return true;
}

void ProjectSession::mirrorStep(const QString& text)
{
    // The step is already applied; the adapter's first redo() (run by push) does nothing.
    m_undoStack->push(new UndoAdapter(*this, text));
}

void ProjectSession::undoStep()
{
    runStep(false);
}

void ProjectSession::redoStep()
{
    runStep(true);
}

void ProjectSession::runStep(bool forward)
{
    auto change = forward ? m_history->redo() : m_history->undo();
    if (change) {
        notifyChanged(*change);
        return;
    }
    // The core history cleared itself; the stack is mid-undo, so it is cleared once that returns.
    QMetaObject::invokeMethod(m_undoStack, &QUndoStack::clear, Qt::QueuedConnection);
    notifyFailed((forward ? tr("Redo failed: %1") : tr("Undo failed: %1")).arg(change.error().message));
}

void ProjectSession::notifyChanged(const Change& change)
{
    if (change.touches(EntityKind::Reference))
        emit referencesChanged(change.ids(EntityKind::Reference));
    QList<qint64> studies = change.ids(EntityKind::Study);
    for (const qint64 study : std::as_const(studies))
        emit studyChanged(study);
    if (change.touches(EntityKind::Screening))
        emit screeningChanged(change.ids(EntityKind::Screening));
    if (change.touches(EntityKind::Tag))
        emit codebookChanged();
    if (change.touches(EntityKind::TagSpan)) {
        QList<qint64> references;
        for (const core::edit::ChangedEntity& entity : change.entities)
            if (entity.kind == EntityKind::Reference && entity.fields.contains(QStringLiteral("tag_spans")))
                references << entity.id;
        emit evidenceChanged(references);
    }
    if (change.touches(EntityKind::Duplicate))
        emit duplicatesChanged();
    if (change.touches(EntityKind::Setting))
        emit settingsChanged();
    emit changeApplied(change);
}

void ProjectSession::notifyReloaded()
{
    emit reloaded();
}

void ProjectSession::notifyFailed(const QString& message)
{
    emit editFailed(message);
}

} // namespace stemma::ui
