// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/BulkReferenceWriter.h"

#include "core/db/Database.h"
#include "core/db/ReferenceColumns.h"
#include "core/db/SqlTime.h"

namespace stemma::core::db {

Result<BulkReferenceWriter> BulkReferenceWriter::create(Database& database)
{
    auto insertReference = database.prepare(INSERT_REFERENCE_SQL);
    auto insertAuthor = database.prepare("INSERT INTO author (reference_id, position, family, given, collective) "
                                         "VALUES (:id, :position, :family, :given, :collective)");
    auto insertSource = database.prepare(
        "INSERT INTO reference_source (reference_id, batch_id, format, file_name, record_number, line, raw_text) "
        "VALUES (:reference, :batch, :format, :file, :record, :line, :raw)");
    auto findDoi =
        database.prepare("SELECT coalesce(merged_into, id) FROM reference WHERE doi = :value ORDER BY id LIMIT 1");
    auto findPmid =
        database.prepare("SELECT coalesce(merged_into, id) FROM reference WHERE pmid = :value ORDER BY id LIMIT 1");
    auto insertMerge =
        database.prepare("INSERT INTO duplicate_candidate (first_id, second_id, score, reasons, status, decided_at) "
                         "VALUES (:survivor, :duplicate, 1.0, :reasons, 'merged', :at)");
    for (const auto* statement : {&insertReference, &insertAuthor, &insertSource, &findDoi, &findPmid, &insertMerge})
        if (!*statement)
            return statement->error();
    return BulkReferenceWriter(database,
                               std::move(*insertReference),
                               std::move(*insertAuthor),
                               std::move(*insertSource),
                               std::move(*findDoi),
                               std::move(*findPmid),
                               std::move(*insertMerge));
}

BulkReferenceWriter::BulkReferenceWriter(Database& database,
                                         Statement insertReference,
                                         Statement insertAuthor,
                                         Statement insertSource,
                                         Statement findDoi,
                                         Statement findPmid,
                                         Statement insertMerge)
    : m_database(&database)
    , m_insertReference(std::move(insertReference))
    , m_insertAuthor(std::move(insertAuthor))
    , m_insertSource(std::move(insertSource))
    , m_findDoi(std::move(findDoi))
    , m_findPmid(std::move(findPmid))
    , m_insertMerge(std::move(insertMerge))
    , m_now(toSqlTime(QDateTime::currentDateTimeUtc()))
{
}

Result<ReferenceId> BulkReferenceWriter::insert(const Reference& reference)
{
    Statement& statement = m_insertReference;
    statement.reset();
    bindReferenceColumns(statement, reference);
    statement.bind(":added_at", reference.addedAt.isValid() ? toSqlTime(reference.addedAt) : m_now);
    STEMMA_TRY(statement.run());
    const ReferenceId id(m_database->lastInsertId());
    for (int position = 0; position < reference.authors.size(); ++position) {
        const Author& author = reference.authors[position];
        m_insertAuthor.reset();
        m_insertAuthor.bind(":id", id.value)
            .bind(":position", position)
            .bindText(":family", author.family)
            .bindText(":given", author.given)
            .bindText(":collective", author.collective);
        STEMMA_TRY(m_insertAuthor.run());
    }
    return id;
}

Result<void> BulkReferenceWriter::addSource(const ReferenceSource& source)
{
    m_insertSource.reset();
    m_insertSource.bind(":reference", source.reference.value)
        .bind(":format", source.format)
        .bind(":file", source.fileName)
        .bind(":record", source.recordNumber)
        .bind(":line", source.line)
        .bind(":raw", source.rawText);
    if (source.batch.isValid())
        m_insertSource.bind(":batch", source.batch.value);
    else
        m_insertSource.bindNull(":batch");
    return m_insertSource.run();
}

Result<std::optional<ReferenceId>> BulkReferenceWriter::findExisting(const QString& doi,
                                                                     const QString& pmid,
                                                                     QString* matchedBy)
{
    for (auto [statement, value] : {std::pair{&m_findDoi, &doi}, std::pair{&m_findPmid, &pmid}}) {
        if (value->isEmpty())
            continue;
        statement->reset();
        statement->bind(":value", *value);
        auto row = statement->step();
        if (!row)
            return row.error();
        if (*row) {
            if (matchedBy)
                *matchedBy = value == &doi ? QStringLiteral("DOI") : QStringLiteral("PMID");
            return std::optional<ReferenceId>(ReferenceId(statement->int64(0)));
        }
    }
    return std::optional<ReferenceId>();
}

Result<qint64> BulkReferenceWriter::recordMerge(ReferenceId survivor, ReferenceId duplicate, const QString& reasons)
{
    m_insertMerge.reset();
    m_insertMerge.bind(":survivor", survivor.value)
        .bind(":duplicate", duplicate.value)
        .bind(":reasons", reasons)
        .bind(":at", m_now);
    STEMMA_TRY(m_insertMerge.run());
    return m_database->lastInsertId();
}

} // namespace stemma::core::db
