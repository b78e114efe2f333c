// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duplicates/DuplicateReviewWidget.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/import/Importer.h"
#include "core/import/ParserRegistry.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace stemma;

TEST(DuplicateReviewWidgetTest, FindsAndResolvesAPairFromTheKeyboard)
{
    QTemporaryDir dir;
    auto created = core::ReviewProject::create(dir.filePath(QStringLiteral("d.stemma")));
    ASSERT_TRUE(created);
    auto project = std::move(*created);
    core::Reference reference;
    reference.title = QStringLiteral("Autologous stem cell transplantation for systemic sclerosis");
    reference.year = 2014;
    reference.journal = QStringLiteral("JAMA");
    reference.authors = {core::Author{QStringLiteral("van Laar"), QStringLiteral("JM"), {}}};
    const auto first = *project->references().insert(reference);
    reference.title = QStringLiteral("AUTOLOGOUS STEM-CELL TRANSPLANTATION FOR SYSTEMIC SCLEROSIS.");
    reference.year = 2015;
    const auto second = *project->references().insert(reference);
    reference.title = QStringLiteral("Something else entirely");
    ASSERT_TRUE(project->references().insert(reference));

    ui::DuplicateReviewWidget widget;
    widget.setProject(project.get());
    widget.show();
    EXPECT_EQ(widget.pendingCount(), 0);

    QSignalSpy found(&widget, &ui::DuplicateReviewWidget::findingFinished);
    widget.findDuplicates();
    ASSERT_TRUE(found.wait(20000));
    EXPECT_EQ(found.front().front().toInt(), 1);
    ASSERT_EQ(widget.pendingCount(), 1);
    EXPECT_EQ(widget.differingFields(), (QStringList{QStringLiteral("Title"), QStringLiteral("Year")}));

    QSignalSpy changed(&widget, &ui::DuplicateReviewWidget::referencesChanged);
    widget.setFocus();
    QTest::keyClick(&widget, Qt::Key_M);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(widget.pendingCount(), 0);
    EXPECT_EQ(project->references().get(second)->mergedInto, first);

    QTest::keyClick(&widget, Qt::Key_U);
    EXPECT_EQ(widget.pendingCount(), 1);
    EXPECT_FALSE(project->references().get(second)->mergedInto.isValid());

    QTest::keyClick(&widget, Qt::Key_N);
    EXPECT_EQ(widget.pendingCount(), 0);
    EXPECT_EQ(*project->references().count(), 3);
}

TEST(DuplicateReviewWidgetTest, SplitsAMergeMadeAtImportAndUndoesTheSplit)
{
    QTemporaryDir dir;
    auto created = core::ReviewProject::create(dir.filePath(QStringLiteral("i.stemma")));
    ASSERT_TRUE(created);
    auto project = std::move(*created);
    core::import::ParserRegistry registry;
    core::import::Importer importer(project->database(), registry);
    for (const auto& [name, content] :
         {std::pair{"pubmed.ris",
                    QByteArray("TY  - JOUR\nTI  - Autologous HSCT in systemic sclerosis\nPY  - 2014\n"
                               "DO  - 10.1001/jama.2014.6368\nER  - \n")},
          std::pair{"embase.ris",
                    QByteArray("TY  - JOUR\nTI  - Autologous HSCT in SSc\nPY  - 2014\n"
                               "DO  - https://doi.org/10.1001/JAMA.2014.6368\nER  - \n")}}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        ASSERT_TRUE(importer.importFile(path));
    }
    ASSERT_EQ(*project->references().count(), 1) << "merged at import on the DOI";

    ui::DuplicateReviewWidget widget;
    widget.setProject(project.get());
    widget.show();
    QApplication::setActiveWindow(&widget);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
    EXPECT_EQ(widget.pendingCount(), 0);
    auto* showMerged = widget.findChild<QCheckBox*>();
    ASSERT_TRUE(showMerged);
    showMerged->click();
    ASSERT_EQ(widget.pendingCount(), 1);
    EXPECT_EQ(widget.findChild<QListWidget*>()->item(0)->text(), QStringLiteral("#1 ← #2   same DOI (import)"));

    QSignalSpy changed(&widget, &ui::DuplicateReviewWidget::referencesChanged);
    widget.setFocus();
    QTest::keyClick(&widget, Qt::Key_S);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(widget.pendingCount(), 0);
    EXPECT_EQ(*project->references().count(), 2);
    EXPECT_EQ(project->references().sources(core::ReferenceId(2))->front().fileName, QStringLiteral("embase.ris"));

    QTest::keyClick(&widget, Qt::Key_U);
    EXPECT_EQ(widget.pendingCount(), 1) << "undoing the split merges the pair again";
    EXPECT_EQ(*project->references().count(), 1);
    if (const QString shots = qEnvironmentVariable("STEMMA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
        widget.resize(900, 420);
        widget.grab().save(QDir(shots).filePath(QStringLiteral("duplicates-merged.png")));
    }
}
