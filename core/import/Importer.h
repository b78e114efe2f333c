// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"
#include "core/import/RecordParser.h"

#include <QList>
#include <QString>

#include <functional>

namespace stemma::core::db {
class Database;
}

namespace stemma::core::import {

class ParserRegistry;

struct ImportOptions
{
    QString format;     ///< force a format; empty = detect from the content
    QString sourceName; ///< the database searched ("PubMed"); empty = the file name
    QString searchDate;
    /// Records read from one file at most; past it the rest is not read and a problem says so.
    int maxRecords = DEFAULT_MAX_RECORDS;

    /// Far more than any search export (PubMed exports 10,000 at a time); a file past it is
    /// hostile or broken, and its records would fill the project with noise.
    static constexpr int DEFAULT_MAX_RECORDS = 2'000'000;
};

/** What happened to one file; the CLI and the import dialog show it as it is. */
struct FileImportReport
{
    QString path;
    QString format;
    int records = 0;  ///< records read from the file (including broken ones that were skipped)
    int imported = 0; ///< new references
    int merged = 0;   ///< records that matched an existing reference by DOI or PMID
    QList<ImportProblem> problems;
    ImportBatchId batch;
};

/**
 * Called as the import advances: bytes read so far and the file size. Returning false cancels
 * the import, which then leaves the project exactly as it was.
 */
using ImportProgress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;

/**
 * Imports files into a project. Records are parsed as a stream, normalised, checked against
 * existing references by DOI and PMID (a match is stored as a merged duplicate, keeping its raw
 * record), and committed in batches of bounded size and duration, each indexed for search, so
 * short writes from elsewhere (a screening decision) are not held up by a long import. The
 * import is still all or nothing: its batch is marked running until the last commit, a failed
 * or cancelled import is rolled back, and one whose process died is rolled back the next time
 * the project is opened (db::ImportRuns).
 */
class Importer
{
public:
    Importer(db::Database& database, const ParserRegistry& registry);

    /**
     * Imports \a path. Broken records are reported in the report's problems and skipped; an
     * error is returned only when the file as a whole could not be imported (unreadable, no
     * known format, cancelled), and then nothing of it was stored.
     */
    Result<FileImportReport> importFile(const QString& path,
                                        const ImportOptions& options = {},
                                        const ImportProgress& progress = {});

    /**
     * The format \a path would be read as (forced by \a options or recognised from its content);
     * empty when it is unreadable or in no known format. Reports of failed files use it.
     */
    QString formatOf(const QString& path, const ImportOptions& options = {}) const;

private:
    db::Database& m_database;
    const ParserRegistry& m_registry;
};

} // namespace stemma::core::import
