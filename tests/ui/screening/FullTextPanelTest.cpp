// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/FullTextPanel.h"

#include "core/db/AuditRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ScreeningRepository.h"
#include "tests/support/TestProject.h"
#include "tests/ui/UiTestProject.h"
#include "tests/ui/screening/ScreeningTestPdf.h"
#include "ui/ProjectSession.h"
#include "ui/screening/ScreeningView.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace stemma;
using core::ScreeningStage;
using core::Verdict;

namespace {

class FullTextPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(folder.isValid());
        QSettings().setValue(ui::ScreeningView::reviewerSettingsKey(), QStringLiteral("Anna"));
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        test::addLibraryReferences(*project, 4);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
    }

    void TearDown() override { QSettings().remove(ui::ScreeningView::reviewerSettingsKey()); }

    std::unique_ptr<ui::ProjectSession> session;
    QTemporaryDir folder;
};

TEST_F(FullTextPanelTest, ShowsAMessageAndAttachButtonWithoutFullText)
{
    ui::FullTextPanel panel(*session);
    panel.showReference(core::ReferenceId(2));
    EXPECT_FALSE(panel.hasPdf());
    auto* message = panel.findChild<QLabel*>(QStringLiteral("screeningNoFullText"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("No full text is attached to #2.")))
        << message->text().toStdString();
    auto* attach = panel.findChild<QPushButton*>(QStringLiteral("screeningAttachPdf"));
    ASSERT_NE(attach, nullptr);
    EXPECT_TRUE(attach->isEnabled());
    EXPECT_EQ(attach->text(), QStringLiteral("Attach PDF…"));
}

TEST_F(FullTextPanelTest, AttachFolderMatchesByDoiAndReportsTheRest)
{
    ASSERT_TRUE(
        test::writeTestPdf(folder.filePath(QStringLiteral("three.pdf")), QStringLiteral("doi:10.5555/stemma.3")));
    ASSERT_TRUE(test::writeTestPdf(folder.filePath(QStringLiteral("other.pdf")), QStringLiteral("An unrelated paper")));
    ui::FullTextPanel panel(*session);
    panel.setActor(QStringLiteral("Anna"));
    panel.showReference(core::ReferenceId(3));
    int attached = 0;
    QObject::connect(&panel, &ui::FullTextPanel::attached, [&attached] { ++attached; });
    const QString summary = panel.attachFolder(folder.path());
    EXPECT_EQ(summary, QStringLiteral("1 PDF(s) attached; 1 matched no reference: other.pdf."));
    EXPECT_EQ(attached, 1);
    const auto texts = *session->project().references().fullTexts(core::ReferenceId(3));
    ASSERT_EQ(texts.size(), 1u);
    EXPECT_EQ(texts[0].fileName, QStringLiteral("three.pdf"));
    EXPECT_TRUE(panel.hasPdf()); // the shown reference got its PDF
    EXPECT_EQ(panel.document()->pageCount(), 1);
}

TEST_F(FullTextPanelTest, DecidesWithKeysWhileThePdfHasFocus)
{
    ui::ScreeningView view(*session);
    view.resize(1100, 700);
    view.show();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_I); // references 1 and 2 pass title/abstract
    QTest::keyClick(&view, Qt::Key_I);
    view.setStage(ScreeningStage::FullText);
    ASSERT_EQ(view.candidateCount(), 2);
    ASSERT_EQ(view.currentReference(), core::ReferenceId(1));

    ui::FullTextPanel* panel = view.fullTextPanel();
    ASSERT_TRUE(panel->isVisible());
    EXPECT_FALSE(panel->hasPdf());
    const QString pdf = folder.filePath(QStringLiteral("article.pdf"));
    ASSERT_TRUE(test::writeTestPdf(pdf, QStringLiteral("An article about stem cells")));
    ASSERT_TRUE(panel->attachFile(pdf)) << panel->statusText().toStdString();
    EXPECT_TRUE(panel->hasPdf());
    EXPECT_EQ(panel->document()->pageCount(), 1);
    EXPECT_EQ(panel->findChild<QLabel*>(QStringLiteral("screeningFullTextFile"))->text(),
              QStringLiteral("article.pdf · 1 page"));
    EXPECT_EQ(panel->statusText(), QStringLiteral("Attached article.pdf to #1."));
    const auto texts = *session->project().references().fullTexts(core::ReferenceId(1));
    ASSERT_EQ(texts.size(), 1u);
    EXPECT_TRUE(texts[0].text.contains(QStringLiteral("stem cells"))) << texts[0].text.toStdString();

    QPdfView* pdfView = panel->pdfView();
    QApplication::setActiveWindow(&view);
    pdfView->setFocus(Qt::MouseFocusReason);
    EXPECT_TRUE(pdfView->hasFocus());
    view.setNote(QStringLiteral("methods on page 3"));
    QTest::keyClick(pdfView, Qt::Key_I); // include #1 …
    EXPECT_EQ(view.currentReference(), core::ReferenceId(2));
    QTest::keyClick(pdfView, Qt::Key_E); // … exclude #2 with reason 3
    QTest::keyClick(pdfView, Qt::Key_3);

    const auto votes = *session->project().screening().decisionsForStage(ScreeningStage::FullText);
    ASSERT_EQ(votes.size(), 2u);
    EXPECT_EQ(votes[0].reference, core::ReferenceId(1));
    EXPECT_EQ(votes[0].verdict, Verdict::Include);
    EXPECT_EQ(votes[0].note, QStringLiteral("methods on page 3"));
    EXPECT_EQ(votes[1].reference, core::ReferenceId(2));
    EXPECT_EQ(votes[1].verdict, Verdict::Exclude);
    EXPECT_EQ(votes[1].reason, view.reasons().at(2));
    EXPECT_TRUE(votes[1].note.isEmpty());

    // U undoes from the PDF too; #2 has no PDF, so its pane offers to attach one.
    QTest::keyClick(pdfView, Qt::Key_U);
    EXPECT_EQ(session->project().screening().decisionsForStage(ScreeningStage::FullText)->size(), 1u);
    EXPECT_EQ(view.currentReference(), core::ReferenceId(2));
    EXPECT_FALSE(panel->hasPdf());
    QTest::keyClick(&view, Qt::Key_K);
    EXPECT_EQ(view.currentReference(), core::ReferenceId(1));
    EXPECT_TRUE(panel->hasPdf());
}

} // namespace
