// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/PatientEditor.h"

#include "core/ReviewProject.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QUndoStack>

using namespace stemma;
using namespace stemma::core;
using edit::PatientField;

namespace {

class PatientEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        Study study;
        study.label = QStringLiteral("Case");
        studyId = *project->studies().insert(study);
        Patient patient;
        patient.study = studyId;
        patient.label = QStringLiteral("1");
        patient.priorTherapies = {QStringLiteral("methotrexate"), QStringLiteral("azathioprine")};
        patientId = *project->patients().insert(patient);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        editor = std::make_unique<ui::PatientEditor>(*session);
        editor->setPatient(patientId);
    }

    Patient stored() { return *session->project().patients().get(patientId); }
    QLineEdit* line(PatientField field) { return qobject_cast<QLineEdit*>(editor->editor(field)); }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::PatientEditor> editor;
    StudyId studyId;
    PatientId patientId;
};

} // namespace

TEST_F(PatientEditorTest, PriorTherapiesShowOnOneLineAndUnchangedTextIsNoEdit)
{
    QLineEdit* prior = line(PatientField::PriorTherapies);
    EXPECT_EQ(prior->text(), QStringLiteral("methotrexate; azathioprine"));
    emit prior->editingFinished();
    EXPECT_EQ(session->undoStack()->count(), 0);
    prior->setText(QStringLiteral("methotrexate; azathioprine; cyclophosphamide"));
    emit prior->editingFinished();
    EXPECT_EQ(stored().priorTherapies.size(), 3);
    EXPECT_EQ(session->undoStack()->count(), 1);
}

TEST_F(PatientEditorTest, BaselineValuesNameThePatientAtMonthZero)
{
    ASSERT_GT(editor->measureBox()->count(), 0);
    EXPECT_GE(editor->measureBox()->findData(QStringLiteral("mRSS")), 0);
    EXPECT_EQ(editor->measureBox()->findData(QStringLiteral("TRM")), -1); // binary measures have no baseline
    ASSERT_TRUE(editor->addBaselineValue(QStringLiteral("FVC"), 62.5));
    EXPECT_FALSE(editor->addBaselineValue(QStringLiteral("NOPE"), 1));
    auto results = *session->project().outcomes().resultsForStudy(studyId);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].patient, patientId);
    EXPECT_FALSE(results[0].arm.isValid());
    EXPECT_EQ(results[0].value, 62.5);
    EXPECT_EQ(results[0].n, 1);
    EXPECT_EQ(results[0].timepointText, QStringLiteral("baseline"));
    ASSERT_EQ(editor->baselineTable()->rowCount(), 1);
    EXPECT_EQ(editor->baselineTable()->item(0, 0)->text(), QStringLiteral("FVC"));
    EXPECT_EQ(editor->baselineTable()->item(0, 1)->text(), QStringLiteral("62.5"));
    session->undoStack()->undo();
    EXPECT_EQ(editor->baselineTable()->rowCount(), 0);
}

TEST_F(PatientEditorTest, SexComboStoresTheChoice)
{
    auto* sex = qobject_cast<QComboBox*>(editor->editor(PatientField::Sex));
    ASSERT_NE(sex, nullptr);
    EXPECT_EQ(sex->currentData().toString(), QStringLiteral("unknown"));
    sex->setCurrentIndex(sex->findData(QStringLiteral("male")));
    emit sex->activated(sex->currentIndex());
    EXPECT_EQ(stored().sex, Sex::Male);
    session->undoStack()->undo();
    EXPECT_EQ(sex->currentData().toString(), QStringLiteral("unknown"));
}
