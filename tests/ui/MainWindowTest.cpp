// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "tests/ui/UiTestProject.h"
#include "ui/ProjectSession.h"
#include "ui/RecentFiles.h"
#include "ui/codebook/CodebookView.h"
#include "ui/compare/CompareView.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/import/ImportDialog.h"
#include "ui/library/LibraryView.h"
#include "ui/library/ReferenceDetailPane.h"
#include "ui/models/ReferenceTableModel.h"
#include "ui/reports/ReportsView.h"
#include "ui/widgets/PlaceholderPage.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>

using namespace stemma;
using ui::MainWindow;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::RecentFiles::clear();
        ASSERT_TRUE(dir.isValid());
    }

    /** A project file with \a count references, closed again so the window opens it itself. */
    QString makeProject(const QString& name, int count)
    {
        const QString path = dir.filePath(name);
        auto project = core::ReviewProject::create(path);
        EXPECT_TRUE(project);
        if (project)
            test::addLibraryReferences(**project, count);
        return path;
    }

    QAction* action(const MainWindow& window, const char* name)
    {
        return window.findChild<QAction*>(QString::fromLatin1(name));
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(MainWindowTest, TitleNamesTheOpenProject)
{
    MainWindow window;
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Stemma"));
    ASSERT_TRUE(window.openProject(makeProject(QStringLiteral("scleroderma.stemma"), 0)));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("scleroderma — Stemma"));
    window.closeProject();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Stemma"));
    EXPECT_EQ(window.project(), nullptr);
}

TEST_F(MainWindowTest, EveryMenuActionHasAShortcut)
{
    MainWindow window;
    int checked = 0;
    for (QAction* menuAction : window.menuBar()->actions()) {
        for (QAction* item : menuAction->menu()->actions()) {
            if (item->isSeparator() || item->menu())
                continue;
            EXPECT_FALSE(item->shortcut().isEmpty()) << item->text().toStdString();
            ++checked;
        }
    }
    EXPECT_GE(checked, 14);
    EXPECT_EQ(action(window, "undoAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    EXPECT_EQ(action(window, "redoAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    EXPECT_EQ(action(window, "findAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    EXPECT_EQ(action(window, "showReportsAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
    EXPECT_EQ(action(window, "exportReferencesAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    EXPECT_FALSE(action(window, "exportReferencesAction")->isEnabled()); // nothing to export without a project
}

TEST_F(MainWindowTest, RemembersRecentFilesNewestFirst)
{
    const QString first = makeProject(QStringLiteral("first.stemma"), 0);
    const QString second = makeProject(QStringLiteral("second.stemma"), 0);
    {
        MainWindow window;
        EXPECT_FALSE(window.recentMenu()->isEnabled());
        ASSERT_TRUE(window.openProject(first));
        ASSERT_TRUE(window.openProject(second));
        ASSERT_TRUE(window.openProject(first));
    }
    EXPECT_EQ(ui::RecentFiles::load(), (QStringList{first, second}));

    MainWindow window;
    QStringList menuPaths;
    for (QAction* item : window.recentMenu()->actions())
        if (!item->data().toString().isEmpty())
            menuPaths.append(item->data().toString());
    EXPECT_EQ(menuPaths, (QStringList{first, second}));
    EXPECT_TRUE(window.recentMenu()->actions().first()->text().contains(QStringLiteral("first.stemma")));
}

TEST_F(MainWindowTest, RecentFilesKeepAtMostTen)
{
    for (int i = 0; i < 12; ++i)
        ui::RecentFiles::add(makeProject(QStringLiteral("p%1.stemma").arg(i), 0));
    const QStringList paths = ui::RecentFiles::load();
    ASSERT_EQ(paths.size(), 10);
    EXPECT_EQ(paths.first(), dir.filePath(QStringLiteral("p11.stemma")));
    EXPECT_EQ(paths.last(), dir.filePath(QStringLiteral("p2.stemma")));
}

TEST_F(MainWindowTest, OpeningAMissingFileFailsAndDropsItFromRecent)
{
    MainWindow window;
    EXPECT_FALSE(window.openProject(dir.filePath(QStringLiteral("missing.stemma"))));
    EXPECT_EQ(window.project(), nullptr);
    EXPECT_TRUE(ui::RecentFiles::load().isEmpty());
}

TEST_F(MainWindowTest, SwitchesPartsFromSidebarAndShortcuts)
{
    MainWindow window;
    ASSERT_TRUE(window.openProject(makeProject(QStringLiteral("parts.stemma"), 3)));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.currentPart(), MainWindow::Part::Library);
    ASSERT_EQ(window.sidebar()->count(), MainWindow::PART_COUNT);
    EXPECT_EQ(window.sidebar()->item(1)->text(), QStringLiteral("Screening"));

    action(window, "showCodebookAction")->trigger();
    EXPECT_EQ(window.currentPart(), MainWindow::Part::Codebook);
    ASSERT_NE(window.codebookView(), nullptr);
    EXPECT_TRUE(window.codebookView()->isVisible());
    EXPECT_FALSE(window.libraryView()->isVisible());

    action(window, "showCompareAction")->trigger();
    ASSERT_NE(window.compareView(), nullptr);
    EXPECT_TRUE(window.compareView()->isVisible());

    // Reports is a real part now: no placeholder is left in a window with a project open.
    action(window, "showReportsAction")->trigger();
    ASSERT_NE(window.reportsView(), nullptr);
    EXPECT_TRUE(window.reportsView()->isVisible());
    EXPECT_EQ(window.reportsView()->itemList()->count(), ui::REPORT_ITEM_COUNT);
    for (const auto* candidate : window.findChildren<ui::PlaceholderPage*>())
        EXPECT_FALSE(candidate->isVisible()) << candidate->title().toStdString();

    window.sidebar()->setCurrentRow(static_cast<int>(MainWindow::Part::Reports));
    EXPECT_TRUE(action(window, "showReportsAction")->isChecked());

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentPart(), MainWindow::Part::Library);
    EXPECT_TRUE(window.libraryView()->isVisible());
}

TEST_F(MainWindowTest, FindFocusesTheSearchBox)
{
    MainWindow window;
    ASSERT_TRUE(window.openProject(makeProject(QStringLiteral("find.stemma"), 3)));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.setCurrentPart(MainWindow::Part::Compare);
    action(window, "findAction")->trigger();
    EXPECT_EQ(window.currentPart(), MainWindow::Part::Library);
    EXPECT_EQ(QApplication::focusWidget(), window.libraryView()->searchBox());
}

TEST_F(MainWindowTest, StatusBarCountsReferences)
{
    MainWindow window;
    ASSERT_TRUE(window.openProject(makeProject(QStringLiteral("counts.stemma"), 50)));
    EXPECT_EQ(window.statusText(), QStringLiteral("50 references"));
    window.libraryView()->searchBox()->setText(QStringLiteral("mesenchymal"));
    window.libraryView()->applyFilters();
    EXPECT_EQ(window.statusText(), QStringLiteral("7 of 50 references shown"));
}

TEST_F(MainWindowTest, EditTitleThenUndoAndRedoThroughTheMenu)
{
    const QString path = makeProject(QStringLiteral("edit.stemma"), 50);
    MainWindow window;
    ASSERT_TRUE(window.openProject(path));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ui::LibraryView* library = window.libraryView();
    ASSERT_TRUE(library->selectReference(core::ReferenceId(3)));

    // Enter in the table goes to the editor with the title selected.
    library->table()->setFocus();
    QTest::keyClick(library->table(), Qt::Key_Return);
    auto* title = qobject_cast<QLineEdit*>(library->detailPane()->editor(core::edit::ReferenceField::Title));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), title);
    EXPECT_EQ(title->selectedText(), QStringLiteral("Haematopoietic stem cell transplantation, cohort 3"));

    QTest::keyClicks(title, QStringLiteral("Corrected title"));
    QTest::keyClick(title, Qt::Key_Return);
    auto stored = window.project()->references().get(core::ReferenceId(3));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->title, QStringLiteral("Corrected title"));
    const int row = library->model()->rowOf(core::ReferenceId(3));
    EXPECT_EQ(library->model()->index(row, ui::ReferenceTableModel::TitleColumn).data().toString(),
              QStringLiteral("Corrected title"));
    EXPECT_EQ(action(window, "undoAction")->text(), QStringLiteral("&Undo Edit title"));

    action(window, "undoAction")->trigger();
    EXPECT_EQ(window.project()->references().get(core::ReferenceId(3))->title,
              QStringLiteral("Haematopoietic stem cell transplantation, cohort 3"));
    EXPECT_EQ(title->text(), QStringLiteral("Haematopoietic stem cell transplantation, cohort 3"));
    EXPECT_TRUE(library->detailPane()->overview()->toPlainText().contains(QStringLiteral("cohort 3")));

    action(window, "redoAction")->trigger();
    EXPECT_EQ(window.project()->references().get(core::ReferenceId(3))->title, QStringLiteral("Corrected title"));
    EXPECT_EQ(title->text(), QStringLiteral("Corrected title"));
    EXPECT_EQ(window.session()->undoStack()->count(), 1);

    // With the title saved, Ctrl+Z in the title field undoes the project edit, Ctrl+Shift+Z redoes it.
    EXPECT_EQ(QApplication::focusWidget(), title);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(window.project()->references().get(core::ReferenceId(3))->title,
              QStringLiteral("Haematopoietic stem cell transplantation, cohort 3"));
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window.project()->references().get(core::ReferenceId(3))->title, QStringLiteral("Corrected title"));
}

TEST_F(MainWindowTest, AboutNamesTheLibrariesAndTheirLicences)
{
    const QString html = ui::AboutDialog::aboutHtml();
    EXPECT_TRUE(html.contains(QString::fromLatin1(qVersion())));
    for (const char* name :
         {"SQLite", "spdlog", "Poppler", "GPL-2.0-or-later", "libxlsxwriter", "Boost.Math", "LGPL-3.0-only", "MIT"})
        EXPECT_TRUE(html.contains(QString::fromLatin1(name))) << name;
}

TEST_F(MainWindowTest, RemembersWindowSizeAndLibraryColumns)
{
    const QString path = makeProject(QStringLiteral("state.stemma"), 5);
    int authorsWidth = 0;
    {
        MainWindow window;
        ASSERT_TRUE(window.openProject(path));
        window.resize(1511, 877);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.libraryView()->table()->horizontalHeader()->resizeSection(ui::ReferenceTableModel::AuthorsColumn, 321);
        window.libraryView()->table()->sortByColumn(ui::ReferenceTableModel::TitleColumn, Qt::AscendingOrder);
        authorsWidth =
            window.libraryView()->table()->horizontalHeader()->sectionSize(ui::ReferenceTableModel::AuthorsColumn);
        window.close();
    }
    MainWindow window;
    EXPECT_EQ(window.size(), QSize(1511, 877));
    ASSERT_TRUE(window.openProject(path));
    const QHeaderView* header = window.libraryView()->table()->horizontalHeader();
    EXPECT_EQ(header->sectionSize(ui::ReferenceTableModel::AuthorsColumn), authorsWidth);
    EXPECT_EQ(header->sortIndicatorSection(), ui::ReferenceTableModel::TitleColumn);
    EXPECT_EQ(window.libraryView()->model()->sortOrder().key, core::db::LibrarySortKey::Title);
}

TEST_F(MainWindowTest, FilesDroppedOnTheWindowAreImported)
{
    MainWindow window;
    ASSERT_TRUE(window.openProject(makeProject(QStringLiteral("drop.stemma"), 3)));
    window.show();
    ASSERT_TRUE(window.acceptDrops());

    const QString risPath = dir.filePath(QStringLiteral("dropped.ris"));
    {
        QFile ris(risPath);
        ASSERT_TRUE(ris.open(QIODevice::WriteOnly));
        ris.write("TY  - JOUR\r\nTI  - Umbilical cord mesenchymal stem cells for refractory systemic sclerosis\r\n"
                  "AU  - Zhang, Huayong\r\nPY  - 2017\r\nER  - \r\n"
                  "TY  - JOUR\r\nTI  - Autologous stem cell transplantation in early diffuse scleroderma\r\n"
                  "AU  - Sullivan, Keith M\r\nPY  - 2018\r\nER  - \r\n");
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(risPath), QUrl(QStringLiteral("https://example.org/not-a-file.ris"))});
    const QPoint centre = window.rect().center();

    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted()) << "a drag of files is welcome while a project is open";

    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_TRUE(drop.isAccepted());

    // The drop goes through the same import dialog as File > Import, on its worker thread.
    // It may finish before this line runs, so the test waits for its effect, not its signal.
    EXPECT_NE(window.findChild<ui::ImportDialog*>(), nullptr);
    const QString expected = QStringLiteral("5 references  \u00b7  1 import");
    QDeadlineTimer deadline(30000);
    while (window.statusText() != expected && !deadline.hasExpired())
        QTest::qWait(20);
    EXPECT_EQ(window.statusText().toStdString(), expected.toStdString());
}

TEST_F(MainWindowTest, DropsAreRefusedWithoutAProject)
{
    MainWindow window;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("any.ris")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(&window, &enter);
    EXPECT_FALSE(enter.isAccepted());
}

TEST_F(MainWindowTest, AProjectInAReadOnlyFolderOpensReadOnlyWithEditsDisabled)
{
    const QString folder = dir.filePath(QStringLiteral("shared"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/locked.stemma");
    {
        auto project = core::ReviewProject::create(path);
        ASSERT_TRUE(project);
        test::addLibraryReferences(**project, 5);
    }
    const auto permissions = QFile::permissions(folder);
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    {
        MainWindow window;
        ASSERT_TRUE(window.openProject(path));
        EXPECT_TRUE(window.project()->isReadOnly());
        EXPECT_EQ(window.windowTitle(), QStringLiteral("locked (read-only) — Stemma"));
        EXPECT_FALSE(action(window, "importAction")->isEnabled());
        EXPECT_FALSE(action(window, "duplicatesAction")->isEnabled());
        EXPECT_EQ(window.libraryView()->model()->rowCount(), 5) << "the references can still be viewed";

        // An edit is refused with a reason before it reaches the file.
        QString refusal;
        QObject::connect(
            window.session(), &ui::ProjectSession::editFailed, [&](const QString& message) { refusal = message; });
        ASSERT_TRUE(window.libraryView()->selectReference(core::ReferenceId(1)));
        auto* title =
            qobject_cast<QLineEdit*>(window.libraryView()->detailPane()->editor(core::edit::ReferenceField::Title));
        ASSERT_NE(title, nullptr);
        title->setText(QStringLiteral("Changed"));
        emit title->editingFinished();
        EXPECT_TRUE(refusal.contains(QStringLiteral("read-only"))) << refusal.toStdString();
        EXPECT_NE(window.project()->references().get(core::ReferenceId(1))->title, QStringLiteral("Changed"));
    }
    QFile::setPermissions(folder, permissions);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}
