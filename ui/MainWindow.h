// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace stemma::core {
class ReviewProject;
}

namespace stemma::ui {

class CompareView;
class CodebookView;
class LibraryView;
class StudiesView;
class ProjectSession;
class ReportsView;
class ScreeningView;
class WelcomePage;

/**
 * The workstation window: the project's parts in a sidebar on the left, the current part
 * beside it. It wires menus and actions to the parts and keeps window state in QSettings;
 * the parts themselves do the work.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** The parts of a review, in sidebar order (Ctrl+1 … Ctrl+6). */
    enum class Part { Library, Screening, Studies, Codebook, Compare, Reports };
    static constexpr int PART_COUNT = 6;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Shows \a project; the window takes ownership. */
    void setProject(std::unique_ptr<core::ReviewProject> project);
    core::ReviewProject* project() const;
    ProjectSession* session() const { return m_session.get(); }

    /** Opens \a path, telling the user when that fails; remembers it among the recent files. */
    bool openProject(const QString& path);
    /** Creates a new project at \a path and opens it. */
    bool createProject(const QString& path);
    void closeProject();
    /** Imports \a files into the open project in the background, showing progress and a summary. */
    void importFiles(const QStringList& files);
    /** Opens the side-by-side review of possible duplicates. */
    void reviewDuplicates();

    Part currentPart() const;
    void setCurrentPart(Part part);
    static QString partName(Part part);

    LibraryView* libraryView() const { return m_library; }
    ScreeningView* screeningView() const { return m_screening; }
    CompareView* compareView() const { return m_compare; }
    CodebookView* codebookView() const { return m_codebook; }
    StudiesView* studiesView() const { return m_studies; }
    ReportsView* reportsView() const { return m_reports; }
    QListWidget* sidebar() const { return m_sidebar; }
    QMenu* recentMenu() const { return m_recentMenu; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createWorkspace();
    /// Puts \a widget in the stack in place of \a part's page, keeping the current part.
    void replacePart(Part part, QWidget* widget);
    void rebuildRecentMenu();
    void updateTitle();
    void updateActions();
    void updateCounts(int shown, int total);
    void showError(const QString& what, const QString& message);
    void saveWindowState();
    void restoreWindowState();

    void newProject();
    void openProjectDialog();
    void importDialog();
    /** File ▸ Export References… (or, with \a selection, the Library's context menu). */
    void exportReferences(bool selection);
    void find();
    void about();
    void openLogFolder();

    std::unique_ptr<ProjectSession> m_session;
    QUndoGroup* m_undoGroup = nullptr;
    QStackedWidget* m_central = nullptr;
    WelcomePage* m_welcome = nullptr;
    QSplitter* m_workspace = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_parts = nullptr;
    LibraryView* m_library = nullptr;
    ScreeningView* m_screening = nullptr;
    CompareView* m_compare = nullptr;
    CodebookView* m_codebook = nullptr;
    StudiesView* m_studies = nullptr;
    ReportsView* m_reports = nullptr;
    QLabel* m_countLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QActionGroup* m_partActions = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportDataAction = nullptr;
    QAction* m_duplicatesAction = nullptr;
};

} // namespace stemma::ui
