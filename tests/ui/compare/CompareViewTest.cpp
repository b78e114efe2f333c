// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareView.h"

#include "core/ReviewProject.h"
#include "core/demo/DemoProjectBuilder.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/widgets/PlaceholderPage.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QFile>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace stemma;

namespace {

// Columns of the pooled table.
constexpr int STUDIES = 1;
constexpr int ESTIMATE = 3;
constexpr int I2 = 4;
constexpr int RANGE = 5;

class CompareViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = core::ReviewProject::openInMemory();
        ASSERT_TRUE(project);
        ASSERT_TRUE(core::demo::buildDemoProject(**project));
        session = std::make_unique<ui::ProjectSession>(std::move(*project));
        view = std::make_unique<ui::CompareView>(*session);
        view->resize(1400, 800);
    }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::CompareView> view;
};

TEST_F(CompareViewTest, StartsOnSkinScoreWithMscAndHsctRows)
{
    EXPECT_EQ(view->outcomeCombo()->currentData().toString(), QStringLiteral("mRSS"));
    QTableWidget* rows = view->rowsTable();
    ASSERT_GE(rows->rowCount(), 2);
    EXPECT_EQ(rows->item(0, 0)->text(), QStringLiteral("MSC"));
    EXPECT_EQ(rows->item(0, STUDIES)->text(), QStringLiteral("1"));
    EXPECT_TRUE(rows->item(0, ESTIMATE)->text().startsWith(QStringLiteral("-6.30 [")));
    EXPECT_TRUE(rows->item(0, ESTIMATE)->text().endsWith(QStringLiteral("†")));
    // One study has no heterogeneity: a dash, not a blank cell.
    EXPECT_EQ(rows->item(0, I2)->text(), QStringLiteral("\u2013"));
    // ...and its range is its one value, not "-6.30 to -6.30".
    EXPECT_EQ(rows->item(0, RANGE)->text(), QStringLiteral("-6.30"));
    EXPECT_EQ(rows->item(1, 0)->text(), QStringLiteral("HSCT"));
    EXPECT_EQ(rows->item(1, ESTIMATE)->text(), QStringLiteral("not pooled"));
    EXPECT_TRUE(view->plot()->hasPlot());
}

TEST_F(CompareViewTest, ClickingARowShowsTheStudiesBehindIt)
{
    const int trm = view->outcomeCombo()->findData(QStringLiteral("TRM"));
    ASSERT_GE(trm, 0);
    view->outcomeCombo()->setCurrentIndex(trm);
    QTableWidget* rows = view->rowsTable();
    ASSERT_GE(rows->rowCount(), 3);
    // The demo has treatment-related deaths for MSC reports (none) and HSCT trials.
    EXPECT_EQ(rows->item(0, 0)->text(), QStringLiteral("MSC"));
    int hsctRow = -1;
    for (int row = 0; row < rows->rowCount(); ++row)
        if (rows->item(row, 0)->text() == QLatin1String("HSCT"))
            hsctRow = row;
    ASSERT_GE(hsctRow, 0);
    view->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    const QRect cell = rows->visualItemRect(rows->item(hsctRow, ESTIMATE));
    QTest::mouseClick(rows->viewport(), Qt::LeftButton, {}, cell.center());
    QTableWidget* details = view->detailsTable();
    ASSERT_EQ(details->rowCount(), 4);
    QStringList studies;
    for (int i = 0; i < details->rowCount(); ++i)
        studies << details->item(i, 0)->text();
    studies.sort();
    EXPECT_EQ(
        studies,
        (QStringList{
            QStringLiteral("ASSIST"), QStringLiteral("ASTIS"), QStringLiteral("Nash 2007"), QStringLiteral("SCOT")}));
    for (int i = 0; i < details->rowCount(); ++i)
        if (details->item(i, 0)->text() == QLatin1String("ASTIS")) {
            EXPECT_EQ(details->item(i, 4)->text(), QStringLiteral("8/79"));
            EXPECT_TRUE(details->item(i, 5)->text().startsWith(QStringLiteral("10.1% [")));
            EXPECT_TRUE(details->item(i, 5)->toolTip().startsWith(QStringLiteral("Outcome result ")));
        }
    // Four pooled studies have a heterogeneity figure.
    EXPECT_TRUE(rows->item(hsctRow, I2)->text().endsWith(QLatin1Char('%')));
}

TEST_F(CompareViewTest, ExportsEveryFormat)
{
    QTemporaryDir dir;
    for (const char* suffix : {"csv", "md", "html", "tex", "xlsx", "odt", "pdf", "svg", "png"}) {
        const QString path = dir.filePath(QStringLiteral("compare.") + QString::fromLatin1(suffix));
        auto written = view->exportTo(path);
        ASSERT_TRUE(written) << suffix << ": " << written.error().message.toStdString();
        EXPECT_GT(QFile(path).size(), 100) << suffix;
    }
    EXPECT_FALSE(view->exportTo(dir.filePath(QStringLiteral("compare.doc"))));
}

TEST(CompareViewWindowTest, ReplacesTheComparePlaceholderWhileAProjectIsOpen)
{
    ui::MainWindow window;
    auto project = core::ReviewProject::openInMemory();
    ASSERT_TRUE(project);
    window.setProject(std::move(*project));
    ASSERT_NE(window.compareView(), nullptr);
    window.setCurrentPart(ui::MainWindow::Part::Compare);
    auto* stack = window.findChild<QStackedWidget*>();
    ASSERT_NE(stack, nullptr);
    EXPECT_NE(window.findChild<ui::CompareView*>(QStringLiteral("compareView")), nullptr);
    window.closeProject();
    EXPECT_EQ(window.compareView(), nullptr);
    EXPECT_EQ(window.findChild<ui::CompareView*>(QStringLiteral("compareView")), nullptr);
}

} // namespace
