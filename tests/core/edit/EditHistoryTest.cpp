// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/EditHistory.h"

#include "core/db/AuditRepository.h"
#include "core/edit/AddStudy.h"
#include "core/edit/AddTag.h"
#include "core/edit/EditCommand.h"
#include "core/edit/SetReferenceField.h"
#include "core/edit/SetStudyField.h"
#include "tests/core/edit/EditFixture.h"
#include "tests/support/DatabaseDump.h"

using namespace stemma;
using core::edit::EditHistory;
using core::edit::EntityKind;
using core::edit::ReferenceField;
using core::edit::SetReferenceField;

namespace {

/**
 * Writes a tag, then a second tag under a parent that does not exist: the second insert breaks
 * the codebook's foreign key after the first one has reached the file. Its destructor records
 * that it is gone, so a test can prove the history did not keep it.
 */
class HalfWrittenTag final : public core::edit::EditCommand
{
public:
    explicit HalfWrittenTag(bool* destroyed)
        : m_destroyed(destroyed)
    {
    }
    ~HalfWrittenTag() override { *m_destroyed = true; }

    core::Result<void> apply(core::ReviewProject& project) override
    {
        STEMMA_TRY(project.codebook().insertTag(
            core::Tag{core::TagId(), core::TagId(), QStringLiteral("Written"), {}, {}, 9}));
        auto orphan = project.codebook().insertTag(
            core::Tag{core::TagId(), core::TagId(987654), QStringLiteral("Orphan"), {}, {}, 0});
        if (!orphan)
            return orphan.error();
        return {};
    }
    core::Result<void> revert(core::ReviewProject&) override { return {}; }
    QString text() const override { return QStringLiteral("Half-written tag"); }
    core::edit::Change change() const override { return {}; }

private:
    bool* m_destroyed;
};

class EditHistoryTest : public test::EditFixture
{
protected:
    void SetUp() override
    {
        EditFixture::SetUp();
        history = std::make_unique<EditHistory>(*project);
        history->setActor(QStringLiteral("Ana"));
    }
    void TearDown() override { history.reset(); }

    QString title() { return project->references().get(referenceId)->title; }
    auto editTitle(const QString& text)
    {
        return history->push(std::make_unique<SetReferenceField>(referenceId, ReferenceField::Title, text));
    }

    std::unique_ptr<EditHistory> history;
};

} // namespace

TEST_F(EditHistoryTest, PushAppliesAndWritesOneAuditEntryNamingWhoAndWhat)
{
    const auto before = project->audit().list();
    ASSERT_TRUE(before);
    auto change = editTitle(QStringLiteral("MSC in SSc"));
    ASSERT_TRUE(change) << change.error().message.toStdString();
    EXPECT_EQ(title(), QStringLiteral("MSC in SSc"));
    ASSERT_EQ(change->entities.size(), 1);
    EXPECT_EQ(change->entities.front().kind, EntityKind::Reference);
    EXPECT_EQ(change->entities.front().id, referenceId.value);
    EXPECT_EQ(change->entities.front().fields, QStringList{QStringLiteral("title")});

    auto after = project->audit().list();
    ASSERT_TRUE(after);
    ASSERT_EQ(after->size(), before->size() + 1);
    const core::AuditEntry& entry = after->front();
    EXPECT_EQ(entry.actor, QStringLiteral("Ana"));
    EXPECT_EQ(entry.action, QStringLiteral("edit"));
    EXPECT_EQ(entry.entity, QStringLiteral("reference"));
    EXPECT_EQ(entry.entityId, referenceId.value);
    EXPECT_EQ(entry.detail, QStringLiteral("Edit title"));
    EXPECT_TRUE(entry.at.isValid());
}

TEST_F(EditHistoryTest, PushReturnsTheIdOfWhatItCreated)
{
    core::Study study;
    study.label = QStringLiteral("Second 2021");
    auto change = history->push(std::make_unique<core::edit::AddStudy>(study));
    ASSERT_TRUE(change);
    const core::StudyId created(change->createdId(EntityKind::Study));
    ASSERT_TRUE(created.isValid());
    auto stored = project->studies().get(created);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->label, QStringLiteral("Second 2021"));
}

TEST_F(EditHistoryTest, FailedPushLeavesTheFileAndTheHistoryUnchangedAndDropsTheCommand)
{
    ASSERT_TRUE(editTitle(QStringLiteral("First")));
    const QStringList before = test::dumpTables(*project);
    const auto auditBefore = project->audit().list();
    bool destroyed = false;

    auto change = history->push(std::make_unique<HalfWrittenTag>(&destroyed));

    ASSERT_FALSE(change);
    EXPECT_TRUE(destroyed) << "the history kept a command that failed";
    EXPECT_EQ(test::dumpTables(*project), before) << "the first tag of the failed command stayed in the file";
    EXPECT_EQ(project->audit().list()->size(), auditBefore->size());
    EXPECT_EQ(history->count(), 1u);
    EXPECT_EQ(history->index(), 1u);
    EXPECT_EQ(history->undoText(), QStringLiteral("Edit title"));
    // The step below is still the one undone next.
    ASSERT_TRUE(history->undo());
    EXPECT_EQ(title(), QStringLiteral("MSC in systemic sclerosis"));
}

TEST_F(EditHistoryTest, FailedPushKeepsTheRedoSteps)
{
    ASSERT_TRUE(editTitle(QStringLiteral("First")));
    ASSERT_TRUE(history->undo());
    bool destroyed = false;
    ASSERT_FALSE(history->push(std::make_unique<HalfWrittenTag>(&destroyed)));
    EXPECT_TRUE(history->canRedo());
    ASSERT_TRUE(history->redo());
    EXPECT_EQ(title(), QStringLiteral("First"));
}

TEST_F(EditHistoryTest, UndoAndRedoRestoreIdenticalContentsAndAreAudited)
{
    const QStringList original = test::dumpTables(*project);
    core::Study study;
    study.label = QStringLiteral("Added");
    ASSERT_TRUE(history->push(std::make_unique<core::edit::AddStudy>(study)));
    const QStringList applied = test::dumpTables(*project);
    ASSERT_NE(applied, original);

    auto undone = history->undo();
    ASSERT_TRUE(undone);
    EXPECT_EQ(test::dumpTables(*project), original);
    ASSERT_EQ(undone->entities.size(), 1);
    EXPECT_EQ(undone->entities.front().operation, core::edit::Operation::Removed);

    auto redone = history->redo();
    ASSERT_TRUE(redone);
    EXPECT_EQ(test::dumpTables(*project), applied);
    EXPECT_EQ(redone->entities.front().operation, core::edit::Operation::Created);

    auto log = project->audit().list(core::db::AuditQuery{3, {}, 0});
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 3u);
    EXPECT_EQ(log->at(0).action, QStringLiteral("redo"));
    EXPECT_EQ(log->at(1).action, QStringLiteral("undo"));
    EXPECT_EQ(log->at(2).action, QStringLiteral("edit"));
}

TEST_F(EditHistoryTest, RepeatedEditsOfOneFieldMergeIntoOneStep)
{
    ASSERT_TRUE(editTitle(QStringLiteral("M")));
    ASSERT_TRUE(editTitle(QStringLiteral("MS")));
    ASSERT_TRUE(editTitle(QStringLiteral("MSC")));
    EXPECT_TRUE(history->lastPushMerged());
    EXPECT_EQ(history->count(), 1u);
    ASSERT_TRUE(history->undo());
    EXPECT_EQ(title(), QStringLiteral("MSC in systemic sclerosis"));
    ASSERT_TRUE(history->redo());
    EXPECT_EQ(title(), QStringLiteral("MSC"));
}

TEST_F(EditHistoryTest, EditsOfDifferentFieldsStayApart)
{
    ASSERT_TRUE(editTitle(QStringLiteral("New title")));
    ASSERT_TRUE(
        history->push(std::make_unique<SetReferenceField>(referenceId, ReferenceField::Year, QStringLiteral("2020"))));
    ASSERT_TRUE(history->push(
        std::make_unique<core::edit::SetStudyField>(studyId, core::edit::StudyField::Title, QStringLiteral("Pilot"))));
    EXPECT_EQ(history->count(), 3u);
    ASSERT_TRUE(history->undo());
    ASSERT_TRUE(history->undo());
    EXPECT_EQ(title(), QStringLiteral("New title"));
}

TEST_F(EditHistoryTest, AGroupIsOneStepAndOneTransaction)
{
    const QStringList original = test::dumpTables(*project);
    ASSERT_TRUE(history->beginGroup(QStringLiteral("Accept value")));
    auto tag = history->push(std::make_unique<core::edit::AddTag>(
        core::Tag{core::TagId(), core::TagId(), QStringLiteral("Donor"), {}, {}, 5}));
    ASSERT_TRUE(tag);
    ASSERT_TRUE(editTitle(QStringLiteral("Grouped")));
    bool destroyed = false;
    EXPECT_FALSE(history->push(std::make_unique<HalfWrittenTag>(&destroyed))); // left out, the rest stays
    auto group = history->endGroup();
    ASSERT_TRUE(group);
    EXPECT_EQ(group->createdId(EntityKind::Tag), tag->createdId(EntityKind::Tag));
    EXPECT_TRUE(group->touches(EntityKind::Reference));
    EXPECT_EQ(history->count(), 1u);
    EXPECT_EQ(history->undoText(), QStringLiteral("Accept value"));
    const QStringList grouped = test::dumpTables(*project);

    ASSERT_TRUE(history->undo());
    EXPECT_EQ(test::dumpTables(*project), original);
    ASSERT_TRUE(history->redo());
    EXPECT_EQ(test::dumpTables(*project), grouped);
}

TEST_F(EditHistoryTest, AnAbortedGroupLeavesNothing)
{
    const QStringList original = test::dumpTables(*project);
    ASSERT_TRUE(history->beginGroup(QStringLiteral("Abandoned")));
    ASSERT_TRUE(editTitle(QStringLiteral("Gone")));
    history->abortGroup();
    EXPECT_EQ(test::dumpTables(*project), original);
    EXPECT_FALSE(history->canUndo());
}

TEST_F(EditHistoryTest, NothingToUndoIsAnErrorNotACrash)
{
    EXPECT_FALSE(history->undo());
    EXPECT_FALSE(history->redo());
}
