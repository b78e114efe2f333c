// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ReferenceTableModel.h"

#include "core/Log.h"
#include "core/ReviewProject.h"

#include <algorithm>
#include <unordered_map>

namespace stemma::ui {

using core::db::LibrarySortKey;

ReferenceTableModel::ReferenceTableModel(core::ReviewProject& project, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(project.database())
    , m_pages(MAX_CACHED_PAGES)
{
    reload();
}

ReferenceTableModel::~ReferenceTableModel() = default;

int ReferenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ReferenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::db::LibraryRow* ReferenceTableModel::row(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int pageIndex = row / PAGE_SIZE;
    const std::size_t first = static_cast<std::size_t>(pageIndex) * PAGE_SIZE;
    auto* page = m_pages.object(pageIndex);
    if (!page) {
        const std::vector<core::ReferenceId> ids(m_ids.begin() + first,
                                                 m_ids.begin() + std::min(first + PAGE_SIZE, m_ids.size()));
        auto rows = m_query.rows(ids);
        if (!rows) {
            core::log::ui()->error("cannot read library page {}: {}", pageIndex, rows.error().message);
            return nullptr;
        }
        page = new std::vector<core::db::LibraryRow>(std::move(*rows));
        m_pages.insert(pageIndex, page);
    }
    // A row deleted meanwhile (by another window) is missing from the page; never show a neighbour instead.
    const std::size_t offset = static_cast<std::size_t>(row) - first;
    if (offset < page->size() && (*page)[offset].id == m_ids[static_cast<std::size_t>(row)])
        return &(*page)[offset];
    for (const auto& item : *page)
        if (item.id == m_ids[static_cast<std::size_t>(row)])
            return &item;
    return nullptr;
}

QVariant ReferenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ReferenceIdRole && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == YearColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const core::db::LibraryRow* item = row(index.row());
    if (!item)
        return {};
    if (role == ReferenceIdRole)
        return item->id.value;
    switch (index.column()) {
    case AuthorsColumn:
        return shortAuthors(*item);
    case YearColumn:
        return item->year ? QVariant(*item->year) : QVariant();
    case TitleColumn:
        return item->title;
    case JournalColumn:
        return item->journal;
    case TypeColumn:
        return typeLabel(item->type);
    case IdentifierColumn:
        if (!item->doi.isEmpty())
            return item->doi;
        return item->pmid.isEmpty() ? QString() : tr("PMID %1").arg(item->pmid);
    default:
        return {};
    }
}

QVariant ReferenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthorsColumn:
        return tr("Authors");
    case YearColumn:
        return tr("Year");
    case TitleColumn:
        return tr("Title");
    case JournalColumn:
        return tr("Journal");
    case TypeColumn:
        return tr("Type");
    case IdentifierColumn:
        return tr("DOI / PMID");
    default:
        return {};
    }
}

LibrarySortKey ReferenceTableModel::sortKey(int column)
{
    switch (column) {
    case AuthorsColumn:
        return LibrarySortKey::Authors;
    case TitleColumn:
        return LibrarySortKey::Title;
    case JournalColumn:
        return LibrarySortKey::Journal;
    case TypeColumn:
        return LibrarySortKey::Type;
    case IdentifierColumn:
        return LibrarySortKey::Identifier;
    case YearColumn:
    default:
        return LibrarySortKey::Year;
    }
}

void ReferenceTableModel::sort(int column, Qt::SortOrder order)
{
    const core::db::LibrarySort sort{sortKey(column), order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    // The rows are in the database's order, not ours: a reset is the honest signal.
    beginResetModel();
    m_sort = sort;
    reload();
    endResetModel();
}

void ReferenceTableModel::setFilter(const core::db::LibraryFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    reload();
    endResetModel();
}

void ReferenceTableModel::reload()
{
    m_pages.clear();
    auto ids = m_query.orderedIds(m_filter, m_sort);
    auto total = m_query.count({});
    if (!ids || !total) {
        core::log::ui()->error("cannot list references: {}", (!ids ? ids.error() : total.error()).message);
        m_ids.clear();
        m_totalCount = 0;
    } else {
        m_ids = std::move(*ids);
        m_totalCount = *total;
    }
    emit countsChanged(rowCount(), m_totalCount);
}

void ReferenceTableModel::refresh()
{
    auto ids = m_query.orderedIds(m_filter, m_sort);
    if (!ids || ids->size() != m_ids.size()) {
        beginResetModel();
        reload();
        endResetModel();
        return;
    }
    // Same rows, perhaps in a new order: a layout change lets selections follow their references.
    emit layoutAboutToBeChanged();
    std::unordered_map<qint64, int> newRow;
    newRow.reserve(ids->size());
    for (std::size_t i = 0; i < ids->size(); ++i)
        newRow.emplace((*ids)[i].value, static_cast<int>(i));
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from) {
        const auto found = newRow.find(m_ids[static_cast<std::size_t>(index.row())].value);
        to.append(found == newRow.end() ? QModelIndex() : createIndex(found->second, index.column()));
    }
    m_ids = std::move(*ids);
    m_pages.clear();
    changePersistentIndexList(from, to);
    emit layoutChanged();
    auto total = m_query.count({});
    if (total)
        m_totalCount = *total;
    emit countsChanged(rowCount(), m_totalCount);
}

core::ReferenceId ReferenceTableModel::referenceId(int row) const
{
    const core::db::LibraryRow* item = this->row(row);
    return item ? item->id : core::ReferenceId();
}

int ReferenceTableModel::rowOf(core::ReferenceId id) const
{
    const auto found = std::find(m_ids.begin(), m_ids.end(), id);
    return found == m_ids.end() || !id.isValid() ? -1 : static_cast<int>(found - m_ids.begin());
}

QString ReferenceTableModel::shortAuthors(const core::db::LibraryRow& row)
{
    QStringList names;
    for (int i = 0; i < row.firstAuthors.size() && i < 2; ++i)
        names.append(row.firstAuthors[i].shortName());
    if (row.authorCount > 2)
        names.append(tr("et al."));
    return names.join(QStringLiteral(", "));
}

QString ReferenceTableModel::typeLabel(core::PublicationType type)
{
    using core::PublicationType;
    switch (type) {
    case PublicationType::JournalArticle:
        return tr("Journal article");
    case PublicationType::ConferencePaper:
        return tr("Conference paper");
    case PublicationType::ConferenceAbstract:
        return tr("Conference abstract");
    case PublicationType::Book:
        return tr("Book");
    case PublicationType::BookChapter:
        return tr("Book chapter");
    case PublicationType::Thesis:
        return tr("Thesis");
    case PublicationType::Report:
        return tr("Report");
    case PublicationType::WebPage:
        return tr("Web page");
    case PublicationType::Preprint:
        return tr("Preprint");
    case PublicationType::Dataset:
        return tr("Dataset");
    case PublicationType::Other:
        return tr("Other");
    }
    return {};
}

} // namespace stemma::ui
