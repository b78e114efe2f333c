// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/RankingPanel.h"

#include "core/db/ReferenceRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/screening/PrismaCounts.h"
#include "core/screening/ranking/StoppingProgress.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"
#include "ui/screening/ScreeningView.h"

#include <gtest/gtest.h>

#include <QSettings>
#include <QTest>

using namespace stemma;
using core::ScreeningStage;

namespace {

/**
 * Twelve references in two topics, interleaved by id: odd ids are about stem-cell transplantation
 * in scleroderma (the review's topic), even ids about traffic noise and sleep. In plain order the
 * topics alternate; once the reviewer includes #1 and excludes #2, the ranking must bring the
 * other scleroderma records forward.
 */
void addTwoTopics(core::ReviewProject& project)
{
    const QString relevant[] = {
        QStringLiteral("Autologous stem cell transplantation in systemic sclerosis"),
        QStringLiteral("Haematopoietic stem cell transplantation for scleroderma skin disease"),
        QStringLiteral("Stem cell transplantation versus cyclophosphamide in systemic sclerosis"),
        QStringLiteral("Long-term outcomes of stem cell transplantation in scleroderma"),
        QStringLiteral("Systemic sclerosis skin score after autologous transplantation"),
        QStringLiteral("Mesenchymal stem cell therapy in systemic sclerosis")};
    const QString other[] = {QStringLiteral("Traffic noise and sleep quality in cities"),
                             QStringLiteral("Night-time road noise and insomnia in adults"),
                             QStringLiteral("Aircraft noise exposure and sleep disturbance"),
                             QStringLiteral("Urban noise barriers and sleep of residents"),
                             QStringLiteral("Sleep quality of shift workers near motorways"),
                             QStringLiteral("Railway noise and awakenings during sleep")};
    for (int i = 0; i < 6; ++i) {
        for (const QString& title : {relevant[i], other[i]}) {
            core::Reference reference;
            reference.title = title;
            reference.abstract = title + QStringLiteral(". A cohort study.");
            ASSERT_TRUE(project.references().insert(reference));
        }
    }
}

class RankingPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().setValue(ui::ScreeningView::reviewerSettingsKey(), QStringLiteral("Anna"));
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        addTwoTopics(*project);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        view = std::make_unique<ui::ScreeningView>(*session);
        view->resize(1100, 700);
        view->show();
        view->setFocus();
    }
    void TearDown() override { QSettings().remove(ui::ScreeningView::reviewerSettingsKey()); }

    void exclude()
    {
        QTest::keyClick(view.get(), Qt::Key_1); // first reason
        QTest::keyClick(view.get(), Qt::Key_E);
    }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::ScreeningView> view;
};

} // namespace

TEST_F(RankingPanelTest, TheOrderChangesAfterDecisionsOnceTheRankingIsOn)
{
    auto* panel = view->rankingPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(view->currentReference(), core::ReferenceId(1));
    panel->setRankingOn(true);
    EXPECT_EQ(view->order().name(), QStringLiteral("relevance"));
    // No include and no exclude yet: nothing to learn from, the plain order stands.
    EXPECT_EQ(view->currentReference(), core::ReferenceId(1));

    QTest::keyClick(view.get(), Qt::Key_I); // #1 scleroderma: include
    EXPECT_EQ(view->currentReference(), core::ReferenceId(2));
    exclude(); // #2 noise: exclude
    panel->waitForModel();
    EXPECT_GE(panel->modelsTrained(), 1);

    // The next records are the scleroderma ones (odd ids), not #3, #4, ... in turn.
    for (int step = 0; step < 5; ++step) {
        const core::ReferenceId shown = view->currentReference();
        ASSERT_TRUE(shown.isValid());
        EXPECT_EQ(shown.value % 2, 1) << "step " << step << " showed #" << shown.value;
        EXPECT_TRUE(panel->relevanceText().startsWith(QStringLiteral("Relevance of this record:")))
            << panel->relevanceText().toStdString();
        QTest::keyClick(view.get(), Qt::Key_I);
        panel->waitForModel();
    }
    // Only noise records are left, and the panel counts the excludes since the last include.
    EXPECT_EQ(view->currentReference().value % 2, 0);
    exclude();
    exclude();
    panel->waitForModel();
    EXPECT_EQ(panel->sinceLastIncludeText(), QStringLiteral("Screened since the last include: 2"));
    EXPECT_EQ(panel->progress().includes, 6);
    EXPECT_EQ(panel->progress().foundAfter.size(), 9u); // 1 + 1 + 5 + 2 decisions
}

TEST_F(RankingPanelTest, TheSampleFeedsTheStoppingEstimateAndAStopCountsInPrisma)
{
    auto* panel = view->rankingPanel();
    panel->setRankingOn(true);
    QTest::keyClick(view.get(), Qt::Key_I);
    exclude();
    panel->waitForModel();
    for (int step = 0; step < 5; ++step) {
        QTest::keyClick(view.get(), Qt::Key_I);
        panel->waitForModel();
    }
    QTest::qWait(5); // the sample starts strictly after the last decision
    panel->startSample();
    EXPECT_EQ(panel->progress().phase, core::screening::ranking::StoppingProgress::Phase::Sampling);
    for (int step = 0; step < 4; ++step) {
        exclude();
        panel->waitForModel();
    }
    const auto& progress = panel->progress();
    EXPECT_EQ(progress.sample.relevantBeforeSample, 6);
    EXPECT_EQ(progress.sample.populationAtSampleStart, 5);
    EXPECT_EQ(progress.sample.sampled, 4);
    EXPECT_EQ(progress.sample.relevantInSample, 0);
    // SciPy 1.10.1: K_tar = floor(6 / 0.95 - 6) + 1 = 1; hypergeom.cdf(0, 5, 1, 4) = 0.2.
    EXPECT_NEAR(progress.estimate.pValue, 0.2, 1e-12);
    EXPECT_TRUE(panel->stoppingText().contains(QStringLiteral("With 95% confidence at least")));

    panel->stopByCriterion();
    auto counts = core::screening::PrismaCounts::compute(session->project());
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->markedIneligibleByAutomation, 1);
    EXPECT_EQ(counts->awaitingTitleAbstract, 0);
}
