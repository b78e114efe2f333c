// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/UndoAdapter.h"

#include "core/db/ReferenceRepository.h"
#include "core/edit/SetReferenceField.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QUndoStack>

using namespace stemma;
using core::edit::ReferenceField;
using core::edit::SetReferenceField;

namespace {

class UndoAdapterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        core::Reference reference;
        reference.title = QStringLiteral("Before");
        auto stored = project->references().insert(reference);
        ASSERT_TRUE(stored);
        id = *stored;
        session = std::make_unique<ui::ProjectSession>(std::move(project));
    }

    QString title() { return session->project().references().get(id)->title; }

    std::unique_ptr<ui::ProjectSession> session;
    core::ReferenceId id;
};

} // namespace

TEST_F(UndoAdapterTest, PushAppliesAndUndoRedoFollowTheStack)
{
    QSignalSpy changed(session.get(), &ui::ProjectSession::changed);
    ASSERT_TRUE(session->push(std::make_unique<SetReferenceField>(id, ReferenceField::Title, QStringLiteral("After"))));
    EXPECT_EQ(title(), QStringLiteral("After"));
    EXPECT_EQ(session->undoStack()->undoText(), QStringLiteral("Edit title"));
    session->undoStack()->undo();
    EXPECT_EQ(title(), QStringLiteral("Before"));
    session->undoStack()->redo();
    EXPECT_EQ(title(), QStringLiteral("After"));
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(UndoAdapterTest, FailedEditIsReportedAndLeavesNothingToUndo)
{
    QSignalSpy failed(session.get(), &ui::ProjectSession::editFailed);
    EXPECT_FALSE(session->push(std::make_unique<SetReferenceField>(id, ReferenceField::Year, QStringLiteral("soon"))));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.front().front().toString().contains(QStringLiteral("is not a year")));
    EXPECT_EQ(session->undoStack()->count(), 0);
    EXPECT_FALSE(session->undoStack()->canUndo());
}
