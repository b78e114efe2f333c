// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/EditHistory.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/db/AuditRepository.h"
#include "core/db/TransactionGuard.h"
#include "core/edit/EditCommand.h"

namespace stemma::core::edit {

struct EditHistory::Step
{
    QString text;
    std::vector<std::unique_ptr<EditCommand>> commands;
    Change change; ///< what applying the step touches
};

struct EditHistory::Group
{
    std::unique_ptr<Step> step;
    std::unique_ptr<db::TransactionGuard> transaction;
};

EditHistory::EditHistory(ReviewProject& project)
    : m_project(project)
    , m_actor(qEnvironmentVariable("USER", QStringLiteral("reviewer")))
{
}

EditHistory::~EditHistory()
{
    // An open group's transaction must end before the project does; leaving it open loses it.
    abortGroup();
}

Result<void> EditHistory::audit(const QString& action, const Change& change)
{
    AuditEntry entry;
    entry.actor = m_actor;
    entry.action = action;
    if (!change.entities.isEmpty()) {
        entry.entity = toString(change.entities.front().kind);
        entry.entityId = change.entities.front().id;
    }
    entry.detail = change.text;
    auto appended = m_project.audit().append(entry);
    if (!appended)
        return appended.error();
    return {};
}

Result<Change> EditHistory::push(std::unique_ptr<EditCommand> command)
{
    Q_ASSERT(command);
    m_lastPushMerged = false;
    db::TransactionGuard transaction(m_project.database());
    if (auto applied = command->apply(m_project); !applied) {
        // The guard rolls back whatever the command wrote before it failed; the command dies here.
        log::core()->warn("{} failed: {}", command->text(), applied.error().message);
        return applied.error();
    }
    Change change = command->change();
    change.text = command->text();
    STEMMA_TRY(audit(QStringLiteral("edit"), change));
    STEMMA_TRY(transaction.commit());

    if (m_group) {
        m_group->step->change.append(change);
        m_group->step->commands.push_back(std::move(command));
        return change;
    }
    dropRedoSteps();
    if (m_index > 0) {
        Step& top = *m_steps[m_index - 1];
        if (top.commands.size() == 1 && top.commands.front()->mergeWith(*command)) {
            top.change = top.commands.front()->change();
            top.change.text = top.text;
            m_lastPushMerged = true;
            return change;
        }
    }
    auto step = std::make_unique<Step>();
    step->text = change.text;
    step->change = change;
    step->commands.push_back(std::move(command));
    m_steps.push_back(std::move(step));
    m_index = m_steps.size();
    return change;
}

Result<Change> EditHistory::applyStep(Step& step, bool forward)
{
    db::TransactionGuard transaction(m_project.database());
    Change change;
    change.text = step.text;
    Result<void> result;
    if (forward) {
        for (auto& command : step.commands) {
            if (!(result = command->apply(m_project)))
                break;
            change.append(command->change());
        }
    } else {
        for (auto it = step.commands.rbegin(); it != step.commands.rend() && result; ++it)
            result = (*it)->revert(m_project);
        change = step.change.reversed();
    }
    if (result)
        result = audit(forward ? QStringLiteral("redo") : QStringLiteral("undo"), change);
    if (result)
        result = transaction.commit();
    if (!result) {
        // The file is rolled back, but commands of a step that failed halfway may have updated
        // their own state; keeping them would offer undos that no longer match the file.
        log::core()->warn("{} of {} failed: {}", forward ? "redo" : "undo", step.text, result.error().message);
        transaction.rollback();
        clear();
        return makeError(result.error().code,
                         result.error().message + QStringLiteral(" (the undo history was cleared)"));
    }
    if (forward)
        step.change = change;
    return change;
}

Result<Change> EditHistory::undo()
{
    if (!canUndo())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("there is nothing to undo"));
    auto change = applyStep(*m_steps[m_index - 1], false);
    if (change)
        --m_index;
    return change;
}

Result<Change> EditHistory::redo()
{
    if (!canRedo())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("there is nothing to redo"));
    auto change = applyStep(*m_steps[m_index], true);
    if (change)
        ++m_index;
    return change;
}

Result<void> EditHistory::beginGroup(const QString& text)
{
    if (m_group)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a group of edits is already open"));
    auto group = std::make_unique<Group>();
    group->transaction = std::make_unique<db::TransactionGuard>(m_project.database());
    if (!group->transaction->isActive())
        return makeError(ErrorCode::Database, QStringLiteral("could not start a transaction for %1").arg(text));
    group->step = std::make_unique<Step>();
    group->step->text = text;
    group->step->change.text = text;
    m_group = std::move(group);
    return {};
}

Result<Change> EditHistory::endGroup()
{
    if (!m_group)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no group of edits is open"));
    std::unique_ptr<Group> group = std::move(m_group);
    if (auto committed = group->transaction->commit(); !committed)
        return committed.error(); // the guard rolls the group back as it goes
    Change change = group->step->change;
    if (!group->step->commands.empty()) {
        dropRedoSteps();
        m_steps.push_back(std::move(group->step));
        m_index = m_steps.size();
    }
    return change;
}

void EditHistory::abortGroup()
{
    if (!m_group)
        return;
    m_group->transaction->rollback();
    m_group.reset();
}

QString EditHistory::undoText() const
{
    return canUndo() ? m_steps[m_index - 1]->text : QString();
}

QString EditHistory::redoText() const
{
    return canRedo() ? m_steps[m_index]->text : QString();
}

void EditHistory::dropRedoSteps()
{
    m_steps.erase(m_steps.begin() + qsizetype(m_index), m_steps.end());
}

void EditHistory::clear()
{
    m_steps.clear();
    m_index = 0;
}

} // namespace stemma::core::edit
