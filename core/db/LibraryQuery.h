// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Reference.h"
#include "core/domain/Screening.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace stemma::core::db {

class Database;

/**
 * Where a reference stands at one screening stage for the Library's status filter: the
 * resolution when there is one, else the votes (all alike, or in conflict), as
 * screening::ScreeningService::outcome() decides it.
 */
enum class ScreeningStatus { NotScreened, Included, Excluded, Maybe, Conflict };

struct ScreeningStatusFilter
{
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    ScreeningStatus status = ScreeningStatus::NotScreened;

    friend bool operator==(const ScreeningStatusFilter&, const ScreeningStatusFilter&) = default;
};

/** Which references the Library shows. Empty members do not restrict anything. */
struct LibraryFilter
{
    std::optional<int> yearFrom; ///< inclusive; references without a year drop out once set
    std::optional<int> yearTo;   ///< inclusive
    std::optional<PublicationType> type;
    /// Only references whose source named this kind of work ("Case Reports"), matched whole and exactly.
    QString publicationType;
    ImportBatchId batch; ///< only references read (directly or through a merged duplicate) from this batch
    /**
     * Words the reviewer typed. Each word must begin a word of the title or an author's
     * family (or collective) name. A full-text index will replace this matching later; the
     * field stays the same.
     */
    QString searchText;
    std::optional<ScreeningStatusFilter> screening;
    /** Only references with an evidence span tagged with this tag or any tag below it. */
    TagId tag;

    friend bool operator==(const LibraryFilter&, const LibraryFilter&) = default;
};

/** The columns the Library can be sorted by; each maps to one fixed ORDER BY clause. */
enum class LibrarySortKey { Authors, Year, Title, Journal, Type, Identifier };

struct LibrarySort
{
    LibrarySortKey key = LibrarySortKey::Year;
    bool descending = true;

    friend bool operator==(const LibrarySort&, const LibrarySort&) = default;
};

/** One line of the Library table: only what the table shows, not the full Reference. */
struct LibraryRow
{
    ReferenceId id;
    QList<Author> firstAuthors; ///< at most MAX_FIRST_AUTHORS, in order
    int authorCount = 0;
    std::optional<int> year;
    QString title;
    QString journal;
    PublicationType type = PublicationType::JournalArticle;
    QString doi;
    QString pmid;

    friend bool operator==(const LibraryRow&, const LibraryRow&) = default;
};

/**
 * Read-only queries behind the Library table: counts and pages of live (unmerged) references,
 * filtered and sorted in SQL so a view over 100,000 references never loads them all.
 * Full records come from ReferenceRepository.
 */
class LibraryQuery
{
public:
    static constexpr int MAX_FIRST_AUTHORS = 3;
    /** Search words beyond this many are ignored, which keeps the statement small. */
    static constexpr int MAX_SEARCH_WORDS = 8;

    explicit LibraryQuery(Database& database);

    /** How many references match \a filter. */
    Result<int> count(const LibraryFilter& filter);
    /** Rows [offset, offset + limit) of the matching references in \a sort order (ties by id). */
    Result<std::vector<LibraryRow>> page(const LibraryFilter& filter, const LibrarySort& sort, int offset, int limit);
    /**
     * The ids of all matching references in \a sort order: 8 bytes a row, so a view can hold the
     * whole order and read the rows themselves one page at a time with rows().
     */
    Result<std::vector<ReferenceId>> orderedIds(const LibraryFilter& filter, const LibrarySort& sort);
    /** The table rows of \a ids, in the order given; ids that no longer exist are left out. */
    Result<std::vector<LibraryRow>> rows(const std::vector<ReferenceId>& ids);
    /** The 0-based position of \a id in that order, or nothing when the filter hides it. */
    Result<std::optional<int>> positionOf(const LibraryFilter& filter, const LibrarySort& sort, ReferenceId id);

    /**
     * The detail lines of SQLite's plan for orderedIds(\a filter, \a sort), so tests and
     * benchmarks can check that each filter walks an index rather than a whole table.
     */
    Result<QStringList> queryPlan(const LibraryFilter& filter, const LibrarySort& sort);

    /** Smallest and largest year of the live references; empty when no reference has a year. */
    Result<std::optional<std::pair<int, int>>> yearRange();
    /** The publication types the live references use, in enum order. */
    Result<std::vector<PublicationType>> typesInUse();
    /** The publication types ("Case Reports", "Review") live references carry, each once, sorted. */
    Result<QStringList> publicationTypesInUse();

    /** The words of \a searchText the filter matches on, as the highlighter should see them. */
    static QStringList searchWords(const QString& searchText);

private:
    Result<void> addFirstAuthors(std::vector<LibraryRow>& rows);

    Database& m_database;
};

} // namespace stemma::core::db
