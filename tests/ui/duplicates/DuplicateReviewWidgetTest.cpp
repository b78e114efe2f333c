// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duplicates/DuplicateReviewWidget.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/import/Importer.h"
#include "core/import/ParserRegistry.h"
#include "ui/widgets/HighlightColours.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
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

namespace {

/** A project with one pending pair: A has pages and a long abstract, B has neither. */
struct PairProject
{
    QTemporaryDir dir;
    std::unique_ptr<core::ReviewProject> project;
    QString abstract;

    PairProject()
    {
        auto created = core::ReviewProject::create(dir.filePath(QStringLiteral("p.stemma")));
        project = std::move(*created);
        for (int sentence = 0; sentence < 12; ++sentence)
            abstract += QStringLiteral("Sentence %1 of a long structured abstract about autologous "
                                       "haematopoietic stem cell transplantation in systemic sclerosis. ")
                            .arg(sentence + 1);
        core::Reference reference;
        reference.title = QStringLiteral("Autologous stem cell transplantation for systemic sclerosis");
        reference.year = 2014;
        reference.journal = QStringLiteral("JAMA");
        reference.pages = QStringLiteral("2490-2498");
        reference.abstract = abstract;
        reference.authors = {core::Author{QStringLiteral("van Laar"), QStringLiteral("JM"), {}}};
        EXPECT_TRUE(project->references().insert(reference));
        reference.pages.clear();
        reference.abstract.clear();
        reference.title = QStringLiteral("Autologous stem-cell transplantation for systemic sclerosis.");
        EXPECT_TRUE(project->references().insert(reference));
    }
};

void findPairs(ui::DuplicateReviewWidget& widget)
{
    QSignalSpy found(&widget, &ui::DuplicateReviewWidget::findingFinished);
    widget.findDuplicates();
    ASSERT_TRUE(found.wait(20000));
    ASSERT_EQ(widget.pendingCount(), 1);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xc0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    return palette;
}

} // namespace

TEST(DuplicateReviewWidgetTest, LabelsEveryFieldAndSaysWhatARecordLacks)
{
    PairProject fixture;
    ASSERT_TRUE(fixture.project);
    ui::DuplicateReviewWidget widget;
    widget.setProject(fixture.project.get());
    widget.resize(1000, 600);
    widget.show();
    findPairs(widget);

    auto* table = widget.findChild<QTableWidget*>(QStringLiteral("comparison"));
    ASSERT_TRUE(table);
    for (int row = 0; row < table->rowCount(); ++row)
        EXPECT_FALSE(table->verticalHeaderItem(row)->text().trimmed().isEmpty()) << "row " << row;
    EXPECT_TRUE(table->horizontalHeaderItem(0)->text().contains(QStringLiteral("#1")));
    EXPECT_TRUE(table->horizontalHeaderItem(1)->text().contains(QStringLiteral("#2")));
    EXPECT_EQ(widget.differingFields(),
              (QStringList{QStringLiteral("Title"), QStringLiteral("Pages"), QStringLiteral("Abstract")}));

    const int abstractRow = table->rowCount() - 1;
    EXPECT_TRUE(table->verticalHeaderItem(abstractRow)->text().startsWith(QStringLiteral("Abstract")));
    EXPECT_EQ(table->item(abstractRow, 0)->text(), fixture.abstract.trimmed()) << "the whole abstract, not a cut";
    EXPECT_EQ(table->item(abstractRow, 1)->text(), QStringLiteral("(none)"));
    EXPECT_TRUE(table->item(abstractRow, 1)->font().italic());
    EXPECT_GT(table->rowHeight(abstractRow), 4 * table->fontMetrics().height()) << "long abstracts wrap";

    auto* summary = widget.findChild<QLabel*>(QStringLiteral("pairSummary"));
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->text().contains(QRegularExpression(QStringLiteral("Pair 1 of 1.*score <b>0\\.\\d\\d</b>"))))
        << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("alike"))) << "the finder's reasons are shown";
    EXPECT_TRUE(summary->isVisible());
}

TEST(DuplicateReviewWidgetTest, MarksDifferencesWithoutTheSelectionColourInLightAndDark)
{
    PairProject fixture;
    ASSERT_TRUE(fixture.project);
    const QPalette system = QApplication::palette();
    for (const bool dark : {false, true}) {
        // As the system's dark mode does: the application's palette turns dark.
        QApplication::setPalette(dark ? darkPalette() : system);
        ui::DuplicateReviewWidget widget;
        widget.setProject(fixture.project.get());
        widget.show();
        findPairs(widget);
        auto* table = widget.findChild<QTableWidget*>(QStringLiteral("comparison"));
        ASSERT_TRUE(table);
        const QPalette palette = table->palette();
        EXPECT_EQ(ui::isDarkPalette(palette), dark);
        const QColor expected = ui::differenceHighlight(palette);
        EXPECT_NE(expected, palette.color(QPalette::Highlight));
        // Title differs (row 0), Year does not (row 2).
        EXPECT_EQ(table->item(0, 0)->background().color(), expected) << "dark " << dark;
        EXPECT_EQ(table->item(0, 1)->background().color(), expected);
        EXPECT_EQ(table->item(2, 0)->background().style(), Qt::NoBrush);
        EXPECT_EQ(table->selectionMode(), QAbstractItemView::NoSelection);
        // The text keeps the palette's own colour, readable over the marked background.
        EXPECT_EQ(table->item(0, 0)->foreground().style(), Qt::NoBrush);
        const int contrast = std::abs(expected.lightness() - palette.color(QPalette::Text).lightness());
        EXPECT_GT(contrast, 100) << "dark " << dark;
        if (const QString shots = qEnvironmentVariable("STEMMA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            widget.resize(960, 560);
            widget.grab().save(QDir(shots).filePath(dark ? QStringLiteral("duplicates-dark.png")
                                                         : QStringLiteral("duplicates-light.png")));
        }
    }
    QApplication::setPalette(system);
}

TEST(DuplicateReviewWidgetTest, ButtonsNameTheirKeys)
{
    ui::DuplicateReviewWidget widget;
    QStringList texts;
    for (auto* button : widget.findChildren<QPushButton*>())
        texts << button->text().remove(QLatin1Char('&'));
    for (const auto* key : {"(M)", "(N)", "(U)", "(S)", "(J)", "(K)"})
        EXPECT_TRUE(texts.join(QLatin1Char('|')).contains(QLatin1String(key)))
            << key << " in " << texts.join(QLatin1Char('|')).toStdString();
}
