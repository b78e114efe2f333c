// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Application.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/demo/DemoProjectBuilder.h"
#include "core/screening/FullTextMatcher.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/export/ExportReferencesDialog.h"
#include "ui/import/ImportDialog.h"
#include "ui/library/LibraryView.h"
#include "ui/library/ReferenceDetailPane.h"
#include "ui/models/ReferenceTableModel.h"
#include "ui/screening/RankingPanel.h"
#include "ui/screening/ScreeningView.h"
#include "ui/studies/StudiesView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

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

/**
 * Selects an item of \a kind in \a studies' tree of the study shown, opening its form: the first
 * one linked to the words it came from (the tree marks those with an icon), else the first.
 */
bool selectStudyItem(StudiesView& studies, const QString& kind)
{
    QTreeWidget* tree = studies.structureTree();
    QTreeWidgetItem* chosen = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() != kind)
            continue;
        if (!chosen)
            chosen = *it;
        if (!(*it)->icon(0).isNull()) {
            chosen = *it;
            break;
        }
    }
    if (!chosen)
        return false;
    tree->setCurrentItem(chosen);
    tree->scrollToItem(chosen);
    return true;
}

/** Imports \a file through the window's import dialog and returns the dialog once its summary is up. */
ImportDialog* importAndWait(MainWindow& window, const QString& file)
{
    window.importFiles({file});
    auto* dialog = window.findChild<ImportDialog*>();
    if (!dialog)
        return nullptr;
    QEventLoop loop;
    bool finished = false;
    QObject::connect(dialog, &ImportDialog::importFinished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    settle();
    return finished ? dialog : nullptr;
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
    const QCommandLineOption exportDialog(QStringLiteral("export-dialog"),
                                          QStringLiteral("For --screenshot: show File > Export References… set to "
                                                         "the excluded references, with their screening, as RIS."));
    const QCommandLineOption import(QStringLiteral("import"),
                                    QStringLiteral("For --screenshot: import <file> into the project through the "
                                                   "import dialog and show the dialog's summary."),
                                    QStringLiteral("file"));
    const QCommandLineOption studyItem(QStringLiteral("study-item"),
                                       QStringLiteral("For --screenshot of Studies: select the first item of this "
                                                      "kind in the study's tree (arm, intervention, patient, "
                                                      "outcome_result) to show its form."),
                                       QStringLiteral("kind"));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   QStringLiteral("For --screenshot of Screening: the stage shown, title-abstract or "
                                                  "full-text."),
                                   QStringLiteral("stage"));
    const QCommandLineOption attachPdfs(QStringLiteral("attach-pdfs"),
                                        QStringLiteral("For --screenshot: first attach the PDFs in <folder> to the "
                                                       "references they match, as \"Attach PDFs from folder…\" does."),
                                        QStringLiteral("folder"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"),
                                      QStringLiteral("For --screenshot of Screening: screen as <name>."),
                                      QStringLiteral("name"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the demo project (MSC versus HSCT in systemic sclerosis)."));
    parser.addOptions({screenshot,
                       part,
                       search,
                       size,
                       tab,
                       raw,
                       pageTab,
                       import,
                       studyItem,
                       stage,
                       attachPdfs,
                       reviewer,
                       demo,
                       exportDialog});
    parser.process(application);

    const bool screenshotMode = parser.isSet(screenshot);
    if (screenshotMode) {
        // Screenshots must not depend on, or change, the user's saved window state.
        QApplication::setOrganizationName(QStringLiteral("StemmaScreenshots"));
    }
    core::log::setUpLogging(
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation), false, spdlog::level::info);
    core::log::routeQtMessagesToLog();

    if (screenshotMode && parser.isSet(attachPdfs) && !parser.positionalArguments().isEmpty()) {
        auto project = core::ReviewProject::open(parser.positionalArguments().front());
        auto attached = project ? core::screening::FullTextMatcher(**project).attachFolder(
                                      parser.value(attachPdfs), QStringLiteral("screenshots"))
                                : core::Result<core::screening::FullTextMatchReport>(project.error());
        if (!attached) {
            std::fprintf(stderr, "cannot attach the PDFs: %s\n", qPrintable(attached.error().message));
            return 1;
        }
    }

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
    if (parser.isSet(reviewer) && window.screeningView() && window.currentPart() == MainWindow::Part::Screening) {
        window.screeningView()->setReviewerName(parser.value(reviewer));
        settle();
    }
    // Screening is done from the keyboard with the focus on the view, not in the reviewer's name.
    if (window.screeningView() && window.currentPart() == MainWindow::Part::Screening) {
        window.screeningView()->setFocus();
        // With prioritised screening on, show the ranking of the current model, not the plain order before it.
        settle();
        window.screeningView()->rankingPanel()->waitForModel();
        settle();
    }
    if (parser.value(stage) == QLatin1String("full-text") && window.screeningView() &&
        window.currentPart() == MainWindow::Part::Screening) {
        window.screeningView()->setStage(core::ScreeningStage::FullText);
        // The PDF view renders its pages on a thread of its own: give it time to deliver them.
        QElapsedTimer rendering;
        rendering.start();
        while (rendering.elapsed() < 1500)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        settle();
    }
    if (parser.isSet(studyItem) && window.studiesView() && window.currentPart() == MainWindow::Part::Studies) {
        if (!selectStudyItem(*window.studiesView(), parser.value(studyItem))) {
            std::fprintf(stderr, "no %s in the study shown\n", qPrintable(parser.value(studyItem)));
            return 2;
        }
        settle();
    }
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
    std::unique_ptr<ExportReferencesDialog> exporting;
    if (parser.isSet(exportDialog) && window.session()) {
        exporting = std::make_unique<ExportReferencesDialog>(
            window.session()->project(), ExportReferencesDialog::LibraryState::of(*window.libraryView()), &window);
        exporting->scopeBox()->setCurrentIndex(
            exporting->scopeBox()->findData(int(core::exports::ExportScope::Kind::Excluded)));
        exporting->screeningBox()->setChecked(true);
        exporting->show();
        settle();
        shown = exporting.get();
    }
    if (parser.isSet(import)) {
        ImportDialog* dialog = importAndWait(window, parser.value(import));
        if (!dialog) {
            std::fprintf(stderr, "the import of %s did not finish\n", qPrintable(parser.value(import)));
            return 1;
        }
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
