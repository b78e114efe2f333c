// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/LibraryQuery.h"
#include "core/domain/Ids.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;

namespace stemma::ui {

class ProjectSession;
class ReferenceDetailPane;
class ReferenceTableModel;

/**
 * The Library part: a search box and filters over the table of references, and the detail
 * pane of the selected one. Filters and sorting run in SQL through ReferenceTableModel.
 */
class LibraryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryView)

public:
    /** How long typing may pause before the table follows the search box. */
    static constexpr int SEARCH_DELAY_MS = 200;

    explicit LibraryView(ProjectSession& session, QWidget* parent = nullptr);
    ~LibraryView() override;

    /** Puts the cursor in the search box with its text selected (Edit ▸ Find). */
    void focusSearch();
    /** Applies the search box and filters now instead of after the typing pause. */
    void applyFilters();
    /** Selects \a id's row when the filter shows it; false otherwise. */
    bool selectReference(core::ReferenceId id);
    core::ReferenceId currentReference() const;
    /** The selected rows' references, in table order (what "Export Selected References…" writes). */
    std::vector<core::ReferenceId> selectedReferences() const;
    /** The filter the table shows now, for exporting what the reviewer sees. */
    core::db::LibraryFilter currentFilter() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

    ReferenceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QSpinBox* yearFromBox() const { return m_yearFrom; }
    QSpinBox* yearToBox() const { return m_yearTo; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* publicationTypeBox() const { return m_publicationType; }
    QComboBox* sourceBox() const { return m_source; }
    QComboBox* screeningBox() const { return m_screeningStatus; }
    QComboBox* tagBox() const { return m_tag; }
    ReferenceDetailPane* detailPane() const { return m_detail; }

signals:
    void countsChanged(int shown, int total);
    /** The reviewer chose "Export Selected References…" in the table's context menu. */
    void exportSelectionRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilterBar();
    void fillFilterChoices();
    void fillTagChoices();
    void resetFilters();
    void onCurrentRowChanged();
    void keepSelectionAfterReset();
    void showTableMenu(const QPoint& position);

    ProjectSession& m_session;
    ReferenceTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QSpinBox* m_yearFrom = nullptr;
    QSpinBox* m_yearTo = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_publicationType = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_screeningStatus = nullptr;
    QComboBox* m_tag = nullptr;
    QPushButton* m_reset = nullptr;
    QTableView* m_table = nullptr;
    ReferenceDetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer* m_searchTimer = nullptr;
    core::ReferenceId m_selectedBeforeReset;
    bool m_splitterPlaced = false;
};

} // namespace stemma::ui
