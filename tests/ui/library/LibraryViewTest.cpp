// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/library/LibraryView.h"

#include "core/db/CodebookRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "tests/support/TestProject.h"
#include "tests/ui/UiTestProject.h"
#include "ui/ProjectSession.h"
#include "ui/library/ReferenceDetailPane.h"
#include "ui/models/ReferenceTableModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace stemma;
using ui::ReferenceTableModel;

namespace {

class LibraryViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        test::addLibraryReferences(*project, 50);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        view = std::make_unique<ui::LibraryView>(*session);
        tester = std::make_unique<QAbstractItemModelTester>(view->model(),
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
        view->resize(1200, 700);
        view->show();
        QApplication::setActiveWindow(view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(view.get()));
    }

    core::ReviewProject& project() { return session->project(); }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::LibraryView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(LibraryViewTest, TypingInTheSearchBoxFiltersTheTable)
{
    EXPECT_EQ(view->model()->rowCount(), 50);
    view->focusSearch();
    QTest::keyClicks(view->searchBox(), QStringLiteral("mesench"));
    // The table follows after a short typing pause.
    ASSERT_TRUE(QTest::qWaitFor([this] { return view->model()->rowCount() == 7; }, 2000));
    for (int row = 0; row < 7; ++row)
        EXPECT_TRUE(view->model()
                        ->index(row, ReferenceTableModel::TitleColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("Mesenchymal")));
    QTest::keyClicks(view->searchBox(), QStringLiteral(" author14"));
    view->applyFilters();
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->referenceId(0), core::ReferenceId(14));
}

TEST_F(LibraryViewTest, SelectingARowShowsItInTheDetailPane)
{
    ui::ReferenceDetailPane* pane = view->detailPane();
    EXPECT_FALSE(pane->tabs()->isVisible());
    ASSERT_TRUE(view->selectReference(core::ReferenceId(7)));
    EXPECT_EQ(pane->referenceId(), core::ReferenceId(7));
    EXPECT_TRUE(pane->tabs()->isVisible());
    const QString text = pane->overview()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Mesenchymal stromal cells, trial 7"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Author7 A, Second B, Third C")));
    EXPECT_TRUE(text.contains(QStringLiteral("Journal 1 7(2):100-110")));
    EXPECT_TRUE(text.contains(QStringLiteral("RESULTS: Skin scores fell.")));
    const QString html = pane->overview()->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("https://doi.org/10.5555/stemma.7")));
    EXPECT_TRUE(html.contains(QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/1007/")));
    EXPECT_EQ(qobject_cast<QLineEdit*>(pane->editor(core::edit::ReferenceField::Year))->text(), QStringLiteral("2007"));
}

TEST_F(LibraryViewTest, SearchWordsAreHighlightedInTheDetailPane)
{
    view->searchBox()->setText(QStringLiteral("coh"));
    view->applyFilters();
    ASSERT_TRUE(view->selectReference(core::ReferenceId(2)));
    const QString html = view->detailPane()->overview()->toHtml();
    const QString highlight = view->detailPane()->palette().color(QPalette::Highlight).name();
    const int at = html.indexOf(QStringLiteral(">cohort<"));
    ASSERT_GE(at, 0) << html.toStdString();
    EXPECT_GE(html.lastIndexOf(highlight, at), 0);
}

TEST_F(LibraryViewTest, YearAndTypeFiltersNarrowTheTable)
{
    view->yearFromBox()->setValue(2005);
    view->yearToBox()->setValue(2006);
    EXPECT_EQ(view->model()->rowCount(), 6);
    const int abstracts = view->typeBox()->findText(QStringLiteral("Conference abstract"));
    ASSERT_GT(abstracts, 0);
    view->typeBox()->setCurrentIndex(abstracts);
    EXPECT_EQ(view->model()->rowCount(), 3);
    EXPECT_FALSE(view->sourceBox()->isEnabled()); // no import batches yet
}

TEST_F(LibraryViewTest, SelectionSurvivesSorting)
{
    ASSERT_TRUE(view->selectReference(core::ReferenceId(12)));
    view->table()->sortByColumn(ReferenceTableModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(view->currentReference(), core::ReferenceId(12));
    const QModelIndex current = view->table()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(view->model()->referenceId(current.row()), core::ReferenceId(12));
}

TEST_F(LibraryViewTest, TabMovesFromSearchToTableToDetail)
{
    ASSERT_TRUE(view->selectReference(core::ReferenceId(1)));
    view->focusSearch();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), view->table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_TRUE(view->detailPane()->isAncestorOf(QApplication::focusWidget()));
}

TEST_F(LibraryViewTest, SourcesListEveryMergedRecordWithRawText)
{
    auto& references = project().references();
    auto batch = references.addBatch(core::ImportBatch{
        {}, QStringLiteral("PubMed"), QStringLiteral("search.nbib"), QStringLiteral("nbib"), {}, {}, 2, 1, 1});
    ASSERT_TRUE(batch);
    ASSERT_TRUE(references.addSource(core::ReferenceSource{{},
                                                           core::ReferenceId(1),
                                                           *batch,
                                                           QStringLiteral("nbib"),
                                                           QStringLiteral("search.nbib"),
                                                           1,
                                                           1,
                                                           QStringLiteral("PMID- 1001\nTI  - first")}));
    ASSERT_TRUE(references.addSource(core::ReferenceSource{{},
                                                           core::ReferenceId(2),
                                                           *batch,
                                                           QStringLiteral("nbib"),
                                                           QStringLiteral("search.nbib"),
                                                           2,
                                                           9,
                                                           QStringLiteral("PMID- 1002\nTI  - duplicate")}));
    ASSERT_TRUE(references.setMergedInto(core::ReferenceId(2), core::ReferenceId(1)));
    session->notifyChanged(core::edit::Change{
        QStringLiteral("Merge"),
        {core::edit::touched(core::edit::EntityKind::Duplicate, 1, core::edit::Operation::Updated)}});

    ASSERT_TRUE(view->selectReference(core::ReferenceId(1)));
    ui::ReferenceDetailPane* pane = view->detailPane();
    QString text = pane->sourcesView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("merged from 1 duplicate record"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("record 2, line 9")));
    EXPECT_TRUE(text.contains(QStringLiteral("via merged duplicate #2")));
    EXPECT_FALSE(text.contains(QStringLiteral("TI  - duplicate")));
    pane->rawRecordToggle()->setChecked(true);
    text = pane->sourcesView()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("TI  - duplicate")));
    EXPECT_TRUE(text.contains(QStringLiteral("TI  - first")));

    // The batch filter finds the survivor through its merged duplicate.
    EXPECT_EQ(view->model()->rowCount(), 49);
    ASSERT_TRUE(view->sourceBox()->isEnabled());
    view->sourceBox()->setCurrentIndex(1);
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->referenceId(0), core::ReferenceId(1));
}

TEST_F(LibraryViewTest, ScreeningAndTagBoxesNarrowTheTable)
{
    auto reviewer = project().reviewers().findOrCreate(QStringLiteral("Ana"));
    ASSERT_TRUE(reviewer);
    for (const int id : {3, 7, 14}) {
        core::ScreeningDecision decision;
        decision.reference = core::ReferenceId(id);
        decision.reviewer = *reviewer;
        decision.verdict = id == 3 ? core::Verdict::Exclude : core::Verdict::Include;
        decision.reason = id == 3 ? QStringLiteral("Wrong population") : QString();
        ASSERT_TRUE(project().screening().recordDecision(decision));
    }
    auto parent = project().codebook().insertTag(core::Tag{{}, {}, QStringLiteral("Zz cell source"), {}, {}, 99});
    ASSERT_TRUE(parent);
    auto child = project().codebook().insertTag(core::Tag{{}, *parent, QStringLiteral("Zz marrow"), {}, {}, 0});
    ASSERT_TRUE(child);
    core::TagSpan span;
    span.tag = *child;
    span.reference = core::ReferenceId(14);
    span.field = QStringLiteral("title");
    span.end = 11;
    span.quote = QStringLiteral("Mesenchymal");
    span.createdAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(project().codebook().insertSpan(span));
    // What tagging announces: the span and the reference whose evidence changed.
    session->notifyChanged(core::edit::Change{
        QStringLiteral("Tag"),
        {core::edit::touched(core::edit::EntityKind::TagSpan, 1, core::edit::Operation::Created),
         core::edit::touched(
             core::edit::EntityKind::Reference, 14, core::edit::Operation::Updated, {QStringLiteral("tag_spans")})}});

    QComboBox* screening = view->screeningBox();
    const int included = screening->findText(QStringLiteral("Title/abstract: included"));
    ASSERT_GT(included, 0);
    screening->setCurrentIndex(included);
    ASSERT_EQ(view->model()->rowCount(), 2);
    EXPECT_EQ(view->model()->referenceId(0), core::ReferenceId(14)); // year 2014 before 2007, newest first
    EXPECT_EQ(view->model()->referenceId(1), core::ReferenceId(7));

    screening->setCurrentIndex(screening->findText(QStringLiteral("Title/abstract: not screened")));
    EXPECT_EQ(view->model()->rowCount(), 47);
    screening->setCurrentIndex(screening->findText(QStringLiteral("Full text: awaiting screening")));
    EXPECT_EQ(view->model()->rowCount(), 2);

    // The parent tag takes in the span tagged with its child; the search narrows further.
    QComboBox* tags = view->tagBox();
    const int parentIndex = tags->findData(parent->value);
    ASSERT_GT(parentIndex, 0);
    EXPECT_TRUE(tags->itemText(tags->findData(child->value)).startsWith(QLatin1Char(' ')));
    tags->setCurrentIndex(parentIndex);
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->referenceId(0), core::ReferenceId(14));
    view->searchBox()->setText(QStringLiteral("haematopoietic"));
    view->applyFilters();
    EXPECT_EQ(view->model()->rowCount(), 0);

    QTest::mouseClick(view->findChild<QPushButton*>(QStringLiteral("resetFiltersPushButton")), Qt::LeftButton);
    EXPECT_EQ(view->model()->rowCount(), 50);
    EXPECT_EQ(screening->currentIndex(), 0);
    EXPECT_EQ(tags->currentIndex(), 0);
}
