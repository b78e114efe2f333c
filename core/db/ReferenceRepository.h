// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Reference.h"

#include <functional>
#include <optional>
#include <vector>

namespace stemma::core::db {

class Database;

/** Which references a listing returns. */
struct ReferenceQuery
{
    bool includeMerged = false; ///< merged duplicates are hidden unless asked for
    int limit = -1;
    int offset = 0;
};

/**
 * Stores references with their authors, sources and full texts. Merging marks the duplicate
 * with the survivor's id and keeps every row, so a merge can always be undone.
 */
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database& database);

    /** Stores a new reference (its id must be invalid) and returns the id it got. */
    Result<ReferenceId> insert(const Reference& reference);
    Result<void> update(const Reference& reference);
    Result<void> remove(ReferenceId id);
    Result<Reference> get(ReferenceId id);
    Result<std::vector<Reference>> list(const ReferenceQuery& query = {});
    /** Calls \a visit for each reference in id order without holding them all in memory. */
    Result<void> forEach(const ReferenceQuery& query, const std::function<bool(const Reference&)>& visit);
    Result<int> count(bool includeMerged = false);

    /** The surviving reference with this normalised DOI or PMID, if any. */
    Result<std::optional<ReferenceId>> findByDoi(const QString& doi);
    Result<std::optional<ReferenceId>> findByPmid(const QString& pmid);

    /** Marks \a duplicate as merged into \a survivor (or unmerges it when survivor is invalid). */
    Result<void> setMergedInto(ReferenceId duplicate, ReferenceId survivor);
    Result<std::vector<ReferenceId>> mergedInto(ReferenceId survivor);

    Result<SourceId> addSource(const ReferenceSource& source);
    Result<std::vector<ReferenceSource>> sources(ReferenceId reference);

    Result<ImportBatchId> addBatch(const ImportBatch& batch);
    Result<void> updateBatchCounts(const ImportBatch& batch);
    Result<std::vector<ImportBatch>> batches();

    /** Replaces the reference list of \a reference: one entry per cited work, in order. */
    Result<void> setCitedReferences(ReferenceId reference, const QStringList& citations);
    Result<QStringList> citedReferences(ReferenceId reference);

    Result<FullTextId> addFullText(const FullText& fullText);
    Result<std::vector<FullText>> fullTexts(ReferenceId reference);

private:
    Result<void> writeAuthors(ReferenceId id, const QList<Author>& authors);
    Result<QList<Author>> readAuthors(ReferenceId id);

    Database& m_database;
};

} // namespace stemma::core::db
