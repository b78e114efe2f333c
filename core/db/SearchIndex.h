// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"

#include <QString>

#include <vector>

namespace stemma::core::db {

class Database;

/** One reference found by a search, best first. */
struct SearchHit
{
    ReferenceId reference;
    double score = 0; ///< lower is better (bm25 as SQLite returns it)
    QString snippet;  ///< matched words wrapped in the markers given to search()
};

struct SearchOptions
{
    int limit = 50;
    int offset = 0;
    QString highlightOpen = QStringLiteral("[");
    QString highlightClose = QStringLiteral("]");
};

/**
 * The SQLite FTS5 index over title, abstract, authors and keywords. It is kept in step
 * explicitly by the storage layer (no triggers) so an import can index a whole batch with one
 * statement; merged duplicates stay indexed but are left out of results.
 */
class SearchIndex
{
public:
    explicit SearchIndex(Database& database);

    /** Indexes the references with ids in [first, last] (after a bulk insert). */
    Result<void> indexRange(ReferenceId first, ReferenceId last);
    /** Indexes one reference as it is stored now. */
    Result<void> add(ReferenceId id);
    /** Removes one reference from the index; call before its stored text changes or is deleted. */
    Result<void> remove(ReferenceId id);
    /** Rebuilds the whole index from the stored references. */
    Result<void> rebuild();

    /**
     * Runs a reviewer's query: words (all must match), AND/OR/NOT, "phrases", prefix*, and
     * field:term with field title, abstract, author(s) or keyword(s). Ranked by bm25 with
     * title matches weighted highest; a single word found in more than half of a large project's
     * records cannot be ranked meaningfully and its matches come newest first.
     */
    Result<std::vector<SearchHit>> search(const QString& query, const SearchOptions& options = {});
    /** How many surviving references match \a query. */
    Result<int> count(const QString& query);

    /** Translates a reviewer's query into FTS5 syntax; an error explains what is wrong with it. */
    static Result<QString> toFtsQuery(const QString& query);

private:
    Result<bool> isTooCommonToRank(const QString& ftsQuery);

    Database& m_database;
};

} // namespace stemma::core::db
