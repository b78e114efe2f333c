// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/ScreeningTermsDialog.h"

#include "core/db/ScreeningRepository.h"
#include "core/screening/ScreeningTerms.h"
#include "tests/support/TestProject.h"
#include "tests/ui/UiTestProject.h"
#include "ui/ProjectSession.h"
#include "ui/screening/ScreeningView.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QSettings>

using namespace stemma;
using core::screening::ScreeningTerms;

namespace {

class ScreeningTermsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        test::addLibraryReferences(*project, 2);
        session = std::make_unique<ui::ProjectSession>(std::move(project));
    }

    std::unique_ptr<ui::ProjectSession> session;
};

TEST_F(ScreeningTermsDialogTest, StartsFromTheProjectsListsAndDefaultTerms)
{
    ui::ScreeningTermsDialog dialog(*session);
    EXPECT_EQ(dialog.reasons(), *session->project().screening().exclusionReasons());
    EXPECT_EQ(dialog.inclusionTerms(), ScreeningTerms::defaultInclusionTerms());
    EXPECT_EQ(dialog.exclusionTerms(), ScreeningTerms::defaultExclusionTerms());
}

TEST_F(ScreeningTermsDialogTest, AcceptStoresReasonsAndTermsAndTheViewUsesThem)
{
    QSettings().setValue(ui::ScreeningView::reviewerSettingsKey(), QStringLiteral("Anna"));
    ui::ScreeningView view(*session);
    view.show();
    {
        ui::ScreeningTermsDialog dialog(*session);
        dialog.setReasons({QStringLiteral("Not SSc"), QStringLiteral("No cell therapy")});
        dialog.setInclusionTerms({QStringLiteral("cohort")});
        dialog.setExclusionTerms({});
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    EXPECT_EQ(*session->project().screening().exclusionReasons(),
              (QStringList{QStringLiteral("Not SSc"), QStringLiteral("No cell therapy")}));
    EXPECT_EQ(*ScreeningTerms(session->project()).inclusionTerms(), QStringList{QStringLiteral("cohort")});
    EXPECT_TRUE(ScreeningTerms(session->project()).exclusionTerms()->isEmpty());

    view.reload();
    EXPECT_EQ(view.reasons(), (QStringList{QStringLiteral("Not SSc"), QStringLiteral("No cell therapy")}));
    // Only "cohort" is highlighted now; "stem cell" in the title is not.
    const QString html = view.currentHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("#c8f0c8;\">cohort</span>"))) << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("stem cell</span>"))) << html.toStdString();
    QSettings().remove(ui::ScreeningView::reviewerSettingsKey());
}

TEST_F(ScreeningTermsDialogTest, RepeatedReasonsKeepTheDialogOpen)
{
    const QStringList before = *session->project().screening().exclusionReasons();
    ui::ScreeningTermsDialog dialog(*session);
    dialog.setReasons({QStringLiteral("Duplicate"), QStringLiteral("Duplicate")});
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("termsError"));
    ASSERT_NE(error, nullptr);
    EXPECT_EQ(error->text(), QStringLiteral("the exclusion reason \"Duplicate\" is listed twice"));
    EXPECT_EQ(*session->project().screening().exclusionReasons(), before);
}

} // namespace
