// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/ExportReferencesDialog.h"

#include "core/db/ReferenceRepository.h"
#include "core/demo/DemoProjectBuilder.h"
#include "tests/support/TestProject.h"
#include "ui/ProjectSession.h"
#include "ui/library/LibraryView.h"
#include "ui/models/ReferenceTableModel.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

using namespace stemma;
using Kind = core::exports::ExportScope::Kind;

namespace {

class ExportReferencesDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto project = test::makeMemoryProject();
        ASSERT_TRUE(project);
        ASSERT_TRUE(core::demo::buildDemoProject(*project));
        session = std::make_unique<ui::ProjectSession>(std::move(project));
        library = std::make_unique<ui::LibraryView>(*session);
        library->resize(1200, 700);
        library->show();
        QCoreApplication::processEvents();
        ASSERT_GT(library->model()->rowCount(), 2);
        ASSERT_TRUE(dir.isValid());
    }

    ui::ExportReferencesDialog::LibraryState state() const
    {
        return ui::ExportReferencesDialog::LibraryState::of(*library);
    }

    static QString read(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    }

    QTemporaryDir dir;
    std::unique_ptr<ui::ProjectSession> session;
    std::unique_ptr<ui::LibraryView> library;
};

TEST_F(ExportReferencesDialogTest, ExportsTheLibrarySelection)
{
    library->table()->selectRow(0);
    library->table()->selectionModel()->select(library->model()->index(2, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const auto selected = library->selectedReferences();
    ASSERT_EQ(selected.size(), 2u);

    ui::ExportReferencesDialog dialog(session->project(), state());
    dialog.chooseSelection();
    EXPECT_EQ(static_cast<Kind>(dialog.scopeBox()->currentData().toInt()), Kind::Ids);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("bibtex")));
    const QString path = dir.filePath(QStringLiteral("picked.bib"));
    dialog.pathEdit()->setText(path);
    ASSERT_TRUE(dialog.exportNow());
    EXPECT_EQ(dialog.exportedCount(), 2);
    const QString bibtex = read(path);
    EXPECT_EQ(bibtex.count(QStringLiteral("\n@")) + (bibtex.startsWith(QLatin1Char('@')) ? 1 : 0), 2);
    const auto first = session->project().references().get(selected.front());
    ASSERT_TRUE(first);
    EXPECT_TRUE(bibtex.contains(first->doi)) << first->doi.toStdString();
}

TEST_F(ExportReferencesDialogTest, SuffixFollowsTheFormatAndScreeningIsOptional)
{
    ui::ExportReferencesDialog dialog(session->project(), state());
    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("out.ris")));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("csv")));
    EXPECT_TRUE(dialog.pathEdit()->text().endsWith(QStringLiteral("out.csv")));
    dialog.scopeBox()->setCurrentIndex(dialog.scopeBox()->findData(int(Kind::Excluded)));
    dialog.screeningBox()->setChecked(true);
    ASSERT_TRUE(dialog.exportNow());
    const QString csv = read(dialog.pathEdit()->text());
    EXPECT_TRUE(csv.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("Exclusion reasons")));
    EXPECT_TRUE(csv.contains(QStringLiteral(",excluded,")) || csv.contains(QStringLiteral("excluded")));
}

TEST_F(ExportReferencesDialogTest, ASearchNeedsWords)
{
    ui::ExportReferencesDialog dialog(session->project(), state());
    dialog.scopeBox()->setCurrentIndex(dialog.scopeBox()->findData(int(Kind::Search)));
    EXPECT_TRUE(dialog.searchEdit()->isEnabled());
    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("found.ris")));
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("found.ris"))));
    dialog.searchEdit()->setText(QStringLiteral("scleroderma"));
    ASSERT_TRUE(dialog.exportNow());
    EXPECT_GT(dialog.exportedCount(), 0);
}

} // namespace
