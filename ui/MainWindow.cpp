// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "ui/ProjectSession.h"
#include "ui/RecentFiles.h"
#include "ui/codebook/CodebookView.h"
#include "ui/compare/CompareView.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/duplicates/DuplicateReviewWidget.h"
#include "ui/export/ExportDataAction.h"
#include "ui/export/ExportReferencesDialog.h"
#include "ui/import/ImportDialog.h"
#include "ui/library/LibraryView.h"
#include "ui/models/ReferenceTableModel.h"
#include "ui/reports/ReportsView.h"
#include "ui/screening/ScreeningView.h"
#include "ui/studies/StudiesView.h"
#include "ui/widgets/PlaceholderPage.h"
#include "ui/widgets/WelcomePage.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

const QString GEOMETRY_KEY = QStringLiteral("mainWindow/geometry");
const QString STATE_KEY = QStringLiteral("mainWindow/state");
const QString SIDEBAR_KEY = QStringLiteral("mainWindow/sidebarSplitter");
const QString LIBRARY_KEY = QStringLiteral("library/state");
const QString FILE_FILTER = QStringLiteral("Stemma projects (*.stemma)");

constexpr int SIDEBAR_WIDTH_CHARS = 18;
constexpr int DEFAULT_WIDTH_CHARS = 190;
constexpr int DEFAULT_HEIGHT_LINES = 45;

QString partDescription(MainWindow::Part part)
{
    switch (part) {
    case MainWindow::Part::Screening:
        return QObject::tr("Screening is where two reviewers will decide, title and abstract first and then full "
                           "text, which references enter the review, with reasons for every exclusion and a "
                           "record of disagreements.");
    case MainWindow::Part::Studies:
        return QObject::tr("Studies will group the included references into trials and cohorts, and hold the "
                           "extracted arms, interventions, patients and outcome results.");
    case MainWindow::Part::Codebook:
        return QObject::tr("The codebook will define the tags reviewers attach to passages of abstracts and full "
                           "texts, and show where each tag was used.");
    case MainWindow::Part::Compare:
        return QObject::tr("Compare will set MSC and HSCT outcomes side by side, pool them with meta-analysis and "
                           "draw forest plots.");
    case MainWindow::Part::Reports:
        return QObject::tr("Reports shows the PRISMA flow diagram, the study characteristics table and the "
                           "MSC-vs-HSCT comparison, and exports them for the manuscript.");
    case MainWindow::Part::Library:
        break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
{
    setAcceptDrops(true); // dropping export files on the window imports them
    m_central = new QStackedWidget(this);
    setCentralWidget(m_central);
    m_welcome = new WelcomePage(m_central);
    m_central->addWidget(m_welcome);
    createWorkspace();
    createActions();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::recentProjectRequested, this, &MainWindow::openProject);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * DEFAULT_WIDTH_CHARS, metrics.lineSpacing() * DEFAULT_HEIGHT_LINES);
    restoreWindowState();
    rebuildRecentMenu();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views refer to the session; they must go first.
    delete m_library;
    delete m_screening;
    delete m_compare;
    delete m_codebook;
    delete m_studies;
}

void MainWindow::createWorkspace()
{
    m_workspace = new QSplitter(Qt::Horizontal, m_central);
    m_workspace->setChildrenCollapsible(false);
    m_sidebar = new QListWidget(m_workspace);
    m_sidebar->setObjectName(QStringLiteral("partsListWidget"));
    m_sidebar->setMinimumWidth(fontMetrics().averageCharWidth() * SIDEBAR_WIDTH_CHARS / 2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_parts = new QStackedWidget(m_workspace);
    for (int i = 0; i < PART_COUNT; ++i) {
        const auto part = static_cast<Part>(i);
        auto* item = new QListWidgetItem(partName(part), m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(partName(part)).arg(i + 1));
        item->setSizeHint(QSize(0, fontMetrics().lineSpacing() * 2));
        if (part == Part::Library)
            m_parts->addWidget(new QWidget(m_parts)); // replaced by the project's LibraryView
        else
            m_parts->addWidget(new PlaceholderPage(partName(part), partDescription(part), m_parts));
    }
    m_workspace->addWidget(m_sidebar);
    m_workspace->addWidget(m_parts);
    m_workspace->setStretchFactor(1, 1);
    m_workspace->setSizes({fontMetrics().averageCharWidth() * SIDEBAR_WIDTH_CHARS, width()});
    m_central->addWidget(m_workspace);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_parts->setCurrentIndex(row);
        m_partActions->actions().at(row)->setChecked(true);
    });
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setObjectName(QStringLiteral("newProjectAction"));
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::openProjectDialog);
    openAction->setObjectName(QStringLiteral("openProjectAction"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::importDialog);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Import search exports, saved article pages and PDFs (or drop files on the window)"));
    m_duplicatesAction = file->addAction(tr("Review &Duplicates…"), this, &MainWindow::reviewDuplicates);
    m_duplicatesAction->setObjectName(QStringLiteral("duplicatesAction"));
    m_duplicatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export References…"), this, [this] { exportReferences(false); });
    m_exportAction->setObjectName(QStringLiteral("exportReferencesAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write references as RIS, BibTeX, CSL-JSON, EndNote XML, MEDLINE or CSV"));
    m_exportDataAction = file->addAction(tr("Export Extracted &Data…"), this, [this] {
        if (m_session)
            exportExtractedData(m_session->project(), this);
    });
    m_exportDataAction->setObjectName(QStringLiteral("exportDataAction"));
    m_exportDataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_exportDataAction->setStatusTip(tr("Write studies, arms, patients and results as XLSX or a tidy CSV for R"));
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    m_closeAction->setObjectName(QStringLiteral("closeProjectAction"));
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_findAction = edit->addAction(tr("&Find…"), this, &MainWindow::find);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_partActions = new QActionGroup(this);
    m_partActions->setExclusive(true);
    for (int i = 0; i < PART_COUNT; ++i) {
        const auto part = static_cast<Part>(i);
        QAction* action = view->addAction(partName(part), this, [this, part] { setCurrentPart(part); });
        action->setObjectName(QStringLiteral("show%1Action").arg(partName(part)));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        m_partActions->addAction(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Stemma"), this, &MainWindow::about);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    about->setMenuRole(QAction::AboutRole);
    QAction* logs = help->addAction(tr("Open &Log Folder"), this, &MainWindow::openLogFolder);
    logs->setObjectName(QStringLiteral("openLogFolderAction"));
    logs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
}

QString MainWindow::partName(Part part)
{
    switch (part) {
    case Part::Library:
        return tr("Library");
    case Part::Screening:
        return tr("Screening");
    case Part::Studies:
        return tr("Studies");
    case Part::Codebook:
        return tr("Codebook");
    case Part::Compare:
        return tr("Compare");
    case Part::Reports:
        return tr("Reports");
    }
    return {};
}

core::ReviewProject* MainWindow::project() const
{
    return m_session ? &m_session->project() : nullptr;
}

void MainWindow::setProject(std::unique_ptr<core::ReviewProject> project)
{
    if (m_session)
        closeProject();
    m_session = std::make_unique<ProjectSession>(std::move(project));
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    // Shown later: a modal box inside an edit's focus-out handler would re-enter it.
    connect(
        m_session.get(),
        &ProjectSession::editFailed,
        this,
        [this](const QString& message) { showError(tr("The change was not saved."), message); },
        Qt::QueuedConnection);

    m_library = new LibraryView(*m_session, m_parts);
    QWidget* old = m_parts->widget(static_cast<int>(Part::Library));
    m_parts->insertWidget(static_cast<int>(Part::Library), m_library);
    m_parts->removeWidget(old);
    old->deleteLater();
    connect(m_library, &LibraryView::countsChanged, this, &MainWindow::updateCounts);
    connect(m_library, &LibraryView::exportSelectionRequested, this, [this] { exportReferences(true); });
    m_screening = new ScreeningView(*m_session, m_parts);
    QWidget* oldScreening = m_parts->widget(static_cast<int>(Part::Screening));
    m_parts->insertWidget(static_cast<int>(Part::Screening), m_screening);
    m_parts->removeWidget(oldScreening);
    oldScreening->deleteLater();
    m_compare = new CompareView(*m_session, m_parts);
    replacePart(Part::Compare, m_compare);
    m_reports = new ReportsView(*m_session, m_parts);
    replacePart(Part::Reports, m_reports);
    // The Codebook and Studies parts replace their placeholders while a project is open.
    m_codebook = new CodebookView(*m_session, m_parts);
    m_studies = new StudiesView(*m_session, m_parts);
    for (const auto& [part, view] :
         {std::pair<Part, QWidget*>{Part::Codebook, m_codebook}, std::pair<Part, QWidget*>{Part::Studies, m_studies}}) {
        QWidget* placeholder = m_parts->widget(static_cast<int>(part));
        m_parts->insertWidget(static_cast<int>(part), view);
        m_parts->removeWidget(placeholder);
        placeholder->deleteLater();
    }
    const auto openReference = [this](core::ReferenceId id) {
        setCurrentPart(Part::Library);
        m_library->selectReference(id);
    };
    connect(m_codebook, &CodebookView::openReferenceRequested, this, openReference);
    connect(m_studies, &StudiesView::openReferenceRequested, this, openReference);
    // A number in the comparison leads to the study and the extracted value behind it.
    connect(m_compare,
            &CompareView::openStudyValueRequested,
            this,
            [this](core::StudyId study, core::OutcomeResultId result) {
                setCurrentPart(Part::Studies);
                m_studies->selectStudy(study);
                if (result.isValid())
                    m_studies->selectItem(QStringLiteral("outcome_result"), result.value);
            });
    const QSettings settings;
    m_library->restoreState(settings.value(LIBRARY_KEY).toByteArray());

    m_central->setCurrentWidget(m_workspace);
    setCurrentPart(Part::Library);
    m_library->table()->setFocus(Qt::OtherFocusReason);
    updateCounts(m_library->model()->rowCount(), m_library->model()->totalCount());
    updateTitle();
    updateActions();
}

bool MainWindow::openProject(const QString& path)
{
    auto project = core::ReviewProject::open(path);
    if (!project) {
        core::log::ui()->warn("cannot open {}: {}", path, project.error().message);
        showError(tr("The project %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                  project.error().message);
        RecentFiles::remove(path);
        rebuildRecentMenu();
        return false;
    }
    if ((*project)->isReadOnly())
        statusBar()->showMessage(tr("The project is read-only (its file or folder cannot be written): it can be "
                                    "viewed, not changed"));
    else if (!(*project)->backupPath().isEmpty())
        statusBar()->showMessage(tr("The project was upgraded; the previous version was saved as %1")
                                     .arg(QDir::toNativeSeparators((*project)->backupPath())));
    setProject(std::move(*project));
    RecentFiles::add(path);
    rebuildRecentMenu();
    return true;
}

bool MainWindow::createProject(const QString& path)
{
    auto project = core::ReviewProject::create(path);
    if (!project) {
        core::log::ui()->warn("cannot create {}: {}", path, project.error().message);
        showError(tr("The project %1 could not be created.").arg(QDir::toNativeSeparators(path)),
                  project.error().message);
        return false;
    }
    setProject(std::move(*project));
    RecentFiles::add(path);
    rebuildRecentMenu();
    return true;
}

void MainWindow::closeProject()
{
    if (!m_session)
        return;
    saveWindowState();
    m_central->setCurrentWidget(m_welcome);
    auto* placeholder = new QWidget(m_parts);
    m_parts->insertWidget(static_cast<int>(Part::Library), placeholder);
    m_parts->removeWidget(m_library);
    delete m_library;
    m_library = nullptr;
    auto* screeningPlaceholder =
        new PlaceholderPage(partName(Part::Screening), partDescription(Part::Screening), m_parts);
    m_parts->insertWidget(static_cast<int>(Part::Screening), screeningPlaceholder);
    m_parts->removeWidget(m_screening);
    delete m_screening;
    m_screening = nullptr;
    replacePart(Part::Compare, new PlaceholderPage(partName(Part::Compare), partDescription(Part::Compare), m_parts));
    delete m_compare;
    m_compare = nullptr;
    replacePart(Part::Reports, new PlaceholderPage(partName(Part::Reports), partDescription(Part::Reports), m_parts));
    delete m_reports;
    m_reports = nullptr;
    for (const auto& [part, view] :
         {std::pair<Part, QWidget*>{Part::Codebook, m_codebook}, std::pair<Part, QWidget*>{Part::Studies, m_studies}}) {
        auto* page = new PlaceholderPage(partName(part), partDescription(part), m_parts);
        m_parts->insertWidget(static_cast<int>(part), page);
        m_parts->removeWidget(view);
        delete view;
    }
    m_codebook = nullptr;
    m_studies = nullptr;
    m_undoGroup->removeStack(m_session->undoStack());
    m_session.reset();
    m_countLabel->clear();
    rebuildRecentMenu();
    updateTitle();
    updateActions();
}

void MainWindow::replacePart(Part part, QWidget* widget)
{
    const int index = static_cast<int>(part);
    const bool current = m_parts->currentIndex() == index;
    QWidget* old = m_parts->widget(index);
    m_parts->insertWidget(index, widget);
    m_parts->removeWidget(old);
    if (old != m_compare && old != m_reports)
        old->deleteLater();
    if (current)
        m_parts->setCurrentIndex(index);
}

MainWindow::Part MainWindow::currentPart() const
{
    return static_cast<Part>(qMax(0, m_sidebar->currentRow()));
}

void MainWindow::setCurrentPart(Part part)
{
    m_sidebar->setCurrentRow(static_cast<int>(part));
}

void MainWindow::rebuildRecentMenu()
{
    const QStringList paths = RecentFiles::load();
    m_recentMenu->clear();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths[i];
        // Alt+1…9, 0 pick an entry while the menu is open.
        const QString accelerator = i < 9 ? QStringLiteral("&%1 ").arg(i + 1) : QStringLiteral("1&0 ");
        QAction* action = m_recentMenu->addAction(
            accelerator + QFileInfo(path).fileName(), this, [this, path] { openProject(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Recent Projects"), this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });
    clear->setEnabled(!paths.isEmpty());
    m_recentMenu->setEnabled(!paths.isEmpty());
    m_welcome->setRecentFiles(paths);
}

void MainWindow::updateTitle()
{
    if (m_session && m_session->project().isReadOnly())
        setWindowTitle(tr("%1 (read-only) — Stemma").arg(QFileInfo(m_session->project().path()).completeBaseName()));
    else if (m_session)
        setWindowTitle(tr("%1 — Stemma").arg(QFileInfo(m_session->project().path()).completeBaseName()));
    else
        setWindowTitle(tr("Stemma"));
}

void MainWindow::importDialog()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this,
                                      tr("Import"),
                                      QSettings().value(QStringLiteral("import/lastFolder")).toString(),
                                      tr("Search exports and articles (*.ris *.nbib *.txt *.xml *.bib *.csv *.tsv "
                                         "*.ciw *.isi *.html *.htm *.pdf *.json *.rdf);;"
                                         "All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.front()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList& files)
{
    if (!m_session || files.isEmpty())
        return;
    auto* dialog = new ImportDialog(m_session->project().path(), files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The worker writes through its own connection; the views re-read once it is done.
    connect(dialog, &ImportDialog::importFinished, this, [this] {
        if (m_session)
            m_session->notifyReloaded();
    });
    dialog->show();
    dialog->start();
}

void MainWindow::reviewDuplicates()
{
    if (!m_session)
        return;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Duplicates"));
    auto* review = new DuplicateReviewWidget(dialog);
    review->setProject(&m_session->project());
    connect(review, &DuplicateReviewWidget::referencesChanged, this, [this] {
        if (m_session)
            m_session->notifyChanged(core::edit::Change{
                tr("Merge duplicates"),
                {core::edit::touched(core::edit::EntityKind::Duplicate, 0, core::edit::Operation::Updated)}});
    });
    connect(review, &DuplicateReviewWidget::errorOccurred, this, [this](const QString& message) {
        showError(tr("The duplicates could not be updated."), message);
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(review);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(fontMetrics().averageCharWidth() * 160, fontMetrics().height() * 48);
    dialog->show();
    review->setFocus();
    if (review->pendingCount() == 0)
        review->findDuplicates();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(files);
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    m_closeAction->setEnabled(open);
    m_findAction->setEnabled(open);
    // A project opened from a read-only file or folder can be viewed; nothing may change it.
    const bool writable = open && !m_session->project().isReadOnly();
    m_importAction->setEnabled(writable);
    m_exportAction->setEnabled(open);
    m_exportDataAction->setEnabled(open);
    m_duplicatesAction->setEnabled(writable);
    if (open && !writable)
        m_undoGroup->setActiveStack(nullptr);
    for (QAction* action : m_partActions->actions())
        action->setEnabled(open);
}

void MainWindow::updateCounts(int shown, int total)
{
    const QLocale locale;
    QString text;
    if (shown != total)
        text = tr("%1 of %2 references shown").arg(locale.toString(shown), locale.toString(total));
    else
        text = total == 1 ? tr("1 reference") : tr("%1 references").arg(locale.toString(total));
    if (m_session) {
        if (auto batches = m_session->project().references().batches(); batches && !batches->empty())
            text +=
                QStringLiteral("  ·  ") +
                (batches->size() == 1 ? tr("1 import") : tr("%1 imports").arg(locale.toString(int(batches->size()))));
    }
    m_countLabel->setText(text);
}

QString MainWindow::statusText() const
{
    return m_countLabel->text();
}

void MainWindow::showError(const QString& what, const QString& message)
{
    // Window-modal and non-blocking: errors never stall the event loop (or a test).
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Stemma"), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setInformativeText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Project"), QDir::homePath(), FILE_FILTER, nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".stemma")))
        path += QLatin1String(".stemma");
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists.").arg(QDir::toNativeSeparators(path)),
                  tr("Choose another name, or open the existing project with File ▸ Open."));
        return;
    }
    createProject(path);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(), FILE_FILTER);
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::find()
{
    if (!m_library)
        return;
    setCurrentPart(Part::Library);
    m_library->focusSearch();
}

void MainWindow::about()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openLogFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        showError(tr("The log folder could not be opened."),
                  tr("The log is kept in %1").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(GEOMETRY_KEY, saveGeometry());
    settings.setValue(STATE_KEY, QMainWindow::saveState());
    settings.setValue(SIDEBAR_KEY, m_workspace->saveState());
    if (m_library)
        settings.setValue(LIBRARY_KEY, m_library->saveState());
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(GEOMETRY_KEY).toByteArray());
    QMainWindow::restoreState(settings.value(STATE_KEY).toByteArray());
    m_workspace->restoreState(settings.value(SIDEBAR_KEY).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::exportReferences(bool selection)
{
    if (!m_session || !m_library)
        return;
    ExportReferencesDialog dialog(m_session->project(), ExportReferencesDialog::LibraryState::of(*m_library), this);
    if (selection)
        dialog.chooseSelection();
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("%n reference(s) exported", nullptr, dialog.exportedCount()), 5000);
}

} // namespace stemma::ui
