// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/LibraryQuery.h"

#include <QAbstractTableModel>
#include <QCache>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::ui {

/**
 * The Library table: live references, filtered and sorted in SQL. The model holds only the
 * ordered ids (8 bytes a row) and reads the rows themselves one page at a time as the view
 * asks for them, so a project of 100,000 references opens at once, scrolling anywhere costs
 * one small query, and only the pages near the visible rows stay in memory.
 */
class ReferenceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceTableModel)

public:
    enum Column { AuthorsColumn, YearColumn, TitleColumn, JournalColumn, TypeColumn, IdentifierColumn, ColumnCount };
    enum Role { ReferenceIdRole = Qt::UserRole + 1 };

    static constexpr int PAGE_SIZE = 200;
    static constexpr int MAX_CACHED_PAGES = 24;

    explicit ReferenceTableModel(core::ReviewProject& project, QObject* parent = nullptr);
    ~ReferenceTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const core::db::LibraryFilter& filter);
    const core::db::LibraryFilter& filter() const { return m_filter; }
    const core::db::LibrarySort& sortOrder() const { return m_sort; }
    /** How many live references the project has, whatever the filter. */
    int totalCount() const { return m_totalCount; }

    core::ReferenceId referenceId(int row) const;
    /** The row showing \a id under the current filter and sort, or -1. */
    int rowOf(core::ReferenceId id) const;
    /** Pages read so far and still cached; for tests and the benchmark. */
    int cachedPageCount() const { return m_pages.count(); }

    /**
     * Re-reads the order and rows after the file changed. Selections follow their references
     * (an edited title may move its row under a title sort).
     */
    void refresh();

    /** "van Laar JM, Farge D, et al." */
    static QString shortAuthors(const core::db::LibraryRow& row);
    /** "Journal article" and so on, as the reviewer reads it. */
    static QString typeLabel(core::PublicationType type);
    static core::db::LibrarySortKey sortKey(int column);

signals:
    void countsChanged(int shown, int total);

private:
    const core::db::LibraryRow* row(int row) const;
    void reload();

    mutable core::db::LibraryQuery m_query;
    core::db::LibraryFilter m_filter;
    core::db::LibrarySort m_sort;
    std::vector<core::ReferenceId> m_ids;
    int m_totalCount = 0;
    mutable QCache<int, std::vector<core::db::LibraryRow>> m_pages;
};

} // namespace stemma::ui
