// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportDialog.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace stemma;

namespace {

QString writeRis(const QString& path, int records, bool withBrokenRecord = false)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < records; ++i) {
        file.write("TY  - JOUR\nAU  - Burt, Richard K\nTI  - Stem cell record " + QByteArray::number(i) +
                   "\nPY  - 2012\nAB  - Abstract text about haematopoietic stem cells " + QByteArray::number(i) +
                   ".\nER  - \n\n");
        if (withBrokenRecord && i == 0)
            file.write("AU  - Orphan, Author\nTI  - A record without its TY line\nER  - \n\n");
    }
    return path;
}

class ImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        projectPath = dir.filePath(QStringLiteral("review.stemma"));
        ASSERT_TRUE(core::ReviewProject::create(projectPath));
    }

    int references()
    {
        auto project = core::ReviewProject::open(projectPath);
        return project ? *(*project)->references().count(true) : -1;
    }

    QTemporaryDir dir;
    QString projectPath;
};

} // namespace

TEST_F(ImportDialogTest, ImportsInTheBackgroundAndSummarisesEachFile)
{
    const QString good = writeRis(dir.filePath(QStringLiteral("embase.ris")), 25, true);
    // Any readable text could be a saved article page, so the file that must fail is binary.
    const QString bad = dir.filePath(QStringLiteral("notes.png"));
    QFile notes(bad);
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    // The PNG signature and the start of its header chunk; the size comes from the literal
    // itself (less its terminating NUL) so the write can never read past it.
    static constexpr char PNG_HEAD[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\0";
    notes.write(PNG_HEAD, sizeof PNG_HEAD - 1);
    notes.close();

    ui::ImportDialog dialog(projectPath, {good, bad});
    QSignalSpy finished(&dialog, &ui::ImportDialog::importFinished);
    dialog.show();
    dialog.start();
    ASSERT_TRUE(finished.wait(20000));

    ASSERT_EQ(dialog.outcomes().size(), 2);
    EXPECT_TRUE(dialog.outcomes()[0].ok);
    EXPECT_EQ(dialog.outcomes()[0].report.imported, 25);
    EXPECT_FALSE(dialog.outcomes()[1].ok);
    EXPECT_EQ(dialog.importedCount(), 25);
    EXPECT_EQ(references(), 25);

    auto* summary = dialog.findChild<QTableWidget*>();
    ASSERT_NE(summary, nullptr);
    ASSERT_EQ(summary->rowCount(), 2);
    EXPECT_EQ(summary->item(0, 1)->text(), QStringLiteral("ris"));
    EXPECT_EQ(summary->item(0, 3)->text(), QStringLiteral("25"));
    EXPECT_EQ(summary->item(1, 1)->text(), QStringLiteral("Not imported"));
    auto* problems = dialog.findChild<QPlainTextEdit*>();
    ASSERT_NE(problems, nullptr);
    EXPECT_TRUE(problems->toPlainText().contains(QStringLiteral("embase.ris:")))
        << problems->toPlainText().toStdString();
    EXPECT_TRUE(problems->toPlainText().contains(QStringLiteral("notes.png")));
    EXPECT_FALSE(problems->toPlainText().contains(QStringLiteral("/embase.ris")))
        << "problems name the file, not its folder";
}

TEST_F(ImportDialogTest, CancelLeavesTheProjectAsItWas)
{
    const QString big = writeRis(dir.filePath(QStringLiteral("big.ris")), 40000);
    ui::ImportDialog dialog(projectPath, {big});
    QSignalSpy finished(&dialog, &ui::ImportDialog::importFinished);
    QSignalSpy progress(&dialog.controller(), &ui::ImportController::progressChanged);
    dialog.show();
    dialog.start();
    // Cancel as soon as the import has visibly started, with the dialog's own Cancel button.
    ASSERT_TRUE(progress.wait(20000));
    QList<QPushButton*> buttons = dialog.findChildren<QPushButton*>();
    auto cancel = std::find_if(buttons.begin(), buttons.end(), [](QPushButton* button) {
        return button->text().contains(QStringLiteral("Cancel"));
    });
    ASSERT_NE(cancel, buttons.end());
    QTest::mouseClick(*cancel, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(dialog.wasCancelled());
    EXPECT_TRUE(dialog.isVisible()) << "the dialog stays open to say what happened";
    EXPECT_EQ(references(), 0);
}
