// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReviewProject.h"
#include "core/codebook/DefaultCodebook.h"
#include "core/codebook/EvidenceTagger.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"
#include "ui/codebook/CodebookView.h"
#include "ui/evidence/TagPicker.h"
#include "ui/evidence/TaggedTextView.h"
#include "ui/studies/StudiesView.h"

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace stemma;
using namespace stemma::core;

namespace {

const QString ABSTRACT = QStringLiteral(
    "Randomised trial of 40 patients with diffuse cutaneous SSc given umbilical-cord MSC (1x10^6/kg) or placebo. "
    "mRSS fell from 24.1 to 15.2 at 12 months.");

class EvidenceWorkflowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        ASSERT_TRUE(codebook::seedDefaultCodebook(*project));
        Reference reference;
        reference.title = QStringLiteral("Umbilical-cord MSC in systemic sclerosis");
        reference.abstract = ABSTRACT;
        referenceId = *project->references().insert(reference);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
    }

    ReviewProject& project() { return session->project(); }
    TagId tag(const char* name) { return *codebook::EvidenceTagger::tagNamed(project(), QString::fromLatin1(name)); }

    int rowOf(const ui::StudiesView& view, const QString& field, const QString& value)
    {
        for (int row = 0; row < int(view.pending().size()); ++row) {
            const auto& s = view.pending()[size_t(row)].suggestion;
            if (s.field == field && s.value == value)
                return row;
        }
        return -1;
    }

    std::unique_ptr<ui::ProjectSession> session;
    ReferenceId referenceId;
};

} // namespace

TEST_F(EvidenceWorkflowTest, TagASpanAndFindItInTheEvidenceBrowser)
{
    ui::TaggedTextView text(*session);
    text.showReference(referenceId);
    const int start = int(ABSTRACT.indexOf(QStringLiteral("40 patients")));
    text.selectRange(QStringLiteral("abstract"), start, start + 11);
    EXPECT_EQ(text.textView()->textCursor().selectedText(), QStringLiteral("40 patients"));
    ASSERT_TRUE(text.tagSelection(tag("Patient count")));
    ASSERT_EQ(text.spans().size(), 1u);
    EXPECT_EQ(text.spans()[0].quote, QStringLiteral("40 patients"));
    EXPECT_EQ(text.spans()[0].field, QStringLiteral("abstract"));
    EXPECT_EQ(text.spans()[0].start, start);

    // The browser lists spans of the tag's children too: select "Population".
    ui::CodebookView codebookView(*session);
    // Its count says so: a parent's count takes in its subtags' spans, grandchildren included.
    const auto countOf = [&](const char* name) {
        for (QTreeWidgetItemIterator it(codebookView.tagTree()); *it; ++it)
            if ((*it)->text(0) == QLatin1String(name))
                return (*it)->text(1);
        return QString();
    };
    EXPECT_EQ(countOf("Population"), QStringLiteral("1"));
    EXPECT_EQ(countOf("Patient count"), QStringLiteral("1"));
    EXPECT_EQ(countOf("Intervention"), QStringLiteral("0"));
    const int dose = int(ABSTRACT.indexOf(QStringLiteral("1x10^6/kg")));
    text.selectRange(QStringLiteral("abstract"), dose, dose + 9);
    ASSERT_TRUE(text.tagSelection(tag("Dose")));
    EXPECT_EQ(countOf("Dose"), QStringLiteral("1"));
    EXPECT_EQ(countOf("MSC"), QStringLiteral("1"));
    EXPECT_EQ(countOf("Intervention"), QStringLiteral("1"));
    EXPECT_EQ(countOf("Population"), QStringLiteral("1"));
    session->undoStack()->undo();
    EXPECT_EQ(countOf("Intervention"), QStringLiteral("0"));
    codebookView.selectTag(tag("Population"));
    ASSERT_EQ(codebookView.evidenceList()->topLevelItemCount(), 1);
    const QTreeWidgetItem* row = codebookView.evidenceList()->topLevelItem(0);
    EXPECT_EQ(row->text(0), QStringLiteral("Patient count"));
    EXPECT_EQ(row->text(1), QStringLiteral("40 patients"));
    EXPECT_TRUE(row->text(2).contains(QStringLiteral("trial of [40 patients] with diffuse")));
    EXPECT_EQ(row->text(3), QStringLiteral("Umbilical-cord MSC in systemic sclerosis"));

    ReferenceId opened;
    QObject::connect(&codebookView, &ui::CodebookView::openReferenceRequested, [&](ReferenceId id) { opened = id; });
    emit codebookView.evidenceList()->itemDoubleClicked(codebookView.evidenceList()->topLevelItem(0), 0);
    EXPECT_EQ(opened, referenceId);

    // Undo removes the span everywhere.
    session->undoStack()->undo();
    EXPECT_TRUE(text.spans().empty());
    EXPECT_EQ(codebookView.evidenceList()->topLevelItemCount(), 0);
    session->undoStack()->redo();
    EXPECT_EQ(text.spans().size(), 1u);

    // Removing through the view is undoable too.
    ASSERT_TRUE(
        text.removeSpanAt(int(QStringLiteral("Umbilical-cord MSC in systemic sclerosis").size()) + 2 + start + 3));
    EXPECT_TRUE(text.spans().empty());
    session->undoStack()->undo();
    EXPECT_EQ(text.spans().size(), 1u);
}

TEST_F(EvidenceWorkflowTest, TagPickerCompletesByTypedName)
{
    auto tags = *project().codebook().tags();
    ui::TagPicker picker(tags);
    picker.filterEdit()->setText(QStringLiteral("dose"));
    EXPECT_EQ(picker.chosen(), tag("Dose"));
    EXPECT_EQ(picker.list()->currentItem()->text(), QStringLiteral("Intervention / MSC / Dose"));
    picker.filterEdit()->setText(QStringLiteral("no such tag"));
    EXPECT_FALSE(picker.chosen().isValid());
}

TEST_F(EvidenceWorkflowTest, CodebookEditorAddsRenamesColoursAndDeletes)
{
    ui::CodebookView view(*session);
    const int before = int(project().codebook().tags()->size());
    ASSERT_TRUE(view.addTag(QStringLiteral("Cost"), TagId()));
    const TagId cost = view.currentTag();
    ASSERT_TRUE(cost.isValid());
    ASSERT_TRUE(view.renameTag(cost, QStringLiteral("Costs")));
    ASSERT_TRUE(view.setTagColour(cost, QStringLiteral("#123456")));
    EXPECT_EQ(project().codebook().tag(cost)->name, QStringLiteral("Costs"));
    EXPECT_EQ(project().codebook().tag(cost)->colour, QStringLiteral("#123456"));
    EXPECT_EQ(int(project().codebook().tags()->size()), before + 1);
    // Renaming and recolouring are undoable steps.
    session->undoStack()->undo();
    EXPECT_EQ(project().codebook().tag(cost)->colour, QStringLiteral("#ffd54f"));
    session->undoStack()->undo();
    EXPECT_EQ(project().codebook().tag(cost)->name, QStringLiteral("Cost"));
    session->undoStack()->redo();
    session->undoStack()->redo();
    EXPECT_EQ(project().codebook().tag(cost)->name, QStringLiteral("Costs"));
    ASSERT_TRUE(view.removeTag(cost));
    EXPECT_EQ(int(project().codebook().tags()->size()), before);
}

TEST_F(EvidenceWorkflowTest, FillAStudyWithTwoArmsAndOutcomesFromSuggestionsThenUndo)
{
    ui::StudiesView view(*session);
    ASSERT_TRUE(view.addStudy(QStringLiteral("Cord 2024"), referenceId));
    const StudyId study = view.currentStudy();
    ASSERT_TRUE(study.isValid());
    ASSERT_FALSE(view.pending().empty());
    EXPECT_EQ(view.suggestionTable()->rowCount(), int(view.pending().size()));

    ASSERT_TRUE(view.addArm(QStringLiteral("MSC"), 20));
    const ArmId msc = view.targetArm();
    ASSERT_TRUE(view.addIntervention(InterventionFamily::Msc, QStringLiteral("UC-MSC")));
    ASSERT_TRUE(view.addArm(QStringLiteral("Placebo"), 20));
    ASSERT_TRUE(view.addIntervention(InterventionFamily::Placebo));
    EXPECT_EQ(project().studies().arms(study)->size(), 2u);
    auto interventions = *project().studies().interventionsForStudy(study);
    ASSERT_EQ(interventions.size(), 2u);
    EXPECT_EQ(interventions[0].arm, msc);
    EXPECT_EQ(interventions[0].family, InterventionFamily::Msc);
    EXPECT_EQ(interventions[0].description, QStringLiteral("UC-MSC"));
    EXPECT_EQ(interventions[1].family, InterventionFamily::Placebo);
    EXPECT_EQ(view.structureTree()->topLevelItemCount(), 3); // the study and two arms

    // Patient count: the study field, a tag span and the link.
    const int patients = rowOf(view, QStringLiteral("patients"), QStringLiteral("40"));
    ASSERT_GE(patients, 0);
    ASSERT_TRUE(view.accept(patients));
    EXPECT_EQ(project().studies().get(study)->patientCount, 40);
    auto links = project().codebook().linksFor(QStringLiteral("study"), study.value);
    ASSERT_EQ(links->size(), 1u);
    EXPECT_EQ((*links)[0].field, QStringLiteral("patientCount"));
    EXPECT_EQ(project().codebook().span((*links)[0].span)->quote, QStringLiteral("40 patients"));
    EXPECT_EQ(view.fieldEditor(edit::StudyField::PatientCount)->text(), QStringLiteral("40"));

    // Both mRSS values go to the MSC arm, each with its source span.
    view.setTargetArm(msc);
    const int baseline = rowOf(view, QStringLiteral("outcome"), QStringLiteral("24.1"));
    ASSERT_GE(baseline, 0);
    ASSERT_TRUE(view.accept(baseline));
    const int later = rowOf(view, QStringLiteral("outcome"), QStringLiteral("15.2"));
    ASSERT_GE(later, 0);
    ASSERT_TRUE(view.accept(later));
    auto results = *project().outcomes().resultsForStudy(study);
    ASSERT_EQ(results.size(), 2u);
    for (const OutcomeResult& result : results) {
        EXPECT_EQ(result.arm, msc);
        EXPECT_TRUE(result.sourceSpan.isValid());
        EXPECT_EQ(project().codebook().span(result.sourceSpan)->tag, tag("mRSS"));
    }
    EXPECT_EQ(rowOf(view, QStringLiteral("outcome"), QStringLiteral("24.1")), -1);

    // Rejecting only hides a suggestion.
    const int count = int(view.pending().size());
    view.reject(0);
    EXPECT_EQ(int(view.pending().size()), count - 1);

    // One undo takes back one accepted suggestion with its span.
    session->undoStack()->undo();
    EXPECT_EQ(project().outcomes().resultsForStudy(study)->size(), 1u);
    session->undoStack()->undo();
    EXPECT_TRUE(project().outcomes().resultsForStudy(study)->empty());
    session->undoStack()->undo();
    EXPECT_FALSE(project().studies().get(study)->patientCount.has_value());
    EXPECT_TRUE(project().codebook().linksFor(QStringLiteral("study"), study.value)->empty());
    EXPECT_TRUE(project().codebook().spansForReference(referenceId)->empty());
    session->undoStack()->redo();
    EXPECT_EQ(project().studies().get(study)->patientCount, 40);
}

TEST_F(EvidenceWorkflowTest, EditingAStudyFieldIsUndoable)
{
    ui::StudiesView view(*session);
    ASSERT_TRUE(view.addStudy(QStringLiteral("Cord 2024"), referenceId));
    QLineEdit* country = view.fieldEditor(edit::StudyField::Country);
    ASSERT_NE(country, nullptr);
    country->setText(QStringLiteral("China"));
    emit country->editingFinished();
    EXPECT_EQ(project().studies().get(view.currentStudy())->country, QStringLiteral("China"));
    session->undoStack()->undo();
    EXPECT_EQ(project().studies().get(view.currentStudy())->country, QString());
    EXPECT_EQ(view.fieldEditor(edit::StudyField::Country)->text(), QString());
}
