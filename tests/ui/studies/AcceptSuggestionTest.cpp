// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Accepting suggestions in the Studies part fills what an arm already received and a case
// report's patient, instead of adding a new intervention per value or only tagging the text.
#include "core/ReviewProject.h"
#include "core/codebook/DefaultCodebook.h"
#include "core/db/CodebookRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"
#include "ui/studies/InterventionEditor.h"
#include "ui/studies/PatientEditor.h"
#include "ui/studies/StudiesView.h"

#include <gtest/gtest.h>

#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace stemma;
using namespace stemma::core;

namespace {

// Written for these tests; not taken from any article.
const QString TRANSPLANT = QStringLiteral(
    "Twenty patients received autologous HSCT with a CD34-selected graft after mobilisation with cyclophosphamide "
    "2 g/m2 + G-CSF. The conditioning regimen was cyclophosphamide 200 mg/kg + rabbit ATG. HSCT was well "
    "tolerated.");
const QString CASE_REPORT = QStringLiteral(
    "We report a 36-year-old woman with a 10-year history of diffuse cutaneous SSc, refractory to methotrexate and "
    "azathioprine, who received two infusions of allogeneic MSC at 2x10^6/kg.");

class AcceptSuggestionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        ASSERT_TRUE(codebook::seedDefaultCodebook(*project));
        for (const QString& text : {TRANSPLANT, CASE_REPORT}) {
            Reference reference;
            reference.title = QStringLiteral("Report");
            reference.abstract = text;
            references << *project->references().insert(reference);
        }
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        view = std::make_unique<ui::StudiesView>(*session);
        view->resize(1200, 800);
        view->show();
    }

    ReviewProject& project() { return session->project(); }

    /** Selects the suggestion's row and presses Accept, as the reviewer does. */
    bool acceptByClick(const QString& field, const QString& value = {})
    {
        for (int row = 0; row < int(view->pending().size()); ++row) {
            const auto& s = view->pending()[size_t(row)].suggestion;
            if (s.field == field && (value.isEmpty() || s.value == value)) {
                const int before = int(view->pending().size());
                view->suggestionTable()->setCurrentCell(row, 0);
                QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("acceptSuggestionButton")),
                                  Qt::LeftButton);
                return int(view->pending().size()) == before - 1;
            }
        }
        ADD_FAILURE() << "no suggestion " << field.toStdString() << " " << value.toStdString();
        return false;
    }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::StudiesView> view;
    QList<ReferenceId> references;
};

} // namespace

TEST_F(AcceptSuggestionTest, TransplantStepsFillTheHsctArmsOneIntervention)
{
    ASSERT_TRUE(view->addStudy(QStringLiteral("Transplant 2024"), references[0]));
    ASSERT_TRUE(view->addArm(QStringLiteral("HSCT"), 20));
    const ArmId arm = view->targetArm();
    ASSERT_TRUE(view->addIntervention(InterventionFamily::Hsct));

    // "HSCT" is named twice in the text but offered once.
    int families = 0;
    for (const auto& pending : view->pending())
        families += pending.suggestion.field == QLatin1String("intervention_family") ? 1 : 0;
    EXPECT_EQ(families, 1);

    view->setTargetArm(arm);
    ASSERT_TRUE(acceptByClick(QStringLiteral("donor"), QStringLiteral("autologous")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("mobilisation")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("conditioning")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("cd34_selection")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("intervention_family"), QStringLiteral("hsct")));

    const auto interventions = *project().studies().interventions(arm);
    ASSERT_EQ(interventions.size(), 1u);
    const Intervention& hsct = interventions[0];
    EXPECT_EQ(hsct.family, InterventionFamily::Hsct);
    EXPECT_EQ(hsct.donor, DonorType::Autologous);
    EXPECT_EQ(hsct.mobilisation, QStringLiteral("cyclophosphamide 2 g/m2 + G-CSF"));
    EXPECT_EQ(hsct.conditioning, QStringLiteral("cyclophosphamide 200 mg/kg + rabbit ATG"));
    EXPECT_EQ(hsct.cd34Selection, true);
    // The family is linked to both places "HSCT" is written.
    int familyLinks = 0;
    // Held in a variable: a range-for over *temporary() would read the Result after it is destroyed.
    const auto links = project().codebook().linksFor(QStringLiteral("intervention"), hsct.id.value);
    ASSERT_TRUE(links);
    for (const auto& link : *links)
        familyLinks += link.field == QLatin1String("family") ? 1 : 0;
    EXPECT_EQ(familyLinks, 2);
    // The editor shows the intervention that was filled.
    EXPECT_EQ(view->interventionEditor()->intervention(), hsct.id);

    // Each accept is one undo step.
    session->undoStack()->undo();
    session->undoStack()->undo();
    EXPECT_FALSE(project().studies().intervention(hsct.id)->cd34Selection.has_value());
    session->undoStack()->undo();
    EXPECT_TRUE(project().studies().intervention(hsct.id)->conditioning.isEmpty());
    EXPECT_EQ(project().studies().interventions(arm)->size(), 1u);
}

TEST_F(AcceptSuggestionTest, ConditioningOnAnArmWithoutATransplantAddsAnHsctIntervention)
{
    ASSERT_TRUE(view->addStudy(QStringLiteral("Transplant 2024"), references[0]));
    ASSERT_TRUE(view->addArm(QStringLiteral("HSCT"), 20));
    const ArmId arm = view->targetArm();
    ASSERT_TRUE(acceptByClick(QStringLiteral("conditioning")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("cd34_selection")));
    const auto interventions = *project().studies().interventions(arm);
    ASSERT_EQ(interventions.size(), 1u);
    EXPECT_EQ(interventions[0].family, InterventionFamily::Hsct);
    EXPECT_EQ(interventions[0].cd34Selection, true);
    // Undoing the first accept removes the intervention it added.
    session->undoStack()->undo();
    session->undoStack()->undo();
    EXPECT_TRUE(project().studies().interventions(arm)->empty());
}

TEST_F(AcceptSuggestionTest, CaseReportFactsFillItsPatientAndItsMscIntervention)
{
    ASSERT_TRUE(view->addStudy(QStringLiteral("Case 2024"), references[1]));
    ASSERT_TRUE(view->setField(edit::StudyField::Design, QStringLiteral("case-report")));
    ASSERT_TRUE(view->addArm(QStringLiteral("MSC"), 1));
    const ArmId arm = view->targetArm();

    ASSERT_TRUE(acceptByClick(QStringLiteral("age")));
    auto patients = *project().patients().list(view->currentStudy());
    ASSERT_EQ(patients.size(), 1u); // added for the case report
    const PatientId patient = patients[0].id;
    EXPECT_EQ(patients[0].ageYears, 36.0);
    EXPECT_EQ(view->patientEditor()->patient(), patient);
    ASSERT_TRUE(acceptByClick(QStringLiteral("sex")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("disease_duration")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("prior_therapy"), QStringLiteral("methotrexate")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("prior_therapy"), QStringLiteral("azathioprine")));
    const Patient stored = *project().patients().get(patient);
    EXPECT_EQ(stored.sex, Sex::Female);
    EXPECT_EQ(stored.diseaseDurationYears, 10.0);
    EXPECT_EQ(stored.priorTherapies, (QStringList{QStringLiteral("methotrexate"), QStringLiteral("azathioprine")}));
    EXPECT_EQ(project().patients().list(view->currentStudy())->size(), 1u);
    const auto links = *project().codebook().linksFor(QStringLiteral("patient"), patient.value);
    EXPECT_EQ(links.size(), 5u);

    // Dose, donor and infusions are one MSC intervention.
    view->setTargetArm(arm);
    ASSERT_TRUE(acceptByClick(QStringLiteral("dose")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("donor")));
    ASSERT_TRUE(acceptByClick(QStringLiteral("infusions")));
    const auto interventions = *project().studies().interventions(arm);
    ASSERT_EQ(interventions.size(), 1u);
    EXPECT_EQ(interventions[0].family, InterventionFamily::Msc);
    EXPECT_EQ(interventions[0].cellsPerKg, 2e6);
    EXPECT_EQ(interventions[0].donor, DonorType::Allogeneic);
    EXPECT_EQ(interventions[0].infusions, 2);

    // Undo takes back the last prior therapy only.
    for (int i = 0; i < 4; ++i)
        session->undoStack()->undo();
    EXPECT_EQ(project().patients().get(patient)->priorTherapies, QStringList{QStringLiteral("methotrexate")});
}

TEST_F(AcceptSuggestionTest, AnAcceptedValueIsNotOfferedAgainInALaterSitting)
{
    ASSERT_TRUE(view->addStudy(QStringLiteral("Transplant 2024"), references[0]));
    ASSERT_TRUE(view->addArm(QStringLiteral("HSCT"), 20));
    ASSERT_TRUE(view->addIntervention(InterventionFamily::Hsct));
    const auto offered = [&](const QString& field) {
        return std::count_if(view->pending().begin(), view->pending().end(), [&](const auto& pending) {
            return pending.suggestion.field == field;
        });
    };
    ASSERT_EQ(offered(QStringLiteral("cd34_selection")), 1);
    const auto before = view->pending().size();
    ASSERT_TRUE(acceptByClick(QStringLiteral("cd34_selection")));

    // The reviewer closes the part and comes back: a new view reads the study afresh.
    const StudyId study = view->currentStudy();
    view = std::make_unique<ui::StudiesView>(*session);
    view->selectStudy(study);
    EXPECT_EQ(offered(QStringLiteral("cd34_selection")), 0) << "already stored from the same words";
    EXPECT_EQ(view->pending().size(), before - 1) << "every other suggestion is still offered";
}
