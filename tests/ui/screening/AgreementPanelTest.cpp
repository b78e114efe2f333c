// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/AgreementPanel.h"

#include "core/db/ReviewerRepository.h"
#include "core/screening/ScreeningService.h"
#include "tests/support/TestProject.h"
#include "tests/ui/UiTestProject.h"
#include "ui/ProjectSession.h"
#include "ui/screening/ScreeningView.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace stemma;
using core::ScreeningStage;
using core::Verdict;

namespace {

class AgreementPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().setValue(ui::ScreeningView::reviewerSettingsKey(), QStringLiteral("Anna"));
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        test::addLibraryReferences(*project, 4);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        view = std::make_unique<ui::ScreeningView>(*session);
        view->resize(1100, 700);
        view->show();
        view->setFocus();
        // Anna screens with the keyboard: include #1 and #2, exclude #3 and #4 (reason 1).
        QTest::keyClick(view.get(), Qt::Key_I);
        QTest::keyClick(view.get(), Qt::Key_I);
        QTest::keyClick(view.get(), Qt::Key_E);
        QTest::keyClick(view.get(), Qt::Key_1);
        QTest::keyClick(view.get(), Qt::Key_E);
        QTest::keyClick(view.get(), Qt::Key_1);
        // Ben includes #1 only.
        ben = *session->project().reviewers().findOrCreate(QStringLiteral("Ben"));
        vote(ben, 1, Verdict::Include);
        vote(ben, 2, Verdict::Exclude);
        vote(ben, 3, Verdict::Exclude);
        vote(ben, 4, Verdict::Exclude);
    }

    void TearDown() override { QSettings().remove(ui::ScreeningView::reviewerSettingsKey()); }

    void vote(core::ReviewerId reviewer, int reference, Verdict verdict)
    {
        core::ScreeningDecision decision;
        decision.reference = core::ReferenceId(reference);
        decision.reviewer = reviewer;
        decision.verdict = verdict;
        if (verdict == Verdict::Exclude)
            decision.reason = QStringLiteral("Wrong population");
        ASSERT_TRUE(core::screening::ScreeningService(session->project()).record(decision).hasValue());
    }

    void showAgreementTab()
    {
        auto* tabs = view->findChild<QTabWidget*>();
        ASSERT_NE(tabs, nullptr);
        int index = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == QLatin1String("Agreement"))
                index = i;
        ASSERT_GE(index, 0);
        EXPECT_EQ(tabs->widget(index), view->agreementPanel());
        tabs->setCurrentIndex(index);
    }

    int cell(int row, int column) const { return view->agreementPanel()->table()->item(row, column)->text().toInt(); }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::ScreeningView> view;
    core::ReviewerId ben;
};

TEST_F(AgreementPanelTest, ShowsPercentAgreementCohensKappaAndTheTableOfTwoReviewers)
{
    showAgreementTab();
    ui::AgreementPanel* panel = view->agreementPanel();
    ASSERT_TRUE(panel->report());
    EXPECT_EQ(panel->report()->method, QStringLiteral("cohen"));
    // Observed 3/4; chance 0.5·0.25 + 0.5·0.75 = 0.5; kappa (0.75 − 0.5) / (1 − 0.5) = 0.5.
    const QString summary = panel->summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("References screened by both: 4"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Percent agreement: 75.0%"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Cohen's kappa: 0.500 (moderate agreement; expected by chance 50.0%)")))
        << summary.toStdString();
    EXPECT_FALSE(panel->reviewersCombo()->isVisible()); // two reviewers: nothing to pick

    QTableWidget* table = panel->table();
    ASSERT_TRUE(table->isVisible());
    ASSERT_EQ(table->rowCount(), 4);
    ASSERT_EQ(table->columnCount(), 4);
    EXPECT_EQ(table->verticalHeaderItem(0)->text(), QStringLiteral("Anna: include"));
    EXPECT_EQ(table->horizontalHeaderItem(1)->text(), QStringLiteral("Ben:\nexclude"));
    EXPECT_EQ(table->horizontalHeaderItem(3)->text(), QStringLiteral("Total"));
    EXPECT_EQ(cell(0, 0), 1); // both include #1
    EXPECT_EQ(cell(0, 1), 1); // Anna includes #2, Ben excludes it
    EXPECT_EQ(cell(1, 1), 2); // both exclude #3 and #4
    EXPECT_EQ(cell(1, 0), 0);
    EXPECT_EQ(cell(2, 2), 0);
    EXPECT_EQ(cell(0, 3), 2);
    EXPECT_EQ(cell(3, 1), 3);
    EXPECT_EQ(cell(3, 3), 4);
    EXPECT_TRUE(table->item(1, 1)->font().bold());
    EXPECT_FALSE(table->item(0, 1)->font().bold());
}

TEST_F(AgreementPanelTest, WithThreeReviewersShowsFleissKappaAndAnyPair)
{
    const core::ReviewerId cara = *session->project().reviewers().findOrCreate(QStringLiteral("Cara"));
    vote(cara, 1, Verdict::Include);
    vote(cara, 2, Verdict::Include);
    vote(cara, 3, Verdict::Exclude);
    vote(cara, 4, Verdict::Exclude);
    showAgreementTab();
    ui::AgreementPanel* panel = view->agreementPanel();
    ASSERT_TRUE(panel->report());
    EXPECT_EQ(panel->report()->method, QStringLiteral("fleiss"));
    // Counts per reference (include, exclude): 3/0, 2/1, 0/3, 0/3. P̄ = 10/12, P̄e = (25 + 49)/144,
    // kappa = (10/12 − 74/144) / (1 − 74/144) = 0.657.
    EXPECT_TRUE(panel->summaryText().contains(QStringLiteral("Percent agreement: 75.0%")));
    EXPECT_TRUE(panel->summaryText().contains(QStringLiteral("Fleiss' kappa: 0.657 (substantial agreement")))
        << panel->summaryText().toStdString();
    EXPECT_FALSE(panel->table()->isVisible());

    QComboBox* pairs = panel->reviewersCombo();
    ASSERT_TRUE(pairs->isVisible());
    ASSERT_EQ(pairs->count(), 4); // all three, then three pairs
    EXPECT_EQ(pairs->itemText(0), QStringLiteral("All 3 reviewers (Fleiss' kappa)"));
    const int annaCara = pairs->findText(QStringLiteral("Anna and Cara"));
    ASSERT_GE(annaCara, 0);
    // Pick the pair as a reviewer would, with the keyboard on the open list.
    pairs->setFocus();
    pairs->showPopup();
    for (int i = 0; i < annaCara; ++i)
        QTest::keyClick(pairs->view(), Qt::Key_Down);
    QTest::keyClick(pairs->view(), Qt::Key_Return);
    ASSERT_EQ(pairs->currentIndex(), annaCara);
    ASSERT_TRUE(panel->report());
    EXPECT_EQ(panel->report()->method, QStringLiteral("cohen"));
    EXPECT_TRUE(panel->summaryText().contains(QStringLiteral("Cohen's kappa: 1.000 (almost perfect agreement")))
        << panel->summaryText().toStdString();
    EXPECT_EQ(cell(0, 0), 2);
    EXPECT_EQ(cell(1, 1), 2);
    EXPECT_EQ(cell(0, 1), 0);
}

TEST_F(AgreementPanelTest, BlindStagesAndStagesWithoutVotesShowNoFigures)
{
    showAgreementTab();
    ui::AgreementPanel* panel = view->agreementPanel();
    auto* blind = view->findChild<QCheckBox*>();
    ASSERT_NE(blind, nullptr);
    blind->setChecked(true);
    EXPECT_FALSE(panel->report());
    EXPECT_TRUE(panel->messageText().startsWith(QStringLiteral("Blind screening is on")));
    EXPECT_FALSE(panel->table()->isVisible());
    blind->setChecked(false);
    EXPECT_TRUE(panel->report());

    // The full-text stage has no votes: nothing to compare, said plainly.
    view->setStage(ScreeningStage::FullText);
    showAgreementTab();
    ASSERT_TRUE(panel->report());
    EXPECT_TRUE(panel->report()->method.isEmpty());
    EXPECT_EQ(panel->messageText(),
              QStringLiteral("No votes at this stage yet. Agreement needs votes from at least two reviewers."));
    EXPECT_FALSE(panel->table()->isVisible());
}

TEST_F(AgreementPanelTest, AKeyboardDecisionUpdatesTheShownAgreement)
{
    showAgreementTab();
    ASSERT_TRUE(view->agreementPanel()->report());
    EXPECT_EQ(view->agreementPanel()->report()->statistic.subjects, 4);
    // Ben is now the one screening; re-voting #1 as exclude leaves the two agreeing on two of four.
    view->setReviewerName(QStringLiteral("Ben"));
    view->setFocus();
    for (int step = 0; step < 4 && view->currentReference() != core::ReferenceId(1); ++step)
        QTest::keyClick(view.get(), Qt::Key_K);
    ASSERT_EQ(view->currentReference(), core::ReferenceId(1));
    QTest::keyClick(view.get(), Qt::Key_E);
    QTest::keyClick(view.get(), Qt::Key_1);
    const auto& report = view->agreementPanel()->report();
    ASSERT_TRUE(report);
    EXPECT_EQ(report->table[0][0], 0);
    EXPECT_EQ(report->table[0][1], 2);
    EXPECT_DOUBLE_EQ(report->statistic.percentAgreement, 0.5);
}

} // namespace
