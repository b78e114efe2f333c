// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProjectSession.h"

#include "core/db/CodebookRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "core/edit/AddArm.h"
#include "core/edit/AddTag.h"
#include "core/edit/AddTagSpan.h"
#include "core/edit/SetReferenceField.h"
#include "core/edit/SetStudyField.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QUndoStack>

using namespace stemma;

namespace {

/** Two references and a study; the tests check which ids each notification names. */
class ProjectSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        core::Reference reference;
        reference.title = QStringLiteral("First");
        first = *project->references().insert(reference);
        reference.title = QStringLiteral("Second");
        second = *project->references().insert(reference);
        core::Study study;
        study.label = QStringLiteral("Pilot");
        study.references = {second};
        studyId = *project->studies().insert(study);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
    }

    std::unique_ptr<ui::ProjectSession> session;
    core::ReferenceId first;
    core::ReferenceId second;
    core::StudyId studyId;
};

} // namespace

TEST_F(ProjectSessionTest, ReferenceEditNamesOnlyThatReference)
{
    QSignalSpy references(session.get(), &ui::ProjectSession::referencesChanged);
    QSignalSpy studies(session.get(), &ui::ProjectSession::studyChanged);
    QSignalSpy codebook(session.get(), &ui::ProjectSession::codebookChanged);
    ASSERT_TRUE(session->push(std::make_unique<core::edit::SetReferenceField>(
        second, core::edit::ReferenceField::Title, QStringLiteral("Second, edited"))));
    ASSERT_EQ(references.count(), 1);
    EXPECT_EQ(references.front().front().value<QList<qint64>>(), QList<qint64>{second.value});
    EXPECT_EQ(studies.count(), 0);
    EXPECT_EQ(codebook.count(), 0);

    session->undoStack()->undo();
    ASSERT_EQ(references.count(), 2);
    EXPECT_EQ(references.back().front().value<QList<qint64>>(), QList<qint64>{second.value});
}

TEST_F(ProjectSessionTest, ArmAddedNamesItsStudy)
{
    QSignalSpy studies(session.get(), &ui::ProjectSession::studyChanged);
    QSignalSpy references(session.get(), &ui::ProjectSession::referencesChanged);
    auto added = session->push(
        std::make_unique<core::edit::AddArm>(core::Arm{core::ArmId(), studyId, QStringLiteral("MSC"), 10, {}}));
    ASSERT_TRUE(added);
    EXPECT_GT(added->createdId(core::edit::EntityKind::Arm), 0);
    ASSERT_EQ(studies.count(), 1);
    EXPECT_EQ(studies.front().front().toLongLong(), studyId.value);
    EXPECT_EQ(references.count(), 0);
}

TEST_F(ProjectSessionTest, StudyFieldEditNamesTheStudy)
{
    QSignalSpy studies(session.get(), &ui::ProjectSession::studyChanged);
    ASSERT_TRUE(session->push(
        std::make_unique<core::edit::SetStudyField>(studyId, core::edit::StudyField::Country, QStringLiteral("FR"))));
    ASSERT_EQ(studies.count(), 1);
    EXPECT_EQ(studies.front().front().toLongLong(), studyId.value);
}

TEST_F(ProjectSessionTest, TaggingTextNamesTheReferenceWhoseEvidenceChanged)
{
    QSignalSpy codebook(session.get(), &ui::ProjectSession::codebookChanged);
    QSignalSpy evidence(session.get(), &ui::ProjectSession::evidenceChanged);
    auto tag = session->push(std::make_unique<core::edit::AddTag>(
        core::Tag{core::TagId(), core::TagId(), QStringLiteral("Dose"), {}, {}, 50}));
    ASSERT_TRUE(tag);
    EXPECT_EQ(codebook.count(), 1);
    EXPECT_EQ(evidence.count(), 0);

    core::TagSpan span;
    span.tag = core::TagId(tag->createdId(core::edit::EntityKind::Tag));
    span.reference = first;
    span.field = QStringLiteral("title");
    span.start = 0;
    span.end = 5;
    span.quote = QStringLiteral("First");
    ASSERT_TRUE(session->push(std::make_unique<core::edit::AddTagSpan>(span)));
    ASSERT_EQ(evidence.count(), 1);
    EXPECT_EQ(evidence.front().front().value<QList<qint64>>(), QList<qint64>{first.value});
    EXPECT_EQ(codebook.count(), 1);
}

TEST_F(ProjectSessionTest, FailedPushNotifiesNothingButTheFailure)
{
    QSignalSpy applied(session.get(), &ui::ProjectSession::changeApplied);
    QSignalSpy failed(session.get(), &ui::ProjectSession::editFailed);
    EXPECT_FALSE(session->push(std::make_unique<core::edit::SetStudyField>(
        core::StudyId(999), core::edit::StudyField::Country, QStringLiteral("FR"))));
    EXPECT_EQ(applied.count(), 0);
    EXPECT_EQ(failed.count(), 1);
}
