// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome-result form of the Studies part: add a result to an arm, pick its measure,
// timepoint and summary, type the numbers that summary needs, see and click its source text,
// delete it, and undo each step.
#include "ui/studies/OutcomeResultEditor.h"

#include "core/ReviewProject.h"
#include "core/codebook/DefaultCodebook.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"
#include "ui/evidence/TaggedTextView.h"
#include "ui/studies/StudiesView.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace stemma;
using namespace stemma::core;
using Field = ui::OutcomeResultEditor::Field;

namespace {

// Written for these tests; not taken from any article.
const QString ABSTRACT = QStringLiteral(
    "Ten patients received umbilical-cord MSC. mRSS fell from 24.1 to 15.2 at 12 months; two patients died.");

class OutcomeResultEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        ASSERT_TRUE(codebook::seedDefaultCodebook(*project));
        Reference reference;
        reference.title = QStringLiteral("Cord MSC");
        reference.abstract = ABSTRACT;
        referenceId = *project->references().insert(reference);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        view = std::make_unique<ui::StudiesView>(*session);
        view->resize(1300, 900);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        ASSERT_TRUE(view->addStudy(QStringLiteral("Cord 2024"), referenceId));
        ASSERT_TRUE(view->addArm(QStringLiteral("MSC"), 10));
        arm = view->targetArm();
        editor = view->resultEditor();
    }

    ReviewProject& project() { return session->project(); }
    std::vector<OutcomeResult> results() { return *project().outcomes().resultsForStudy(view->currentStudy()); }

    void type(Field field, const QString& text)
    {
        QLineEdit* line = editor->editor(field);
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    }

    void choose(QComboBox* box, const QVariant& data)
    {
        const int index = box->findData(data);
        ASSERT_GE(index, 0);
        box->setCurrentIndex(index);
        emit box->activated(index);
    }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::StudiesView> view;
    ui::OutcomeResultEditor* editor = nullptr;
    ReferenceId referenceId;
    ArmId arm;
};

} // namespace

TEST_F(OutcomeResultEditorTest, AddAResultAndFillTheNumbersItsStatisticNeeds)
{
    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("addResultButton")), Qt::LeftButton);
    ASSERT_EQ(results().size(), 1u);
    const OutcomeResultId id = results()[0].id;
    EXPECT_EQ(results()[0].arm, arm);
    ASSERT_TRUE(editor->isVisibleTo(view.get()));
    EXPECT_EQ(editor->result(), id);
    EXPECT_FALSE(editor->sourceButton()->isEnabled()); // typed in, not read from a text

    const auto fvc = (*project().outcomes().findByCode(QStringLiteral("FVC")))->id;
    choose(editor->measureBox(), fvc.value);
    type(Field::Timepoint, QStringLiteral("12"));
    // Mean (SD) asks for a mean, an SD and n; quartiles are hidden.
    EXPECT_EQ(editor->labelOf(Field::Value), QStringLiteral("Mean"));
    EXPECT_EQ(editor->labelOf(Field::Spread), QStringLiteral("SD"));
    EXPECT_FALSE(editor->editor(Field::Lower)->isVisibleTo(editor));
    EXPECT_FALSE(editor->editor(Field::Events)->isVisibleTo(editor));
    type(Field::Value, QStringLiteral("71.5"));
    type(Field::Spread, QStringLiteral("9.2"));
    type(Field::N, QStringLiteral("10"));
    type(Field::Note, QStringLiteral("from table 2"));
    OutcomeResult stored = results()[0];
    EXPECT_EQ(stored.measure, fvc);
    EXPECT_EQ(stored.timepointMonths, 12.0);
    EXPECT_EQ(stored.value, 71.5);
    EXPECT_EQ(stored.spread, 9.2);
    EXPECT_EQ(stored.n, 10);
    EXPECT_EQ(stored.note, QStringLiteral("from table 2"));

    // Median (IQR) shows the quartiles and drops the SD it has no place for.
    choose(editor->kindBox(), int(ui::OutcomeResultEditor::Kind::MedianIqr));
    EXPECT_TRUE(editor->editor(Field::Lower)->isVisibleTo(editor));
    EXPECT_FALSE(editor->editor(Field::Spread)->isVisibleTo(editor));
    EXPECT_EQ(editor->labelOf(Field::Upper), QStringLiteral("Upper quartile"));
    type(Field::Lower, QStringLiteral("64"));
    type(Field::Upper, QStringLiteral("80"));
    stored = results()[0];
    EXPECT_EQ(stored.statistic, Statistic::MedianIqr);
    EXPECT_FALSE(stored.spread.has_value());
    EXPECT_EQ(stored.lower, 64.0);
    EXPECT_EQ(stored.upper, 80.0);

    // Change from baseline is a flagged mean with its SD.
    choose(editor->kindBox(), int(ui::OutcomeResultEditor::Kind::Change));
    EXPECT_EQ(editor->labelOf(Field::Value), QStringLiteral("Mean change"));
    type(Field::Value, QStringLiteral("-4.5"));
    type(Field::Spread, QStringLiteral("3"));
    stored = results()[0];
    EXPECT_EQ(stored.statistic, Statistic::MeanSd);
    EXPECT_TRUE(stored.isChangeFromBaseline);
    EXPECT_FALSE(stored.lower.has_value());
    EXPECT_EQ(stored.value, -4.5);

    // Events / total: more events than patients is refused and the stored number shown again.
    choose(editor->kindBox(), int(ui::OutcomeResultEditor::Kind::EventsTotal));
    EXPECT_EQ(editor->labelOf(Field::N), QStringLiteral("Total (n)"));
    type(Field::Events, QStringLiteral("12"));
    EXPECT_FALSE(results()[0].events.has_value());
    EXPECT_EQ(editor->editor(Field::Events)->text(), QString());
    type(Field::Events, QStringLiteral("2"));
    EXPECT_EQ(results()[0].events, 2);
    EXPECT_FALSE(results()[0].value.has_value());
    type(Field::N, QStringLiteral("ten"));
    EXPECT_EQ(results()[0].n, 10);
    EXPECT_EQ(editor->editor(Field::N)->text(), QStringLiteral("10"));

    // Each change was one undo step.
    session->undoStack()->undo(); // events 2
    EXPECT_FALSE(results()[0].events.has_value());
    session->undoStack()->undo(); // the statistic
    EXPECT_TRUE(results()[0].isChangeFromBaseline);
    EXPECT_EQ(editor->kindBox()->currentData().toInt(), int(ui::OutcomeResultEditor::Kind::Change));
    EXPECT_EQ(editor->editor(Field::Value)->text(), QStringLiteral("-4.5"));
}

TEST_F(OutcomeResultEditorTest, AResultFromTheTextShowsItsSourceAndCanBeMovedAndDeleted)
{
    ASSERT_TRUE(view->addArm(QStringLiteral("Placebo"), 10));
    const ArmId placebo = view->targetArm();
    view->setTargetArm(arm);
    int row = -1;
    for (int i = 0; i < int(view->pending().size()); ++i)
        if (view->pending()[size_t(i)].suggestion.field == QLatin1String("outcome") &&
            view->pending()[size_t(i)].suggestion.value == QLatin1String("15.2"))
            row = i;
    ASSERT_GE(row, 0);
    ASSERT_TRUE(view->accept(row));
    ASSERT_EQ(results().size(), 1u);
    const OutcomeResult accepted = results()[0];
    ASSERT_TRUE(view->selectItem(QStringLiteral("outcome_result"), accepted.id.value));
    EXPECT_EQ(editor->result(), accepted.id);
    ASSERT_TRUE(editor->sourceButton()->isEnabled());
    const TagSpan span = *project().codebook().span(accepted.sourceSpan);
    EXPECT_TRUE(editor->sourceButton()->text().contains(span.quote));

    // Clicking the source shows the text highlighted and selected.
    view->sourceView()->selectRange(QStringLiteral("title"), 0, 2);
    QTest::mouseClick(editor->sourceButton(), Qt::LeftButton);
    const auto [field, from, to] = view->sourceView()->selection();
    EXPECT_EQ(field, QStringLiteral("abstract"));
    EXPECT_EQ(from, span.start);
    EXPECT_EQ(to, span.end);
    EXPECT_EQ(view->sourceView()->textView()->textCursor().selectedText(), span.quote);

    // Moving it to the other arm keeps its source.
    choose(editor->ownerBox(), QStringLiteral("arm:%1").arg(placebo.value));
    EXPECT_EQ(results()[0].arm, placebo);
    EXPECT_EQ(results()[0].sourceSpan, accepted.sourceSpan);

    // Delete, then undo: the same result is back with its link.
    QTest::mouseClick(editor->deleteButton(), Qt::LeftButton);
    EXPECT_TRUE(results().empty());
    EXPECT_FALSE(editor->isEnabled());
    session->undoStack()->undo();
    ASSERT_EQ(results().size(), 1u);
    EXPECT_EQ(results()[0].id, accepted.id);
    EXPECT_EQ(project().codebook().linksFor(QStringLiteral("outcome_result"), accepted.id.value)->size(), 1u);
    session->undoStack()->undo();
    EXPECT_EQ(results()[0].arm, arm);
}
