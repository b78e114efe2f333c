// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence issue's walk-through in the real window: tag a span of the full text with Ctrl+T and the
// quick-pick palette, find it in the evidence browser, fill a two-arm study from the extractor's
// suggestions, click a value to see its source, edit typed attributes and patient fields, and undo
// with Ctrl+Z.
#include "core/ReviewProject.h"
#include "core/codebook/DefaultCodebook.h"
#include "core/codebook/EvidenceTagger.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/codebook/CodebookView.h"
#include "ui/evidence/TagPicker.h"
#include "ui/evidence/TaggedTextView.h"
#include "ui/studies/InterventionEditor.h"
#include "ui/studies/PatientEditor.h"
#include "ui/studies/StudiesView.h"
#include "ui/widgets/HighlightColours.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <map>

using namespace stemma;
using namespace stemma::core;

namespace {

// Written for these tests; not taken from any article.
const QString TITLE = QStringLiteral("Cord MSC versus placebo in systemic sclerosis");
const QString ABSTRACT = QStringLiteral(
    "Randomised trial of 40 patients with diffuse cutaneous SSc given umbilical-cord MSC (1x10^6/kg) or placebo. "
    "In the MSC group mRSS fell from 24.1 to 15.2 at 12 months; in the placebo group mRSS went from 23.8 to 22.0 "
    "at 12 months.");
const QString FULL_TEXT = QStringLiteral("Methods\n\nEach patient in the MSC group received a single intravenous "
                                         "infusion of 1 x 10^6 cells/kg from an unrelated donor.\n\fResults\n\n"
                                         "No patient died during follow-up.");

class EvidenceGuiWorkflowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        ASSERT_TRUE(codebook::seedDefaultCodebook(*project));
        Reference reference;
        reference.title = TITLE;
        reference.abstract = ABSTRACT;
        referenceId = *project->references().insert(reference);
        ASSERT_TRUE(project->references().addFullText(FullText{FullTextId(),
                                                               referenceId,
                                                               QStringLiteral("trial.pdf"),
                                                               QStringLiteral("application/pdf"),
                                                               QByteArray("%PDF-1.4"),
                                                               FULL_TEXT}));
        window = std::make_unique<ui::MainWindow>();
        window->setProject(std::move(project));
        window->resize(1400, 900);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        // Shortcuts (Ctrl+T, Ctrl+Z) only reach an active window.
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    void TearDown() override
    {
        if (window && window->session())
            window->session()->undoStack()->clear();
    }

    ReviewProject& project() { return *window->project(); }
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

    /**
     * Answers the quick-pick palette, once it is open, by typing \a text and pressing Enter (twice at
     * most: the first may only take the completer's suggestion). Polls so it works however soon the
     * palette opens; closes it as a last resort so a broken palette fails the test instead of hanging it.
     */
    void answerPickerWith(const QString& text)
    {
        pickerClosedByKeyboard = false;
        auto* timer = new QTimer(window.get());
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [this, timer, text] {
            auto* picker = qobject_cast<ui::TagPicker*>(QApplication::activeModalWidget());
            if (!picker)
                return;
            timer->stop();
            timer->deleteLater();
            QTest::keyClicks(picker->filterEdit(), text);
            for (int i = 0; i < 2 && picker->isVisible(); ++i)
                QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
            pickerClosedByKeyboard = !picker->isVisible();
            if (picker->isVisible())
                picker->accept();
        });
        timer->start();
    }

    /** Presses Ctrl+\a key on \a widget after giving it the focus, as a reviewer at the keyboard would. */
    void pressControl(QWidget* widget, Qt::Key key)
    {
        // A closed dialog hands activation back asynchronously; shortcuts need the window active.
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        widget->setFocus();
        QTest::keyClick(widget, key, Qt::ControlModifier);
    }

    std::unique_ptr<ui::MainWindow> window;
    ReferenceId referenceId;
    bool pickerClosedByKeyboard = false;
};

} // namespace

TEST_F(EvidenceGuiWorkflowTest, TagFullTextWithShortcutAndFindItInTheBrowser)
{
    window->setCurrentPart(ui::MainWindow::Part::Studies);
    ui::StudiesView* studies = window->studiesView();
    ASSERT_TRUE(studies->addStudy(QStringLiteral("Cord 2024"), referenceId));
    ui::TaggedTextView* source = studies->sourceView();
    ASSERT_TRUE(source->hasFullText());
    EXPECT_TRUE(source->tabs()->isTabEnabled(1));

    // Select the dose in the full text and press Ctrl+T; type "dose" in the palette and press Enter.
    const int start = int(FULL_TEXT.indexOf(QStringLiteral("1 x 10^6 cells/kg")));
    source->selectRange(QStringLiteral("fulltext"), start, start + 17);
    EXPECT_EQ(source->tabs()->currentWidget(), source->fullTextView());
    EXPECT_EQ(source->fullTextView()->textCursor().selectedText(), QStringLiteral("1 x 10^6 cells/kg"));
    answerPickerWith(QStringLiteral("dose"));
    pressControl(source->fullTextView(), Qt::Key_T);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !project().codebook().spansForTag(tag("Dose"))->empty(); }, 3000));
    EXPECT_TRUE(pickerClosedByKeyboard);
    const TagSpan span = project().codebook().spansForTag(tag("Dose"))->front();
    EXPECT_EQ(span.reference, referenceId);
    EXPECT_EQ(span.field, QStringLiteral("fulltext"));
    EXPECT_EQ(span.start, start);
    EXPECT_EQ(span.end, start + 17);
    EXPECT_EQ(span.quote, QStringLiteral("1 x 10^6 cells/kg"));

    // The span is drawn in the tag's colour in the full text.
    QTextCursor cursor(source->fullTextView()->document());
    cursor.setPosition(start + 3);
    EXPECT_EQ(cursor.charFormat().background().color(), QColor(project().codebook().tag(tag("Dose"))->colour));

    // The evidence browser lists it under the tag's ancestors, with the full text around it.
    window->setCurrentPart(ui::MainWindow::Part::Codebook);
    ui::CodebookView* codebookView = window->codebookView();
    codebookView->selectTag(tag("Intervention"));
    QTreeWidget* evidence = codebookView->evidenceList();
    ASSERT_EQ(evidence->topLevelItemCount(), 1);
    EXPECT_EQ(evidence->topLevelItem(0)->text(0), QStringLiteral("Dose"));
    EXPECT_EQ(evidence->topLevelItem(0)->text(1), QStringLiteral("1 x 10^6 cells/kg"));
    EXPECT_TRUE(evidence->topLevelItem(0)->text(2).contains(QStringLiteral("infusion of [1 x 10^6 cells/kg] from")));
    EXPECT_EQ(evidence->topLevelItem(0)->text(3), TITLE);

    // Ctrl+Z in the window takes the span back.
    pressControl(evidence, Qt::Key_Z);
    ASSERT_TRUE(QTest::qWaitFor([&] { return project().codebook().spansForTag(tag("Dose"))->empty(); }, 3000));
    EXPECT_EQ(evidence->topLevelItemCount(), 0);
}

TEST_F(EvidenceGuiWorkflowTest, TagHighlightsFollowADarkPalette)
{
    ui::TaggedTextView view(*window->session());
    view.showReference(referenceId);
    const int start = int(ABSTRACT.indexOf(QStringLiteral("40 patients")));
    view.selectRange(QStringLiteral("abstract"), start, start + 11);
    ASSERT_TRUE(view.tagSelection(tag("Patient count")));
    const QColor tagColour(project().codebook().tag(tag("Patient count"))->colour);
    const auto shownColour = [&] {
        QTextCursor inside(view.textView()->document());
        inside.setPosition(int(TITLE.size()) + 2 + start + 2);
        return inside.charFormat().background().color();
    };
    QPalette light = view.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    view.setPalette(light);
    EXPECT_EQ(shownColour(), tagColour);

    // Dark mode: light text on a dark base gets a darker shade of the tag's colour beneath it.
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    view.setPalette(dark);
    const QColor darkShade = shownColour();
    EXPECT_EQ(darkShade, ui::readableBackground(tagColour, dark));
    EXPECT_LT(darkShade.lightness(), tagColour.lightness());
    EXPECT_LT(darkShade.lightness(), dark.color(QPalette::Text).lightness() - 80) << "light text stays readable";
}

TEST_F(EvidenceGuiWorkflowTest, RemoveATagFromTheContextMenuAction)
{
    ui::TaggedTextView view(*window->session());
    view.showReference(referenceId);
    const int start = int(ABSTRACT.indexOf(QStringLiteral("40 patients")));
    view.selectRange(QStringLiteral("abstract"), start, start + 11);
    answerPickerWith(QStringLiteral("patient count"));
    view.findChild<QAction*>(QStringLiteral("tagSelectionAction"))->trigger();
    EXPECT_TRUE(pickerClosedByKeyboard);
    ASSERT_EQ(view.spans().size(), 1u);
    EXPECT_EQ(view.spans()[0].tag, tag("Patient count"));
    EXPECT_EQ(view.spans()[0].quote, QStringLiteral("40 patients"));
    // A reload while the cursor sits inside a highlight must not paint the rest of the text.
    view.selectRange(QStringLiteral("abstract"), start + 1, start + 3);
    window->session()->notifyReloaded();
    QTextCursor outside(view.textView()->document());
    outside.setPosition(int(TITLE.size()) + 2 + start + 20);
    EXPECT_EQ(outside.charFormat().background().style(), Qt::NoBrush);
    QTextCursor inside(view.textView()->document());
    inside.setPosition(int(TITLE.size()) + 2 + start + 2);
    EXPECT_EQ(inside.charFormat().background().style(), Qt::SolidPattern);
    // Nothing selected across title and abstract can be tagged.
    view.selectRange(QStringLiteral("title"), 0, 4);
    QTextCursor across = view.textView()->textCursor();
    across.setPosition(2);
    across.setPosition(int(TITLE.size()) + 5, QTextCursor::KeepAnchor);
    view.textView()->setTextCursor(across);
    EXPECT_FALSE(view.tagSelection(tag("Population")));
    ASSERT_TRUE(view.removeSpanAt(int(TITLE.size()) + 2 + start + 1));
    EXPECT_TRUE(view.spans().empty());
}

TEST_F(EvidenceGuiWorkflowTest, FillATwoArmStudyFromSuggestionsClickAValueAndUndo)
{
    window->setCurrentPart(ui::MainWindow::Part::Studies);
    ui::StudiesView* studies = window->studiesView();
    ASSERT_TRUE(studies->addStudy(QStringLiteral("Cord 2024"), referenceId));
    const StudyId study = studies->currentStudy();

    // Two arms, each with what it received; the intervention editor opens on the new intervention.
    ASSERT_TRUE(studies->addArm(QStringLiteral("MSC"), 20));
    const ArmId msc = studies->targetArm();
    ASSERT_TRUE(studies->addIntervention(InterventionFamily::Msc, QStringLiteral("UC-MSC")));
    ui::InterventionEditor* editor = studies->interventionEditor();
    ASSERT_TRUE(editor->intervention().isValid());
    ASSERT_TRUE(editor->isVisibleTo(studies));
    auto* sourceBox = qobject_cast<QComboBox*>(editor->editor(edit::InterventionField::MscSource));
    ASSERT_NE(sourceBox, nullptr);
    sourceBox->setCurrentIndex(sourceBox->findData(QStringLiteral("umbilical-cord")));
    emit sourceBox->activated(sourceBox->currentIndex());
    auto* dose = qobject_cast<QLineEdit*>(editor->editor(edit::InterventionField::CellsPerKg));
    dose->setText(QStringLiteral("1e6"));
    emit dose->editingFinished();
    auto* route = qobject_cast<QLineEdit*>(editor->editor(edit::InterventionField::Route));
    route->setText(QStringLiteral("intravenous"));
    emit route->editingFinished();
    const Intervention mscIntervention = project().studies().interventionsForStudy(study)->front();
    EXPECT_EQ(mscIntervention.mscSource, MscSource::UmbilicalCord);
    EXPECT_EQ(mscIntervention.cellsPerKg, 1e6);
    EXPECT_EQ(mscIntervention.route, QStringLiteral("intravenous"));
    // The editor stays on the intervention while it is edited.
    EXPECT_EQ(editor->intervention(), mscIntervention.id);

    ASSERT_TRUE(studies->addArm(QStringLiteral("Placebo"), 20));
    const ArmId placebo = studies->targetArm();
    ASSERT_TRUE(studies->addIntervention(InterventionFamily::Placebo));
    auto* drugs = qobject_cast<QLineEdit*>(editor->editor(edit::InterventionField::Drugs));
    ASSERT_TRUE(drugs->isVisibleTo(editor));
    EXPECT_FALSE(dose->isVisibleTo(editor));
    drugs->setText(QStringLiteral("saline"));
    emit drugs->editingFinished();
    EXPECT_EQ(project().studies().interventions(placebo)->front().drugs, QStringLiteral("saline"));

    // Outcomes from the suggestions: each arm's two mRSS values go to that arm with their spans.
    const int patients = rowOf(*studies, QStringLiteral("patients"), QStringLiteral("40"));
    ASSERT_GE(patients, 0);
    ASSERT_TRUE(studies->accept(patients));
    studies->setTargetArm(msc);
    for (const char* value : {"24.1", "15.2"}) {
        const int row = rowOf(*studies, QStringLiteral("outcome"), QString::fromLatin1(value));
        ASSERT_GE(row, 0) << value;
        ASSERT_TRUE(studies->accept(row));
    }
    studies->setTargetArm(placebo);
    for (const char* value : {"23.8", "22"}) {
        const int row = rowOf(*studies, QStringLiteral("outcome"), QString::fromLatin1(value));
        ASSERT_GE(row, 0) << value;
        ASSERT_TRUE(studies->accept(row));
    }
    auto results = *project().outcomes().resultsForStudy(study);
    ASSERT_EQ(results.size(), 4u);
    std::map<qint64, QList<double>> byArm;
    for (const OutcomeResult& result : results) {
        ASSERT_TRUE(result.sourceSpan.isValid());
        const TagSpan span = *project().codebook().span(result.sourceSpan);
        EXPECT_EQ(span.tag, tag("mRSS"));
        EXPECT_EQ(span.field, QStringLiteral("abstract"));
        EXPECT_EQ(span.quote, ABSTRACT.mid(span.start, span.end - span.start));
        auto links = *project().codebook().linksFor(QStringLiteral("outcome_result"), result.id.value);
        ASSERT_EQ(links.size(), 1u);
        EXPECT_EQ(links[0].span, result.sourceSpan);
        byArm[result.arm.value] << *result.value;
    }
    EXPECT_EQ(byArm[msc.value], (QList<double>{24.1, 15.2}));
    EXPECT_EQ(byArm[placebo.value], (QList<double>{23.8, 22.0}));

    // Clicking a value shows the text it came from, selected and highlighted.
    const auto found =
        std::find_if(results.begin(), results.end(), [](const OutcomeResult& r) { return r.value == 23.8; });
    ASSERT_NE(found, results.end());
    const OutcomeResult placeboBaseline = *found;
    const TagSpan placeboSpan = *project().codebook().span(placeboBaseline.sourceSpan);
    studies->sourceView()->selectRange(QStringLiteral("fulltext"), 0, 3);
    ASSERT_TRUE(studies->selectItem(QStringLiteral("outcome_result"), placeboBaseline.id.value));
    ui::TaggedTextView* source = studies->sourceView();
    EXPECT_EQ(source->tabs()->currentWidget(), source->textView());
    const auto [field, from, to] = source->selection();
    EXPECT_EQ(field, QStringLiteral("abstract"));
    EXPECT_EQ(from, placeboSpan.start);
    EXPECT_EQ(to, placeboSpan.end);
    EXPECT_EQ(placeboSpan.quote, QStringLiteral("mRSS went from 23.8"));
    EXPECT_EQ(source->textView()->textCursor().selectedText(), placeboSpan.quote);
    QTextCursor inSpan(source->textView()->document());
    inSpan.setPosition(int(TITLE.size()) + 2 + placeboSpan.start + 1);
    EXPECT_EQ(inSpan.charFormat().background().color(), QColor(project().codebook().tag(tag("mRSS"))->colour));

    // Ctrl+Z takes back the last accepted value with its span; the earlier ones stay.
    pressControl(studies->structureTree(), Qt::Key_Z);
    ASSERT_TRUE(QTest::qWaitFor([&] { return project().outcomes().resultsForStudy(study)->size() == 3u; }, 3000));
    EXPECT_TRUE(project().codebook().span(placeboSpan.id));
    const auto remaining = *project().outcomes().resultsForStudy(study);
    for (const OutcomeResult& result : remaining)
        EXPECT_NE(result.value, 22.0);
    EXPECT_EQ(project().codebook().spansForTag(tag("mRSS"))->size(), 3u);
    pressControl(studies->structureTree(), Qt::Key_Z);
    ASSERT_TRUE(QTest::qWaitFor([&] { return project().outcomes().resultsForStudy(study)->size() == 2u; }, 3000));
    EXPECT_FALSE(project().codebook().span(placeboSpan.id));
}

TEST_F(EvidenceGuiWorkflowTest, PatientFieldsAndBaselineValuesAreUndoable)
{
    window->setCurrentPart(ui::MainWindow::Part::Studies);
    ui::StudiesView* studies = window->studiesView();
    ASSERT_TRUE(studies->addStudy(QStringLiteral("Case 2024"), referenceId));
    ASSERT_TRUE(studies->addArm(QStringLiteral("MSC"), 1));
    ASSERT_TRUE(studies->addPatient(QStringLiteral("1")));
    ui::PatientEditor* editor = studies->patientEditor();
    ASSERT_TRUE(editor->patient().isValid());
    const PatientId patient = editor->patient();

    auto* age = qobject_cast<QLineEdit*>(editor->editor(edit::PatientField::Age));
    age->setText(QStringLiteral("36"));
    emit age->editingFinished();
    auto* sex = qobject_cast<QComboBox*>(editor->editor(edit::PatientField::Sex));
    sex->setCurrentIndex(sex->findData(QStringLiteral("female")));
    emit sex->activated(sex->currentIndex());
    auto* duration = qobject_cast<QLineEdit*>(editor->editor(edit::PatientField::DiseaseDuration));
    duration->setText(QStringLiteral("10"));
    emit duration->editingFinished();
    auto* prior = qobject_cast<QLineEdit*>(editor->editor(edit::PatientField::PriorTherapies));
    prior->setText(QStringLiteral("methotrexate; cyclophosphamide"));
    emit prior->editingFinished();
    auto* subtype = qobject_cast<QLineEdit*>(editor->editor(edit::PatientField::Subtype));
    subtype->setText(QStringLiteral("diffuse cutaneous"));
    emit subtype->editingFinished();
    ASSERT_TRUE(editor->addBaselineValue(QStringLiteral("mRSS"), 47));

    const Patient stored = *project().patients().get(patient);
    EXPECT_EQ(stored.ageYears, 36.0);
    EXPECT_EQ(stored.sex, Sex::Female);
    EXPECT_EQ(stored.diseaseDurationYears, 10.0);
    EXPECT_EQ(stored.priorTherapies, (QStringList{QStringLiteral("methotrexate"), QStringLiteral("cyclophosphamide")}));
    EXPECT_EQ(stored.diseaseSubtype, QStringLiteral("diffuse cutaneous"));
    ASSERT_EQ(editor->baselineTable()->rowCount(), 1);
    EXPECT_EQ(editor->baselineTable()->item(0, 0)->text(), QStringLiteral("mRSS"));
    EXPECT_EQ(editor->baselineTable()->item(0, 1)->text(), QStringLiteral("47"));
    auto results = *project().outcomes().resultsForStudy(studies->currentStudy());
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].patient, patient);
    EXPECT_EQ(results[0].statistic, Statistic::IndividualValue);
    EXPECT_EQ(results[0].timepointMonths, 0.0);
    // The tree shows the patient's details.
    bool shown = false;
    for (int i = 0; i < studies->structureTree()->topLevelItemCount(); ++i)
        shown |=
            studies->structureTree()->topLevelItem(i)->text(1) == QStringLiteral("36 y, female, diffuse cutaneous");
    EXPECT_TRUE(shown);

    // Refused text leaves the stored value and shows it again.
    age->setText(QStringLiteral("old"));
    emit age->editingFinished();
    EXPECT_EQ(project().patients().get(patient)->ageYears, 36.0);
    EXPECT_EQ(age->text(), QStringLiteral("36"));

    window->session()->undoStack()->undo(); // the baseline value
    EXPECT_EQ(editor->baselineTable()->rowCount(), 0);
    window->session()->undoStack()->undo(); // the subtype
    window->session()->undoStack()->undo(); // the prior therapies
    EXPECT_TRUE(project().patients().get(patient)->priorTherapies.isEmpty());
    EXPECT_EQ(prior->text(), QString());
    EXPECT_EQ(project().patients().get(patient)->diseaseDurationYears, 10.0);
}

TEST_F(EvidenceGuiWorkflowTest, AcceptingAFullTextSuggestionLinksTheValueToTheFullText)
{
    window->setCurrentPart(ui::MainWindow::Part::Studies);
    ui::StudiesView* studies = window->studiesView();
    ASSERT_TRUE(studies->addStudy(QStringLiteral("Cord 2024"), referenceId));
    ASSERT_TRUE(studies->addArm(QStringLiteral("MSC"), 20));
    // The abstract's "1x10^6/kg" and the full text's "1 x 10^6 cells/kg" are one suggestion with two spans.
    int row = -1;
    for (int i = 0; i < int(studies->pending().size()); ++i)
        if (studies->pending()[size_t(i)].suggestion.field == QLatin1String("dose")) {
            EXPECT_EQ(row, -1) << "the dose is offered once";
            row = i;
        }
    ASSERT_GE(row, 0);
    const auto occurrences = studies->pending()[size_t(row)].occurrences;
    ASSERT_EQ(occurrences.size(), 2);
    EXPECT_EQ(occurrences[0].field, QStringLiteral("abstract"));
    EXPECT_EQ(occurrences[1].field, QStringLiteral("fulltext"));
    EXPECT_TRUE(studies->suggestionTable()->item(row, 3)->text().contains(QStringLiteral("1 more")));
    ASSERT_TRUE(studies->accept(row));

    const auto interventions = *project().studies().interventionsForStudy(studies->currentStudy());
    ASSERT_EQ(interventions.size(), 1u);
    EXPECT_EQ(interventions[0].cellsPerKg, 1e6);
    const auto links = *project().codebook().linksFor(QStringLiteral("intervention"), interventions[0].id.value);
    ASSERT_EQ(links.size(), 2u);
    const TagSpan fullTextSpan = *project().codebook().span(links[1].span);
    EXPECT_EQ(links[1].field, QStringLiteral("cellsPerKg"));
    EXPECT_EQ(fullTextSpan.field, QStringLiteral("fulltext"));
    EXPECT_EQ(fullTextSpan.quote, QStringLiteral("1 x 10^6 cells/kg"));
    EXPECT_EQ(fullTextSpan.tag, tag("Dose"));
    EXPECT_EQ(project().codebook().span(links[0].span)->field, QStringLiteral("abstract"));

    // Clicking the intervention selects the first mention; the full text keeps its highlight.
    ui::TaggedTextView* source = studies->sourceView();
    source->selectRange(QStringLiteral("fulltext"), 0, 3);
    ASSERT_TRUE(studies->selectItem(QStringLiteral("intervention"), interventions[0].id.value));
    EXPECT_EQ(source->tabs()->currentWidget(), source->textView());
    EXPECT_EQ(source->textView()->textCursor().selectedText(), QStringLiteral("1x10^6/kg"));
    EXPECT_EQ(studies->interventionEditor()->intervention(), interventions[0].id);
    QTextCursor inSpan(source->fullTextView()->document());
    inSpan.setPosition(fullTextSpan.start + 2);
    EXPECT_EQ(inSpan.charFormat().background().color(), QColor(project().codebook().tag(tag("Dose"))->colour));
}
