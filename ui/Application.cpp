// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Application.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/demo/DemoProjectBuilder.h"
#include "ui/MainWindow.h"
#include "ui/library/LibraryView.h"
#include "ui/library/ReferenceDetailPane.h"
#include "ui/models/ReferenceTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

#include <cstdio>

namespace stemma::ui {
namespace {

std::optional<MainWindow::Part> partFromName(const QString& name)
{
    for (int i = 0; i < MainWindow::PART_COUNT; ++i) {
        const auto part = static_cast<MainWindow::Part>(i);
        if (MainWindow::partName(part).compare(name, Qt::CaseInsensitive) == 0)
            return part;
    }
    return std::nullopt;
}

/** Lets queued layouts, model fetches and paints finish before the window is grabbed. */
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

/** Opens the first tab called \a name (mnemonic ignored) among the tab widgets \a window shows. */
bool openTab(QWidget& window, const QString& name)
{
    for (auto* tabs : window.findChildren<QTabWidget*>()) {
        if (!tabs->isVisibleTo(&window))
            continue;
        for (int index = 0; index < tabs->count(); ++index)
            if (tabs->tabText(index).remove(QLatin1Char('&')).compare(name, Qt::CaseInsensitive) == 0) {
                tabs->setCurrentIndex(index);
                return true;
            }
    }
    return false;
}

} // namespace

/**
 * The demo project lives in the app-data folder and is written on first use, so a reviewer's
 * edits to it survive restarts. Returns its path, or an error when it cannot be written.
 */
core::Result<QString> ensureDemoProject()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    return core::demo::ensureDemoProjectFile(
        QDir(folder).filePath(QStringLiteral("MSC vs HSCT in systemic sclerosis (demo).stemma")));
}

int Application::run(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stemma"));
    QApplication::setApplicationName(QStringLiteral("stemma"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stemma"));
    QApplication::setApplicationVersion(QStringLiteral(STEMMA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stemma literature-review workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A project file (*.stemma) to open."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to PNG <file> once loaded, then exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption part(QStringLiteral("part"),
                                  QStringLiteral("Show this part: Library, Screening, Studies, Codebook, Compare, "
                                                 "Reports; or Duplicates for the duplicate review."),
                                  QStringLiteral("name"));
    const QCommandLineOption search(
        QStringLiteral("search"), QStringLiteral("Type <text> into the Library search."), QStringLiteral("text"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size for --screenshot, WIDTHxHEIGHT."),
                                  QStringLiteral("size"),
                                  QStringLiteral("1600x900"));
    const QCommandLineOption tab(QStringLiteral("detail-tab"),
                                 QStringLiteral("Detail tab for --screenshot: overview, edit or sources."),
                                 QStringLiteral("tab"));
    const QCommandLineOption raw(QStringLiteral("show-raw"),
                                 QStringLiteral("For --screenshot: tick \"Show raw record\" in the Sources tab."));
    const QCommandLineOption pageTab(QStringLiteral("tab"),
                                     QStringLiteral("For --screenshot: open the tab named <name> in the part shown "
                                                    "(Evidence, Conflicts, Agreement, PRISMA…); may be repeated "
                                                    "for a tab inside a tab."),
                                     QStringLiteral("name"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the demo project (MSC versus HSCT in systemic sclerosis)."));
    parser.addOptions({screenshot, part, search, size, tab, raw, pageTab, demo});
    parser.process(application);

    const bool screenshotMode = parser.isSet(screenshot);
    if (screenshotMode) {
        // Screenshots must not depend on, or change, the user's saved window state.
        QApplication::setOrganizationName(QStringLiteral("StemmaScreenshots"));
    }
    core::log::setUpLogging(
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation), false, spdlog::level::info);
    core::log::routeQtMessagesToLog();

    MainWindow window;
    if (!parser.positionalArguments().isEmpty()) {
        window.openProject(parser.positionalArguments().front());
    } else if (parser.isSet(demo)) {
        auto path = ensureDemoProject();
        if (path)
            window.openProject(*path);
        else
            QMessageBox::warning(&window,
                                 QStringLiteral("Stemma"),
                                 QObject::tr("The demo project could not be written: %1").arg(path.error().message));
    }

    if (!screenshotMode) {
        window.show();
        return QApplication::exec();
    }

    const QStringList dimensions = parser.value(size).split(QLatin1Char('x'));
    if (dimensions.size() == 2)
        window.resize(dimensions[0].toInt(), dimensions[1].toInt());
    // The duplicate review is a window of its own, not a part; its screenshot shows that window.
    const bool duplicates = parser.value(part).compare(QLatin1String("Duplicates"), Qt::CaseInsensitive) == 0;
    if (parser.isSet(part) && !duplicates) {
        const auto chosen = partFromName(parser.value(part));
        if (!chosen) {
            std::fprintf(stderr, "unknown part: %s\n", qPrintable(parser.value(part)));
            return 2;
        }
        window.setCurrentPart(*chosen);
    }
    window.show();
    settle();
    if (LibraryView* library = window.libraryView(); library && window.currentPart() == MainWindow::Part::Library) {
        if (parser.isSet(search)) {
            library->searchBox()->setText(parser.value(search));
            library->applyFilters();
        }
        if (library->model()->rowCount() > 0)
            library->table()->selectRow(0);
        const QString tabName = parser.value(tab);
        if (tabName == QLatin1String("edit"))
            library->detailPane()->tabs()->setCurrentIndex(ReferenceDetailPane::EditTab);
        else if (tabName == QLatin1String("sources"))
            library->detailPane()->tabs()->setCurrentIndex(ReferenceDetailPane::SourcesTab);
        library->detailPane()->rawRecordToggle()->setChecked(parser.isSet(raw));
        library->table()->setFocus();
    }
    settle();
    for (const QString& name : parser.values(pageTab)) {
        if (!openTab(window, name)) {
            std::fprintf(stderr, "no tab named %s in the part shown\n", qPrintable(name));
            return 2;
        }
        settle();
    }
    QWidget* shown = &window;
    if (duplicates) {
        window.reviewDuplicates();
        settle();
        if (auto* dialog = window.findChild<QDialog*>(); dialog && dialog->isVisible())
            shown = dialog;
    }
    const QString file = parser.value(screenshot);
    if (!shown->grab().save(file, "PNG")) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        return 1;
    }
    return 0;
}

} // namespace stemma::ui
