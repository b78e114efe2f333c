// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ReferenceTableModel.h"

#include "core/Log.h"
#include "core/ReviewProject.h"

namespace stemma::ui {

using core::db::LibrarySortKey;

ReferenceTableModel::ReferenceTableModel(core::ReviewProject& project, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(project.database())
    , m_pages(MAX_CACHED_PAGES)
{
    recount();
}

ReferenceTableModel::~ReferenceTableModel() = default;

int ReferenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ReferenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::db::LibraryRow* ReferenceTableModel::row(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int pageIndex = row / PAGE_SIZE;
    auto* page = m_pages.object(pageIndex);
    if (!page) {
        auto rows = m_query.page(m_filter, m_sort, pageIndex * PAGE_SIZE, PAGE_SIZE);
        if (!rows) {
            core::log::ui()->error("cannot read library page {}: {}", pageIndex, rows.error().message);
            return nullptr;
        }
        page = new std::vector<core::db::LibraryRow>(std::move(*rows));
        m_pages.insert(pageIndex, page);
    }
    const std::size_t offset = static_cast<std::size_t>(row % PAGE_SIZE);
    // The file may have lost rows since the count (another window deleted some).
    return offset < page->size() ? &(*page)[offset] : nullptr;
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
    m_pages.clear();
    endResetModel();
}

void ReferenceTableModel::setFilter(const core::db::LibraryFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    recount();
    endResetModel();
}

void ReferenceTableModel::recount()
{
    auto shown = m_query.count(m_filter);
    auto total = m_query.count({});
    if (!shown || !total) {
        core::log::ui()->error("cannot count references: {}", (!shown ? shown : total).error().message);
        m_rowCount = 0;
        m_totalCount = 0;
    } else {
        m_rowCount = *shown;
        m_totalCount = *total;
    }
    emit countsChanged(m_rowCount, m_totalCount);
}

void ReferenceTableModel::refresh()
{
    auto shown = m_query.count(m_filter);
    if (shown && *shown == m_rowCount) {
        m_pages.clear();
        auto total = m_query.count({});
        if (total)
            m_totalCount = *total;
        if (m_rowCount > 0)
            emit dataChanged(index(0, 0), index(m_rowCount - 1, ColumnCount - 1));
        emit countsChanged(m_rowCount, m_totalCount);
        return;
    }
    beginResetModel();
    m_pages.clear();
    recount();
    endResetModel();
}

core::ReferenceId ReferenceTableModel::referenceId(int row) const
{
    const core::db::LibraryRow* item = this->row(row);
    return item ? item->id : core::ReferenceId();
}

int ReferenceTableModel::rowOf(core::ReferenceId id) const
{
    if (!id.isValid())
        return -1;
    auto position = m_query.positionOf(m_filter, m_sort, id);
    if (!position) {
        core::log::ui()->error("cannot find reference {}: {}", id.value, position.error().message);
        return -1;
    }
    return position->value_or(-1);
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
