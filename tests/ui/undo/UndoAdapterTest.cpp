// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/undo/UndoAdapter.h"

#include "core/db/CodebookRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/edit/AddTagSpan.h"
#include "core/edit/EditHistory.h"
#include "core/edit/SetReferenceField.h"
#include "tests/support/DatabaseDump.h"
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
    auto setField(ReferenceField field, const QString& value)
    {
        return session->push(std::make_unique<SetReferenceField>(id, field, value));
    }

    std::unique_ptr<ui::ProjectSession> session;
    core::ReferenceId id;
};

} // namespace

TEST_F(UndoAdapterTest, PushAppliesAndUndoRedoFollowTheStack)
{
    QSignalSpy changed(session.get(), &ui::ProjectSession::changeApplied);
    ASSERT_TRUE(setField(ReferenceField::Title, QStringLiteral("After")));
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
    EXPECT_FALSE(setField(ReferenceField::Year, QStringLiteral("soon")));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.front().front().toString().contains(QStringLiteral("is not a year")));
    EXPECT_EQ(session->undoStack()->count(), 0);
    EXPECT_FALSE(session->undoStack()->canUndo());
}

TEST_F(UndoAdapterTest, PushBreakingAConstraintLeavesFileStackAndHistoryUnchanged)
{
    ASSERT_TRUE(setField(ReferenceField::Title, QStringLiteral("Kept")));
    const QStringList before = test::dumpTables(session->project());
    QSignalSpy changed(session.get(), &ui::ProjectSession::changeApplied);
    // A span of a tag that does not exist: the insert breaks the span's foreign key.
    core::TagSpan span;
    span.tag = core::TagId(424242);
    span.reference = id;
    span.field = QStringLiteral("title");
    span.start = 0;
    span.end = 4;
    span.quote = QStringLiteral("Kept");
    auto result = session->push(std::make_unique<core::edit::AddTagSpan>(span));
    ASSERT_FALSE(result);
    EXPECT_EQ(test::dumpTables(session->project()), before);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(session->undoStack()->count(), 1);
    EXPECT_EQ(session->undoStack()->index(), 1);
    EXPECT_EQ(session->history().count(), 1u);
    session->undoStack()->undo();
    EXPECT_EQ(title(), QStringLiteral("Before"));
}

TEST_F(UndoAdapterTest, TypingIntoOneFieldIsOneUndoStep)
{
    for (const QString& text : {QStringLiteral("A"), QStringLiteral("Af"), QStringLiteral("Aft")})
        ASSERT_TRUE(setField(ReferenceField::Title, text));
    EXPECT_EQ(session->undoStack()->count(), 1);
    session->undoStack()->undo();
    EXPECT_EQ(title(), QStringLiteral("Before"));
    EXPECT_FALSE(session->history().canUndo());
}

TEST_F(UndoAdapterTest, AMacroIsOneStepOnTheStackAndInTheHistory)
{
    session->beginMacro(QStringLiteral("Two fields"));
    ASSERT_TRUE(setField(ReferenceField::Title, QStringLiteral("T")));
    ASSERT_TRUE(setField(ReferenceField::Year, QStringLiteral("2021")));
    ASSERT_TRUE(session->endMacro());
    EXPECT_EQ(session->undoStack()->count(), 1);
    EXPECT_EQ(session->undoStack()->undoText(), QStringLiteral("Two fields"));
    session->undoStack()->undo();
    EXPECT_EQ(title(), QStringLiteral("Before"));
    EXPECT_FALSE(session->project().references().get(id)->year.has_value());
}

TEST_F(UndoAdapterTest, ClearingTheStackForgetsTheHistory)
{
    ASSERT_TRUE(setField(ReferenceField::Title, QStringLiteral("After")));
    session->undoStack()->clear();
    EXPECT_FALSE(session->history().canUndo());
}
