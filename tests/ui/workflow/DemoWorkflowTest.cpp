// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A reviewer's first minutes, through the real window: open the demo, search, filter, select,
// and import a file.
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/demo/DemoProjectBuilder.h"
#include "ui/MainWindow.h"
#include "ui/import/ImportDialog.h"
#include "ui/library/LibraryView.h"
#include "ui/library/ReferenceDetailPane.h"
#include "ui/models/ReferenceTableModel.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace stemma;

namespace {

QString makeDemo(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.stemma"));
    auto project = core::ReviewProject::create(path);
    EXPECT_TRUE(project);
    auto built = core::demo::buildDemoProject(**project);
    EXPECT_TRUE(built) << (built ? "" : built.error().message.toStdString());
    return path;
}

} // namespace

TEST(DemoWorkflowTest, OpenSearchSelectImport)
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir);
    ui::MainWindow window;
    ASSERT_TRUE(window.openProject(path));
    window.show();
    ui::LibraryView* library = window.libraryView();
    ASSERT_NE(library, nullptr);
    const int demoCount = library->model()->rowCount();
    EXPECT_GE(demoCount, 20);

    // Full-text search: "umbilical" is in summaries of umbilical-cord MSC studies only.
    library->searchBox()->setText(QStringLiteral("umbilical"));
    library->applyFilters();
    const int matches = library->model()->rowCount();
    EXPECT_GT(matches, 0);
    EXPECT_LT(matches, demoCount);
    library->table()->selectRow(0);
    EXPECT_TRUE(library->detailPane()->referenceId().isValid());

    library->searchBox()->clear();
    library->applyFilters();
    EXPECT_EQ(library->model()->rowCount(), demoCount);

    // Importing a RIS file runs in the background and the table follows when it is done.
    const QString ris = dir.filePath(QStringLiteral("new.ris"));
    QFile file(ris);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("TY  - JOUR\nAU  - Farge, Dominique\nTI  - Haematopoietic stem cell transplantation in autoimmune "
               "disease: guidelines\nPY  - 2019\nER  - \n");
    file.close();
    window.importFiles({ris}); // what File ▸ Import… and dropping files on the window both call
    auto* dialog = window.findChild<ui::ImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    QSignalSpy finished(dialog, &ui::ImportDialog::importFinished);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(dialog->importedCount(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return library->model()->rowCount() == demoCount + 1; }, 5000));
}
