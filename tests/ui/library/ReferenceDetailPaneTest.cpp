// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/library/ReferenceDetailPane.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QTextBrowser>

using namespace stemma;

TEST(ReferenceDetailPaneTest, ShowsTheGreyLiteratureBadgeTheMissingFieldsAndTheReferenceList)
{
    auto project = test::makeMemoryProject();
    ASSERT_TRUE(project);
    core::Reference page;
    page.title = QStringLiteral("Stem cell therapy for scleroderma at our clinic");
    page.type = core::PublicationType::WebPage;
    page.greyLiterature = true;
    page.notFound = {QStringLiteral("authors"), QStringLiteral("year")};
    auto pageId = project->references().insert(page);
    ASSERT_TRUE(pageId);
    const QStringList cited{
        QStringLiteral("van Laar JM, Farge D, Sont JK, et al. Autologous hematopoietic stem cell transplantation vs "
                       "intravenous pulse cyclophosphamide in diffuse cutaneous systemic sclerosis. JAMA. "
                       "2014;311(24):2490-2498."),
        QStringLiteral("Sullivan KM, Goldmuntz EA, Keyes-Elstein L, et al. Myeloablative autologous stem-cell "
                       "transplantation for severe scleroderma. N Engl J Med. 2018;378(1):35-47.")};
    ASSERT_TRUE(project->references().setCitedReferences(*pageId, cited));
    core::Reference article;
    article.title = QStringLiteral("A peer-reviewed trial");
    article.year = 2014;
    auto articleId = project->references().insert(article);
    ASSERT_TRUE(articleId);

    ui::ProjectSession session(std::move(project));
    ui::ReferenceDetailPane pane(session);
    pane.resize(560, 640);
    pane.show();
    pane.showReference(*pageId);
    const QString text = pane.overview()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Grey literature / promotional source"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Not found on import: authors, year")));
    EXPECT_TRUE(text.contains(QStringLiteral("References (2)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Myeloablative autologous stem-cell transplantation")));
    EXPECT_LT(text.indexOf(QStringLiteral("JAMA")), text.indexOf(QStringLiteral("N Engl J Med"))) << "in order";
    if (const QString shots = qEnvironmentVariable("STEMMA_TEST_SCREENSHOTS"); !shots.isEmpty())
        pane.grab().save(QDir(shots).filePath(QStringLiteral("detail-grey-literature.png")));

    pane.showReference(*articleId);
    const QString plain = pane.overview()->toPlainText();
    EXPECT_FALSE(plain.contains(QStringLiteral("Grey literature")));
    EXPECT_FALSE(plain.contains(QStringLiteral("Not found on import")));
    EXPECT_FALSE(plain.contains(QStringLiteral("References (")));
}
