// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/InterventionEditor.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QUndoStack>

using namespace stemma;
using namespace stemma::core;
using edit::InterventionField;

namespace {

class InterventionEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        Study study;
        study.label = QStringLiteral("Pilot");
        const StudyId studyId = *project->studies().insert(study);
        const ArmId arm = *project->studies().insertArm(Arm{ArmId(), studyId, QStringLiteral("MSC"), 10, {}});
        Intervention intervention;
        intervention.arm = arm;
        intervention.family = InterventionFamily::Msc;
        intervention.cellsPerKg = 1e6;
        interventionId = *project->studies().insertIntervention(intervention);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        editor = std::make_unique<ui::InterventionEditor>(*session);
        editor->setIntervention(interventionId);
    }

    Intervention stored() { return *session->project().studies().intervention(interventionId); }
    QLineEdit* line(InterventionField field) { return qobject_cast<QLineEdit*>(editor->editor(field)); }
    QComboBox* combo(InterventionField field) { return qobject_cast<QComboBox*>(editor->editor(field)); }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::InterventionEditor> editor;
    InterventionId interventionId;
};

} // namespace

TEST_F(InterventionEditorTest, ShowsTheStoredAttributesAndOnlyTheFamilysGroup)
{
    EXPECT_TRUE(editor->isEnabled());
    EXPECT_EQ(line(InterventionField::CellsPerKg)->text(), QStringLiteral("1000000"));
    EXPECT_EQ(combo(InterventionField::Family)->currentData().toString(), QStringLiteral("msc"));
    EXPECT_TRUE(line(InterventionField::CellsPerKg)->isVisibleTo(editor.get()));
    EXPECT_FALSE(line(InterventionField::Conditioning)->isVisibleTo(editor.get()));

    // Switching the family to HSCT shows the transplant attributes instead.
    QComboBox* family = combo(InterventionField::Family);
    family->setCurrentIndex(family->findData(QStringLiteral("hsct")));
    emit family->activated(family->currentIndex());
    EXPECT_EQ(stored().family, InterventionFamily::Hsct);
    EXPECT_TRUE(line(InterventionField::Conditioning)->isVisibleTo(editor.get()));
    EXPECT_FALSE(line(InterventionField::CellsPerKg)->isVisibleTo(editor.get()));
    QComboBox* atg = combo(InterventionField::Atg);
    atg->setCurrentIndex(atg->findData(QStringLiteral("yes")));
    emit atg->activated(atg->currentIndex());
    EXPECT_EQ(stored().atg, true);

    editor->setIntervention(InterventionId());
    EXPECT_FALSE(editor->isEnabled());
    EXPECT_EQ(line(InterventionField::CellsPerKg)->text(), QString());
}

TEST_F(InterventionEditorTest, RefusedTextShowsTheStoredValueAndUndoUpdatesTheEditor)
{
    QLineEdit* dose = line(InterventionField::CellsPerKg);
    dose->setText(QStringLiteral("lots"));
    emit dose->editingFinished();
    EXPECT_EQ(stored().cellsPerKg, 1e6);
    EXPECT_EQ(dose->text(), QStringLiteral("1000000"));
    EXPECT_EQ(session->undoStack()->count(), 0);

    dose->setText(QStringLiteral("2e6"));
    emit dose->editingFinished();
    EXPECT_EQ(stored().cellsPerKg, 2e6);
    // Leaving the field again without a change adds no second step.
    emit dose->editingFinished();
    EXPECT_EQ(session->undoStack()->count(), 1);
    session->undoStack()->undo();
    EXPECT_EQ(stored().cellsPerKg, 1e6);
    EXPECT_EQ(dose->text(), QStringLiteral("1000000"));
}
