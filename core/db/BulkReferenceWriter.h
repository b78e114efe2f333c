// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/db/Statement.h"
#include "core/domain/Reference.h"

#include <optional>

namespace stemma::core::db {

class Database;

/**
 * Writes many references fast: its statements are prepared once and reused for every row, and
 * it leaves search indexing to the caller (SearchIndex::indexRange after the batch). The caller
 * owns the transaction; the writer must not outlive the Database.
 */
class BulkReferenceWriter
{
public:
    static Result<BulkReferenceWriter> create(Database& database);

    /** Inserts \a reference with its authors; returns the new id. */
    Result<ReferenceId> insert(const Reference& reference);
    Result<void> addSource(const ReferenceSource& source);
    /**
     * The surviving reference (not itself merged) with this DOI or, failing that, this PMID;
     * \a matchedBy, when given, is set to "DOI" or "PMID".
     */
    Result<std::optional<ReferenceId>> findExisting(const QString& doi,
                                                    const QString& pmid,
                                                    QString* matchedBy = nullptr);
    /**
     * Records that \a duplicate was merged into \a survivor at import as a merged duplicate pair,
     * so it can be undone like any other merge; returns the pair's id.
     */
    Result<qint64> recordMerge(ReferenceId survivor, ReferenceId duplicate, const QString& reasons);
    Database& database() const { return *m_database; }

private:
    BulkReferenceWriter(Database& database,
                        Statement insertReference,
                        Statement insertAuthor,
                        Statement insertSource,
                        Statement findDoi,
                        Statement findPmid,
                        Statement insertMerge);

    Database* m_database;
    Statement m_insertReference;
    Statement m_insertAuthor;
    Statement m_insertSource;
    Statement m_findDoi;
    Statement m_findPmid;
    Statement m_insertMerge;
    QString m_now;
};

} // namespace stemma::core::db
