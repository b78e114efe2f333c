// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/ScreeningView.h"

#include "core/db/AuditRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/screening/ScreeningOrder.h"
#include "core/screening/ScreeningService.h"
#include "core/screening/ScreeningTerms.h"
#include "tests/support/TestProject.h"
#include "tests/ui/UiTestProject.h"
#include "ui/ProjectSession.h"
#include "ui/screening/PrismaPanel.h"
#include "ui/widgets/HighlightColours.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace stemma;
using core::ScreeningStage;
using core::Verdict;

namespace {

class ScreeningViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().setValue(ui::ScreeningView::reviewerSettingsKey(), QStringLiteral("Anna"));
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        test::addLibraryReferences(*project, 6);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        view = std::make_unique<ui::ScreeningView>(*session);
        view->resize(900, 600);
        view->show();
        view->setFocus();
    }

    void TearDown() override { QSettings().remove(ui::ScreeningView::reviewerSettingsKey()); }

    std::vector<core::ScreeningDecision> votes()
    {
        return *session->project().screening().decisionsForStage(ScreeningStage::TitleAbstract);
    }

    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::ScreeningView> view;
};

TEST_F(ScreeningViewTest, ScreensABatchWithTheKeyboardOnly)
{
    EXPECT_EQ(view->reviewerName(), QStringLiteral("Anna"));
    EXPECT_EQ(view->candidateCount(), 6);
    EXPECT_EQ(view->progressText(), QStringLiteral("0 of 6"));
    EXPECT_EQ(view->currentReference(), core::ReferenceId(1));

    QTest::keyClick(view.get(), Qt::Key_I);                    // 1 include
    QTest::keyClick(view.get(), Qt::Key_E);                    // 2 exclude: asks for a reason
    EXPECT_EQ(view->currentReference(), core::ReferenceId(2)); // nothing written yet
    QTest::keyClick(view.get(), Qt::Key_2);                    // … the second reason
    QTest::keyClick(view.get(), Qt::Key_M);                    // 3 maybe
    QTest::keyClick(view.get(), Qt::Key_6);                    // reason first …
    QTest::keyClick(view.get(), Qt::Key_E);                    // 4 … then exclude
    QTest::keyClick(view.get(), Qt::Key_J);                    // skip 5
    QTest::keyClick(view.get(), Qt::Key_I);                    // 6 include
    EXPECT_EQ(view->progressText(), QStringLiteral("5 of 6"));

    const auto cast = votes();
    ASSERT_EQ(cast.size(), 5u);
    EXPECT_EQ(cast[0].reference, core::ReferenceId(1));
    EXPECT_EQ(cast[0].verdict, Verdict::Include);
    EXPECT_EQ(cast[1].reference, core::ReferenceId(2));
    EXPECT_EQ(cast[1].verdict, Verdict::Exclude);
    EXPECT_EQ(cast[1].reason, view->reasons().at(1));
    EXPECT_EQ(cast[2].verdict, Verdict::Maybe);
    EXPECT_EQ(cast[3].reference, core::ReferenceId(4));
    EXPECT_EQ(cast[3].reason, view->reasons().at(5));
    EXPECT_EQ(cast[4].reference, core::ReferenceId(6));
    const auto anna = *session->project().reviewers().findOrCreate(QStringLiteral("Anna"));
    for (const auto& vote : cast)
        EXPECT_EQ(vote.reviewer, anna);
    EXPECT_EQ(session->project().audit().list()->size(), 5u);

    // U takes back the last decision and shows that reference again.
    QTest::keyClick(view.get(), Qt::Key_U);
    EXPECT_EQ(view->currentReference(), core::ReferenceId(6));
    EXPECT_EQ(votes().size(), 4u);
    EXPECT_EQ(view->progressText(), QStringLiteral("4 of 6"));

    // K and the arrows move back and forth without deciding.
    QTest::keyClick(view.get(), Qt::Key_K);
    QTest::keyClick(view.get(), Qt::Key_Up);
    EXPECT_EQ(view->currentReference(), core::ReferenceId(4));
    QTest::keyClick(view.get(), Qt::Key_Down);
    EXPECT_EQ(view->currentReference(), core::ReferenceId(5));
    EXPECT_EQ(votes().size(), 4u);
}

TEST_F(ScreeningViewTest, FullTextStageShowsOnlyPassedReferences)
{
    QTest::keyClick(view.get(), Qt::Key_I);
    QTest::keyClick(view.get(), Qt::Key_1);
    QTest::keyClick(view.get(), Qt::Key_E);
    QTest::keyClick(view.get(), Qt::Key_M);
    view->setStage(ScreeningStage::FullText);
    EXPECT_EQ(view->candidateCount(), 2);
    EXPECT_EQ(view->currentReference(), core::ReferenceId(1));
    QTest::keyClick(view.get(), Qt::Key_I);
    const auto fullText = *session->project().screening().decisionsForStage(ScreeningStage::FullText);
    ASSERT_EQ(fullText.size(), 1u);
    EXPECT_EQ(fullText[0].reference, core::ReferenceId(1));
    EXPECT_EQ(view->currentReference(), core::ReferenceId(3));
}

TEST_F(ScreeningViewTest, HighlightsInclusionTerms)
{
    // Reference 1's title names haematopoietic stem cell transplantation.
    const QString html = view->currentHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("#c8f0c8"))) << html.toStdString();
}

TEST_F(ScreeningViewTest, HighlightsExclusionTermsInTheirOwnColour)
{
    core::screening::ScreeningTerms terms(session->project());
    ASSERT_TRUE(terms.setExclusionTerms({QStringLiteral("skin scores")}).hasValue());
    view->reload();
    QPalette light = view->palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    view->setPalette(light);
    const QString html = view->currentHtml();
    // The abstract's "Skin scores fell" is marked red, matched whatever its case; the title's
    // inclusion term stays green.
    EXPECT_TRUE(html.contains(QStringLiteral("<span style=\" background-color:#f8c8c8;\">Skin scores</span>")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("#c8f0c8"))) << html.toStdString();
}

TEST_F(ScreeningViewTest, TermColoursFollowADarkPalette)
{
    core::screening::ScreeningTerms terms(session->project());
    ASSERT_TRUE(terms.setExclusionTerms({QStringLiteral("skin scores")}).hasValue());
    view->reload();
    QPalette dark = view->palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    view->setPalette(dark);
    const QString html = view->currentHtml();
    const QColor include = ui::inclusionHighlight(dark);
    const QColor exclude = ui::exclusionHighlight(dark);
    EXPECT_FALSE(html.contains(QStringLiteral("#c8f0c8"))) << "the pale light-mode green is gone";
    EXPECT_FALSE(html.contains(QStringLiteral("#f8c8c8")));
    EXPECT_TRUE(html.contains(include.name())) << html.toStdString();
    EXPECT_TRUE(html.contains(exclude.name())) << html.toStdString();
    // Dark shades under light text, still green and red.
    EXPECT_LT(include.lightness(), 100);
    EXPECT_LT(exclude.lightness(), 100);
    EXPECT_GT(include.green(), include.red());
    EXPECT_GT(exclude.red(), exclude.green());
}

TEST_F(ScreeningViewTest, APluggedInOrderChangesTheSequence)
{
    /** Newest reference first: a stand-in for a relevance ranking. */
    class Reversed final : public core::screening::ScreeningOrder
    {
    public:
        QString name() const override { return QStringLiteral("reversed"); }
        core::Result<void> arrange(core::ReviewProject&,
                                   core::ScreeningStage,
                                   std::vector<core::ReferenceId>& candidates) const override
        {
            std::sort(candidates.begin(), candidates.end(), [](auto a, auto b) { return a.value > b.value; });
            return {};
        }
    };
    EXPECT_EQ(view->order().name(), QStringLiteral("plain"));
    EXPECT_EQ(view->currentReference(), core::ReferenceId(1));
    view->setOrder(std::make_shared<Reversed>());
    EXPECT_EQ(view->order().name(), QStringLiteral("reversed"));
    EXPECT_EQ(view->currentReference(), core::ReferenceId(6));
    QTest::keyClick(view.get(), Qt::Key_I);
    EXPECT_EQ(view->currentReference(), core::ReferenceId(5));
    QTest::keyClick(view.get(), Qt::Key_I);
    EXPECT_EQ(view->currentReference(), core::ReferenceId(4));
    std::vector<qint64> decided;
    for (const auto& vote : votes())
        decided.push_back(vote.reference.value);
    std::sort(decided.begin(), decided.end());
    EXPECT_EQ(decided, (std::vector<qint64>{5, 6}));
}

TEST_F(ScreeningViewTest, ConflictsListShowsDisagreements)
{
    QTest::keyClick(view.get(), Qt::Key_I);
    core::ScreeningDecision decision;
    decision.reference = core::ReferenceId(1);
    decision.reviewer = *session->project().reviewers().findOrCreate(QStringLiteral("Ben"));
    decision.verdict = Verdict::Exclude;
    decision.reason = QStringLiteral("Wrong population");
    ASSERT_TRUE(core::screening::ScreeningService(session->project()).record(decision).hasValue());

    auto* tabs = view->findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(1);
    auto* conflicts = view->findChild<QListWidget*>(QStringLiteral("screeningConflicts"));
    ASSERT_NE(conflicts, nullptr);
    ASSERT_EQ(conflicts->count(), 1);
    EXPECT_TRUE(conflicts->item(0)->text().startsWith(QStringLiteral("#1 ")));
    tabs->setCurrentWidget(view->prismaPanel());
    auto* prisma = view->findChild<QLabel*>(QStringLiteral("screeningPrisma"));
    ASSERT_NE(prisma, nullptr);
    EXPECT_FALSE(prisma->pixmap().isNull());
}

TEST_F(ScreeningViewTest, SavesTheNoteWithTheVote)
{
    view->setNote(QStringLiteral("only the abstract mentions SSc"));
    QTest::keyClick(view.get(), Qt::Key_M);
    auto cast = votes();
    ASSERT_EQ(cast.size(), 1u);
    EXPECT_EQ(cast[0].note, QStringLiteral("only the abstract mentions SSc"));
    EXPECT_TRUE(view->note().isEmpty()); // the next reference starts without a note

    // Back on #1 the note is shown again; Enter in the field updates it on the stored vote.
    QTest::keyClick(view.get(), Qt::Key_K);
    EXPECT_EQ(view->note(), QStringLiteral("only the abstract mentions SSc"));
    auto* note = view->findChild<QLineEdit*>(QStringLiteral("screeningNote"));
    ASSERT_NE(note, nullptr);
    note->setText(QStringLiteral("checked the full abstract"));
    QTest::keyClick(note, Qt::Key_Return);
    cast = votes();
    ASSERT_EQ(cast.size(), 1u);
    EXPECT_EQ(cast[0].verdict, Verdict::Maybe);
    EXPECT_EQ(cast[0].note, QStringLiteral("checked the full abstract"));
    EXPECT_EQ(view->votesText(), QStringLiteral("Anna: maybe — checked the full abstract"));

    // Esc in the field keeps the text and gives the keys back to screening.
    QApplication::setActiveWindow(view.get());
    note->setFocus();
    ASSERT_TRUE(note->hasFocus());
    note->setText(QStringLiteral("for the next one"));
    QTest::keyClick(note, Qt::Key_Escape);
    EXPECT_EQ(view->note(), QStringLiteral("for the next one"));
    EXPECT_FALSE(note->hasFocus());
    EXPECT_TRUE(view->hasFocus());
}

} // namespace
