// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareFilters.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"
#include "core/demo/DemoProjectBuilder.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/compare/CompareView.h"
#include "ui/studies/StudiesView.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace stemma;
using core::compare::ComparisonRow;

namespace {

constexpr int STUDIES = 1;
constexpr int NOTE = 7;

class CompareFiltersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = core::ReviewProject::openInMemory();
        ASSERT_TRUE(project);
        ASSERT_TRUE(core::demo::buildDemoProject(**project));
        session = std::make_unique<ui::ProjectSession>(std::move(*project));
        view = std::make_unique<ui::CompareView>(*session);
        view->resize(1400, 900);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    }

    void chooseOutcome(const char* code)
    {
        const int index = view->outcomeCombo()->findData(QString::fromLatin1(code));
        ASSERT_GE(index, 0) << code;
        view->outcomeCombo()->setCurrentIndex(index);
    }

    int rowOf(const QString& label) const
    {
        for (int row = 0; row < view->rowsTable()->rowCount(); ++row)
            if (view->rowsTable()->item(row, 0)->text() == label)
                return row;
        return -1;
    }

    void tickDesign(core::StudyDesign design)
    {
        for (QAction* action : view->filters()->designMenu()->actions())
            if (action->data().toInt() == static_cast<int>(design)) {
                action->trigger();
                return;
            }
        FAIL() << "no menu entry for " << core::toString(design).toStdString();
    }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::CompareView> view;
};

TEST_F(CompareFiltersTest, DesignsAreTickedTogetherAndNarrowTheRows)
{
    chooseOutcome("TRM");
    const int before = rowOf(QStringLiteral("HSCT"));
    ASSERT_GE(before, 0);
    EXPECT_EQ(view->rowsTable()->item(before, STUDIES)->text(), QStringLiteral("4"));

    tickDesign(core::StudyDesign::Rct);
    EXPECT_EQ(view->filters()->designButton()->text(), QStringLiteral("Randomised controlled trial"));
    // Only the three trials are left: ASTIS, SCOT and ASSIST, and no MSC case series or report.
    const int rct = rowOf(QStringLiteral("HSCT"));
    ASSERT_GE(rct, 0);
    EXPECT_EQ(view->rowsTable()->item(rct, STUDIES)->text(), QStringLiteral("3"));
    EXPECT_EQ(rowOf(QStringLiteral("MSC")), -1);
    EXPECT_EQ(view->comparison()->options.designs, (std::vector<core::StudyDesign>{core::StudyDesign::Rct}));

    tickDesign(core::StudyDesign::NonRandomisedTrial);
    EXPECT_EQ(view->filters()->designButton()->text(), QStringLiteral("2 designs"));
    EXPECT_EQ(view->rowsTable()->item(rowOf(QStringLiteral("HSCT")), STUDIES)->text(), QStringLiteral("4"));

    // Unticking both keeps every design again.
    tickDesign(core::StudyDesign::Rct);
    tickDesign(core::StudyDesign::NonRandomisedTrial);
    EXPECT_EQ(view->filters()->designButton()->text(), QStringLiteral("All designs"));
    EXPECT_GE(rowOf(QStringLiteral("MSC")), 0);
}

TEST_F(CompareFiltersTest, DiseaseFollowUpTimepointAndGroupingFillTheSameOptionsAsTheCommandLine)
{
    chooseOutcome("TRM");
    QLineEdit* disease = view->filters()->diseaseEdit();
    disease->setFocus();
    QTest::keyClicks(disease, QStringLiteral("limited"));
    QTest::keyClick(disease, Qt::Key_Return);
    EXPECT_EQ(view->comparison()->options.disease, QStringLiteral("limited"));
    // No demo study with treatment-related mortality is in limited cutaneous disease.
    EXPECT_EQ(view->rowsTable()->rowCount(), 0);
    disease->clear();
    EXPECT_TRUE(view->comparison()->options.disease.isEmpty());
    EXPECT_GE(rowOf(QStringLiteral("HSCT")), 0);

    // Nash 2007 followed its patients for 48 months or more; a 36-month ceiling leaves the trials.
    view->filters()->maxFollowUpSpin()->setValue(36);
    ASSERT_TRUE(view->comparison()->options.maxFollowUpMonths);
    EXPECT_EQ(*view->comparison()->options.maxFollowUpMonths, 36.0);
    const int hsct = rowOf(QStringLiteral("HSCT"));
    ASSERT_GE(hsct, 0);
    for (const auto& value : view->comparison()->rows[static_cast<std::size_t>(hsct)].values)
        EXPECT_NE(value.studyLabel, QStringLiteral("Nash 2007"));
    view->filters()->maxFollowUpSpin()->setValue(0);
    EXPECT_FALSE(view->comparison()->options.maxFollowUpMonths);

    // The window only applies with a timepoint.
    EXPECT_FALSE(view->filters()->windowSpin()->isEnabled());
    view->timepointSpin()->setValue(12);
    EXPECT_TRUE(view->filters()->windowSpin()->isEnabled());
    view->filters()->windowSpin()->setValue(1);
    EXPECT_EQ(*view->comparison()->options.timepointMonths, 12.0);
    EXPECT_EQ(view->comparison()->options.timepointWindow, 1.0);
    for (const auto& row : view->comparison()->rows)
        for (const auto& value : row.values)
            if (value.timepointMonths) {
                EXPECT_LE(std::abs(*value.timepointMonths - 12.0), 1.0) << value.studyLabel.toStdString();
            }

    view->groupingCombo()->setCurrentIndex(
        view->groupingCombo()->findData(static_cast<int>(core::compare::Grouping::Design)));
    EXPECT_EQ(view->comparison()->options.grouping, core::compare::Grouping::Design);
    EXPECT_GE(rowOf(QStringLiteral("HSCT \u2013 Randomised controlled trial")), 0);
}

TEST_F(CompareFiltersTest, AnOutcomeWithoutResultsSaysSoPlainly)
{
    chooseOutcome("FVC");
    EXPECT_EQ(view->rowsTable()->rowCount(), 0);
    EXPECT_EQ(view->detailsTable()->rowCount(), 0);
    const QString expected =
        QStringLiteral("No study in this project has usable FVC (Forced vital capacity) results yet.");
    EXPECT_EQ(view->statusLabel()->text(), expected);
    EXPECT_FALSE(view->plot()->hasPlot());
    EXPECT_EQ(view->plot()->emptyText(), expected);

    view->includedCheck()->setChecked(true);
    EXPECT_EQ(view->statusLabel()->text(),
              QStringLiteral("No usable FVC (Forced vital capacity) results with these filters and timepoint."));
}

TEST_F(CompareFiltersTest, PatientLevelValuesCarryNoContinuityNote)
{
    chooseOutcome("TRM");
    const int ipd = rowOf(QStringLiteral("MSC (IPD)"));
    ASSERT_GE(ipd, 0);
    view->rowsTable()->selectRow(ipd);
    ASSERT_EQ(view->shownRow(), ipd);
    ASSERT_GE(view->detailsTable()->rowCount(), 1);
    for (int i = 0; i < view->detailsTable()->rowCount(); ++i)
        EXPECT_FALSE(view->detailsTable()->item(i, NOTE)->text().contains(QStringLiteral("zero cell")));

    // The pooled HSCT trials do show it where ASSIST's 0/10 was corrected.
    const int hsct = rowOf(QStringLiteral("HSCT"));
    view->rowsTable()->selectRow(hsct);
    bool noted = false;
    for (int i = 0; i < view->detailsTable()->rowCount(); ++i)
        if (view->detailsTable()->item(i, 0)->text() == QLatin1String("ASSIST"))
            noted = view->detailsTable()->item(i, NOTE)->text() == QLatin1String("0.5 added to zero cell");
    EXPECT_TRUE(noted);
}

TEST_F(CompareFiltersTest, ThePlotShowsOneFamilyOrAllOneAboveTheOther)
{
    chooseOutcome("TRM");
    QComboBox* family = view->plotFamilyCombo();
    ASSERT_GE(family->count(), 3);
    EXPECT_EQ(view->plot()->rows().size(), view->comparison()->rows.size());
    const int hsct = family->findText(QStringLiteral("HSCT"));
    ASSERT_GE(hsct, 0);
    family->setCurrentIndex(hsct);
    ASSERT_FALSE(view->plot()->rows().empty());
    for (int row : view->plot()->rows())
        EXPECT_EQ(view->comparison()->rows[static_cast<std::size_t>(row)].family, core::InterventionFamily::Hsct);
    const QSize single = view->plot()->sizeHint();
    // The plot's export draws what is picked.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hsct.svg"));
    ASSERT_TRUE(view->exportTo(path));
    QFile svg(path);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Nash 2007")));
    EXPECT_FALSE(text.contains(QStringLiteral("Christopeit")));

    // The pick survives a new comparison of another outcome with HSCT rows.
    chooseOutcome("DEATH");
    EXPECT_EQ(family->currentText(), QStringLiteral("HSCT"));
    chooseOutcome("TRM");
    family->setCurrentIndex(0);
    EXPECT_EQ(view->plot()->rows().size(), view->comparison()->rows.size());
    EXPECT_GT(view->plot()->sizeHint().height(), single.height());
}

TEST_F(CompareFiltersTest, EverythingFitsAt1400By900)
{
    chooseOutcome("TRM");
    QCoreApplication::processEvents();
    QPushButton* exportButton = view->filters()->exportButton();
    EXPECT_GE(exportButton->width(), exportButton->sizeHint().width());
    EXPECT_TRUE(exportButton->text().endsWith(QStringLiteral("…")));
    for (QTableWidget* table : {view->rowsTable(), view->detailsTable()}) {
        EXPECT_FALSE(table->horizontalScrollBar()->isVisible()) << table->objectName().toStdString();
        int used = 0;
        for (int column = 0; column < table->columnCount(); ++column)
            used += table->horizontalHeader()->sectionSize(column);
        EXPECT_LE(used, table->viewport()->width() + 1) << table->objectName().toStdString();
    }
    // Columns that size to their text are never cut: the group names and designs are whole.
    QTableWidget* rows = view->rowsTable();
    for (int column : {0, 6})
        for (int row = 0; row < rows->rowCount(); ++row)
            EXPECT_LE(rows->fontMetrics().horizontalAdvance(rows->item(row, column)->text()),
                      rows->horizontalHeader()->sectionSize(column))
                << rows->item(row, column)->text().toStdString();
}

TEST(CompareNavigationTest, AStudyValueOpensInTheStudiesPartWithItsResultSelected)
{
    ui::MainWindow window;
    auto project = core::ReviewProject::openInMemory();
    ASSERT_TRUE(project);
    ASSERT_TRUE(core::demo::buildDemoProject(**project));
    window.setProject(std::move(*project));
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.setCurrentPart(ui::MainWindow::Part::Compare);
    ui::CompareView* view = window.compareView();
    ASSERT_NE(view, nullptr);
    view->outcomeCombo()->setCurrentIndex(view->outcomeCombo()->findData(QStringLiteral("TRM")));

    // Activating the pooled HSCT row (Enter) lists its studies below.
    QTableWidget* rows = view->rowsTable();
    int hsct = -1;
    for (int row = 0; row < rows->rowCount(); ++row)
        if (rows->item(row, 0)->text() == QLatin1String("HSCT"))
            hsct = row;
    ASSERT_GE(hsct, 0);
    rows->setFocus();
    rows->setCurrentCell(hsct, 0);
    QTest::keyClick(rows, Qt::Key_Return);
    ASSERT_EQ(view->shownRow(), hsct);
    QTableWidget* details = view->detailsTable();
    ASSERT_EQ(details->rowCount(), 4);

    int astis = -1;
    for (int i = 0; i < details->rowCount(); ++i)
        if (details->item(i, 0)->text() == QLatin1String("ASTIS"))
            astis = i;
    ASSERT_GE(astis, 0);
    const core::compare::StudyValue& value =
        view->comparison()->rows[static_cast<std::size_t>(hsct)].values[static_cast<std::size_t>(astis)];
    ASSERT_EQ(value.results.size(), 1u);

    const QRect cell = details->visualItemRect(details->item(astis, 5));
    // A double-click is a press and release followed by the second press that reports it.
    QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(details->viewport(), Qt::LeftButton, {}, cell.center());

    EXPECT_EQ(window.currentPart(), ui::MainWindow::Part::Studies);
    ui::StudiesView* studies = window.studiesView();
    ASSERT_NE(studies, nullptr);
    EXPECT_EQ(studies->currentStudy(), value.study);
    const QTreeWidgetItem* selected = studies->structureTree()->currentItem();
    ASSERT_NE(selected, nullptr);
    EXPECT_EQ(selected->data(0, Qt::UserRole).toString(), QStringLiteral("outcome_result"));
    EXPECT_EQ(selected->data(0, Qt::UserRole + 1).toLongLong(), value.results.front().value);
}

} // namespace
