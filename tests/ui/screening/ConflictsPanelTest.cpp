// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/ConflictsPanel.h"

#include "core/db/AuditRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/screening/ScreeningService.h"
#include "tests/support/TestProject.h"
#include "tests/ui/UiTestProject.h"
#include "ui/ProjectSession.h"
#include "ui/screening/ScreeningView.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace stemma;
using core::ScreeningStage;
using core::Verdict;

namespace {

class ConflictsPanelTest : public ::testing::Test
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
        // Anna includes 1–3; Ben excludes 1 and 3 and includes 2: two conflicts.
        QTest::keyClick(view.get(), Qt::Key_I);
        QTest::keyClick(view.get(), Qt::Key_I);
        QTest::keyClick(view.get(), Qt::Key_I);
        ben = *session->project().reviewers().findOrCreate(QStringLiteral("Ben"));
        vote(1, Verdict::Exclude, QStringLiteral("Wrong population"), QStringLiteral("adults with lupus"));
        vote(2, Verdict::Include);
        vote(3, Verdict::Exclude, QStringLiteral("Duplicate"));
    }

    void TearDown() override { QSettings().remove(ui::ScreeningView::reviewerSettingsKey()); }

    void vote(int reference, Verdict verdict, const QString& reason = {}, const QString& note = {})
    {
        core::ScreeningDecision decision;
        decision.reference = core::ReferenceId(reference);
        decision.reviewer = ben;
        decision.verdict = verdict;
        decision.reason = reason;
        decision.note = note;
        ASSERT_TRUE(core::screening::ScreeningService(session->project()).record(decision).hasValue());
    }

    void showConflictsTab()
    {
        auto* tabs = view->findChild<QTabWidget*>();
        ASSERT_NE(tabs, nullptr);
        tabs->setCurrentWidget(view->conflictsPanel());
    }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::ScreeningView> view;
    core::ReviewerId ben;
};

TEST_F(ConflictsPanelTest, ListsConflictsWithEveryVote)
{
    showConflictsTab();
    ui::ConflictsPanel* panel = view->conflictsPanel();
    ASSERT_EQ(panel->listed(), (std::vector<core::ReferenceId>{core::ReferenceId(1), core::ReferenceId(3)}));
    EXPECT_TRUE(panel->list()->item(0)->text().endsWith(QStringLiteral("— Anna: include, Ben: exclude")))
        << panel->list()->item(0)->text().toStdString();
    ASSERT_TRUE(panel->select(core::ReferenceId(1)));
    EXPECT_EQ(panel->votesText(),
              QStringLiteral("Votes on #1:\nAnna: include\nBen: exclude (Wrong population) — adults with lupus"));
}

TEST_F(ConflictsPanelTest, RecordsAResolutionWithoutTouchingTheVotes)
{
    showConflictsTab();
    ui::ConflictsPanel* panel = view->conflictsPanel();
    ASSERT_TRUE(panel->select(core::ReferenceId(1)));
    int resolved = 0;
    QObject::connect(panel, &ui::ConflictsPanel::resolved, [&resolved] { ++resolved; });
    ASSERT_TRUE(panel->resolveSelected(Verdict::Exclude,
                                       QStringLiteral("Wrong population"),
                                       QStringLiteral("third reviewer"),
                                       QStringLiteral(" agreed ")))
        << panel->statusText().toStdString();
    EXPECT_EQ(resolved, 1);
    EXPECT_EQ(panel->statusText(), QStringLiteral("#1 settled: exclude (Wrong population) by third reviewer."));

    // The list updates: only #3 is left.
    EXPECT_EQ(panel->listed(), std::vector<core::ReferenceId>{core::ReferenceId(3)});

    auto resolution = session->project().screening().resolution(core::ReferenceId(1), ScreeningStage::TitleAbstract);
    ASSERT_TRUE(resolution && resolution->has_value());
    const core::ScreeningResolution& stored = **resolution;
    EXPECT_EQ(stored.verdict, Verdict::Exclude);
    EXPECT_EQ(stored.reason, QStringLiteral("Wrong population"));
    EXPECT_EQ(stored.method, QStringLiteral("third reviewer"));
    EXPECT_EQ(stored.note, QStringLiteral("agreed"));
    EXPECT_EQ(stored.resolvedBy, *session->project().reviewers().findOrCreate(QStringLiteral("Anna")));

    // Both original votes are still there as cast.
    const auto votes = *session->project().screening().decisions(core::ReferenceId(1), ScreeningStage::TitleAbstract);
    ASSERT_EQ(votes.size(), 2u);
    EXPECT_EQ(votes[0].verdict, Verdict::Include);
    EXPECT_EQ(votes[1].verdict, Verdict::Exclude);
    EXPECT_EQ(votes[1].note, QStringLiteral("adults with lupus"));
    const auto audit = *session->project().audit().list();
    EXPECT_EQ(std::count_if(audit.begin(),
                            audit.end(),
                            [](const core::AuditEntry& entry) { return entry.action == QLatin1String("resolve"); }),
              1);
}

TEST_F(ConflictsPanelTest, AnExclusionNeedsAReason)
{
    showConflictsTab();
    ui::ConflictsPanel* panel = view->conflictsPanel();
    ASSERT_TRUE(panel->select(core::ReferenceId(3)));
    EXPECT_FALSE(panel->resolveSelected(Verdict::Exclude, QString(), QStringLiteral("consensus"), QString()));
    EXPECT_EQ(panel->statusText(), QStringLiteral("an exclusion needs a reason"));
    EXPECT_EQ(panel->conflictCount(), 2);
}

TEST_F(ConflictsPanelTest, BlindModeHidesOtherReviewersVotes)
{
    view->setStage(ScreeningStage::TitleAbstract);
    QTest::keyClick(view.get(), Qt::Key_K);
    QTest::keyClick(view.get(), Qt::Key_K);
    QTest::keyClick(view.get(), Qt::Key_K);
    ASSERT_EQ(view->currentReference(), core::ReferenceId(1));
    EXPECT_EQ(view->votesText(), QStringLiteral("Anna: include\nBen: exclude (Wrong population) — adults with lupus"));

    auto* blind = view->findChild<QCheckBox*>(QStringLiteral("screeningBlind"));
    ASSERT_NE(blind, nullptr);
    blind->setChecked(true); // as a click does
    EXPECT_TRUE(*core::screening::ScreeningService(session->project()).isBlind(ScreeningStage::TitleAbstract));
    EXPECT_EQ(view->votesText(), QStringLiteral("Anna: include\nBlind screening: other reviewers' votes are hidden."));
    showConflictsTab();
    EXPECT_EQ(view->conflictsPanel()->conflictCount(), 0);
    EXPECT_FALSE(view->conflictsPanel()->list()->isVisible());

    // The full-text stage has its own setting, still off.
    view->setStage(ScreeningStage::FullText);
    EXPECT_FALSE(blind->isChecked());
    view->setStage(ScreeningStage::TitleAbstract);
    EXPECT_TRUE(blind->isChecked());

    blind->setChecked(false);
    ASSERT_EQ(view->currentReference(), core::ReferenceId(2)); // kept from the full-text stage
    EXPECT_EQ(view->votesText(), QStringLiteral("Anna: include\nBen: include"));
    EXPECT_EQ(view->conflictsPanel()->conflictCount(), 2);
}

} // namespace
