// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ReferenceRepository.h"

#include "core/db/Database.h"
#include "core/db/ReferenceColumns.h"
#include "core/db/RowHelpers.h"
#include "core/db/SearchIndex.h"
#include "core/db/SqlTime.h"
#include "core/db/TransactionGuard.h"

namespace stemma::core::db {
namespace {

constexpr const char* SELECT_COLUMNS =
    "SELECT id, title, year, journal, volume, issue, pages, doi, pmid, abstract, "
    "keywords, type, language, url, merged_into, added_at, grey_literature, not_found, "
    "publication_types FROM reference ";

Reference readReference(const Statement& row)
{
    Reference reference;
    reference.id = ReferenceId(row.int64(0));
    reference.title = row.text(1);
    reference.year = row.optionalInt(2);
    reference.journal = row.text(3);
    reference.volume = row.text(4);
    reference.issue = row.text(5);
    reference.pages = row.text(6);
    reference.doi = row.text(7);
    reference.pmid = row.text(8);
    reference.abstract = row.text(9);
    const QString keywords = row.text(10);
    if (!keywords.isEmpty())
        reference.keywords = keywords.split(QLatin1Char('\n'));
    reference.type = publicationTypeFromString(row.text(11));
    reference.language = row.text(12);
    reference.url = row.text(13);
    reference.mergedInto = ReferenceId(row.optionalInt64(14).value_or(0));
    reference.addedAt = fromSqlTime(row.text(15));
    reference.greyLiterature = row.integer(16) != 0;
    if (const QString notFound = row.text(17); !notFound.isEmpty())
        reference.notFound = notFound.split(QLatin1Char('\n'));
    if (const QString types = row.text(18); !types.isEmpty())
        reference.publicationTypes = types.split(QLatin1Char('\n'));
    return reference;
}

} // namespace

ReferenceRepository::ReferenceRepository(Database& database)
    : m_database(database)
{
}

Result<ReferenceId> ReferenceRepository::insert(const Reference& reference)
{
    Q_ASSERT(!reference.id.isValid());
    TransactionGuard transaction(m_database);
    auto statement = m_database.prepare(INSERT_REFERENCE_SQL);
    if (!statement)
        return statement.error();
    bindReferenceColumns(*statement, reference);
    const QDateTime added = reference.addedAt.isValid() ? reference.addedAt : QDateTime::currentDateTimeUtc();
    statement->bind(":added_at", toSqlTime(added));
    STEMMA_TRY(statement->run());
    const ReferenceId id(m_database.lastInsertId());
    STEMMA_TRY(writeAuthors(id, reference.authors));
    STEMMA_TRY(SearchIndex(m_database).add(id));
    STEMMA_TRY(transaction.commit());
    return id;
}

Result<void> ReferenceRepository::update(const Reference& reference)
{
    TransactionGuard transaction(m_database);
    SearchIndex index(m_database);
    STEMMA_TRY(index.remove(reference.id));
    auto statement = m_database.prepare(
        "UPDATE reference SET title = :title, year = :year, journal = :journal, volume = :volume, issue = :issue, "
        "pages = :pages, doi = :doi, pmid = :pmid, abstract = :abstract, keywords = :keywords, type = :type, "
        "language = :language, url = :url, grey_literature = :grey_literature, not_found = :not_found, "
        "publication_types = :publication_types, merged_into = :merged_into WHERE id = :id");
    if (!statement)
        return statement.error();
    bindReferenceColumns(*statement, reference);
    statement->bind(":id", reference.id.value);
    STEMMA_TRY(statement->run());
    if (m_database.changes() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("reference %1 does not exist").arg(reference.id.value)};
    STEMMA_TRY(writeAuthors(reference.id, reference.authors));
    STEMMA_TRY(index.add(reference.id));
    return transaction.commit();
}

Result<void> ReferenceRepository::remove(ReferenceId id)
{
    TransactionGuard transaction(m_database);
    STEMMA_TRY(SearchIndex(m_database).remove(id));
    auto statement = m_database.prepare("DELETE FROM reference WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    STEMMA_TRY(statement->run());
    return transaction.commit();
}

Result<Reference> ReferenceRepository::get(ReferenceId id)
{
    auto statement = m_database.prepare(QByteArray(SELECT_COLUMNS).append("WHERE id = :id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, QStringLiteral("reference %1 does not exist").arg(id.value)};
    Reference reference = readReference(*statement);
    auto authors = readAuthors(id);
    if (!authors)
        return authors.error();
    reference.authors = *authors;
    return reference;
}

Result<void> ReferenceRepository::forEach(const ReferenceQuery& query,
                                          const std::function<bool(const Reference&)>& visit)
{
    QByteArray sql(SELECT_COLUMNS);
    if (!query.includeMerged)
        sql += "WHERE merged_into IS NULL ";
    sql += "ORDER BY id LIMIT :limit OFFSET :offset";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return statement.error();
    statement->bind(":limit", query.limit).bind(":offset", query.offset);
    // Authors come from a second cursor walking the author table in the same order.
    QByteArray authorSql("SELECT a.reference_id, a.family, a.given, a.collective FROM author a "
                         "JOIN reference r ON r.id = a.reference_id ");
    if (!query.includeMerged)
        authorSql += "WHERE r.merged_into IS NULL ";
    authorSql += "ORDER BY a.reference_id, a.position";
    auto authors = m_database.prepare(authorSql.constData());
    if (!authors)
        return authors.error();
    auto authorRow = authors->step();
    if (!authorRow)
        return authorRow.error();
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        Reference reference = readReference(*statement);
        while (*authorRow && authors->int64(0) < reference.id.value) {
            authorRow = authors->step();
            if (!authorRow)
                return authorRow.error();
        }
        while (*authorRow && authors->int64(0) == reference.id.value) {
            reference.authors.append(Author{authors->text(1), authors->text(2), authors->text(3)});
            authorRow = authors->step();
            if (!authorRow)
                return authorRow.error();
        }
        if (!visit(reference))
            return {};
    }
}

Result<std::vector<Reference>> ReferenceRepository::list(const ReferenceQuery& query)
{
    std::vector<Reference> references;
    auto visited = forEach(query, [&references](const Reference& reference) {
        references.push_back(reference);
        return true;
    });
    if (!visited)
        return visited.error();
    return references;
}

Result<int> ReferenceRepository::count(bool includeMerged)
{
    auto statement = m_database.prepare(includeMerged ? "SELECT count(*) FROM reference"
                                                      : "SELECT count(*) FROM reference WHERE merged_into IS NULL");
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->integer(0);
}

namespace {

Result<std::optional<ReferenceId>> findOne(Database& database, const char* sql, const QString& value)
{
    if (value.isEmpty())
        return std::optional<ReferenceId>();
    auto statement = database.prepare(sql);
    if (!statement)
        return statement.error();
    statement->bind(":value", value);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? std::optional<ReferenceId>(ReferenceId(statement->int64(0))) : std::nullopt;
}

} // namespace

Result<std::optional<ReferenceId>> ReferenceRepository::findByDoi(const QString& doi)
{
    return findOne(
        m_database, "SELECT id FROM reference WHERE doi = :value AND merged_into IS NULL ORDER BY id LIMIT 1", doi);
}

Result<std::optional<ReferenceId>> ReferenceRepository::findByPmid(const QString& pmid)
{
    return findOne(
        m_database, "SELECT id FROM reference WHERE pmid = :value AND merged_into IS NULL ORDER BY id LIMIT 1", pmid);
}

Result<void> ReferenceRepository::setMergedInto(ReferenceId duplicate, ReferenceId survivor)
{
    if (duplicate == survivor)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a reference cannot be merged into itself")};
    auto statement = m_database.prepare("UPDATE reference SET merged_into = :survivor WHERE id = :id");
    if (!statement)
        return statement.error();
    if (survivor.isValid())
        statement->bind(":survivor", survivor.value);
    else
        statement->bindNull(":survivor");
    statement->bind(":id", duplicate.value);
    STEMMA_TRY(statement->run());
    if (m_database.changes() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("reference %1 does not exist").arg(duplicate.value)};
    return {};
}

Result<std::vector<ReferenceId>> ReferenceRepository::mergedInto(ReferenceId survivor)
{
    auto statement = m_database.prepare("SELECT id FROM reference WHERE merged_into = :id ORDER BY id");
    if (!statement)
        return statement.error();
    statement->bind(":id", survivor.value);
    return collectRows<ReferenceId>(*statement, [](const Statement& row) { return ReferenceId(row.int64(0)); });
}

Result<SourceId> ReferenceRepository::addSource(const ReferenceSource& source)
{
    auto statement = m_database.prepare(
        "INSERT INTO reference_source (reference_id, batch_id, format, file_name, record_number, line, raw_text) "
        "VALUES (:reference, :batch, :format, :file, :record, :line, :raw)");
    if (!statement)
        return statement.error();
    statement->bind(":reference", source.reference.value)
        .bind(":format", source.format)
        .bind(":file", source.fileName)
        .bind(":record", source.recordNumber)
        .bind(":line", source.line)
        .bind(":raw", source.rawText);
    if (source.batch.isValid())
        statement->bind(":batch", source.batch.value);
    else
        statement->bindNull(":batch");
    STEMMA_TRY(statement->run());
    return SourceId(m_database.lastInsertId());
}

Result<std::vector<ReferenceSource>> ReferenceRepository::sources(ReferenceId reference)
{
    auto statement = m_database.prepare("SELECT id, reference_id, batch_id, format, file_name, record_number, line, "
                                        "raw_text FROM reference_source WHERE reference_id = :id ORDER BY id");
    if (!statement)
        return statement.error();
    statement->bind(":id", reference.value);
    return collectRows<ReferenceSource>(*statement, [](const Statement& row) {
        return ReferenceSource{SourceId(row.int64(0)),
                               ReferenceId(row.int64(1)),
                               idAt<ImportBatchId>(row, 2),
                               row.text(3),
                               row.text(4),
                               row.integer(5),
                               row.integer(6),
                               row.text(7)};
    });
}

Result<ImportBatchId> ReferenceRepository::addBatch(const ImportBatch& batch)
{
    auto statement = m_database.prepare(
        "INSERT INTO import_batch (source_name, file_name, format, imported_at, search_date, records_read, imported, "
        "merged) VALUES (:source, :file, :format, :at, :search_date, :read, :imported, :merged)");
    if (!statement)
        return statement.error();
    statement->bind(":source", batch.sourceName)
        .bind(":file", batch.fileName)
        .bind(":format", batch.format)
        .bind(":at", toSqlTime(batch.importedAt.isValid() ? batch.importedAt : QDateTime::currentDateTimeUtc()))
        .bindText(":search_date", batch.searchDate)
        .bind(":read", batch.recordsRead)
        .bind(":imported", batch.imported)
        .bind(":merged", batch.merged);
    STEMMA_TRY(statement->run());
    return ImportBatchId(m_database.lastInsertId());
}

Result<void> ReferenceRepository::updateBatchCounts(const ImportBatch& batch)
{
    auto statement = m_database.prepare("UPDATE import_batch SET format = :format, records_read = :read, "
                                        "imported = :imported, merged = :merged WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":format", batch.format)
        .bind(":read", batch.recordsRead)
        .bind(":imported", batch.imported)
        .bind(":merged", batch.merged)
        .bind(":id", batch.id.value);
    return statement->run();
}

Result<std::vector<ImportBatch>> ReferenceRepository::batches()
{
    auto statement =
        m_database.prepare("SELECT id, source_name, file_name, format, imported_at, search_date, "
                           "records_read, imported, merged FROM import_batch WHERE status = 'complete' ORDER BY id");
    if (!statement)
        return statement.error();
    return collectRows<ImportBatch>(*statement, [](const Statement& row) {
        return ImportBatch{ImportBatchId(row.int64(0)),
                           row.text(1),
                           row.text(2),
                           row.text(3),
                           fromSqlTime(row.text(4)),
                           row.text(5),
                           row.integer(6),
                           row.integer(7),
                           row.integer(8)};
    });
}

Result<FullTextId> ReferenceRepository::addFullText(const FullText& fullText)
{
    auto statement = m_database.prepare("INSERT INTO full_text (reference_id, file_name, mime_type, content, text) "
                                        "VALUES (:reference, :file, :mime, :content, :text)");
    if (!statement)
        return statement.error();
    statement->bind(":reference", fullText.reference.value)
        .bind(":file", fullText.fileName)
        .bind(":mime", fullText.mimeType)
        .bindBlob(":content", fullText.content)
        .bindText(":text", fullText.text);
    STEMMA_TRY(statement->run());
    return FullTextId(m_database.lastInsertId());
}

Result<std::vector<FullText>> ReferenceRepository::fullTexts(ReferenceId reference)
{
    auto statement = m_database.prepare("SELECT id, reference_id, file_name, mime_type, content, text FROM full_text "
                                        "WHERE reference_id = :id ORDER BY id");
    if (!statement)
        return statement.error();
    statement->bind(":id", reference.value);
    return collectRows<FullText>(*statement, [](const Statement& row) {
        return FullText{
            FullTextId(row.int64(0)), ReferenceId(row.int64(1)), row.text(2), row.text(3), row.blob(4), row.text(5)};
    });
}

Result<void> ReferenceRepository::writeAuthors(ReferenceId id, const QList<Author>& authors)
{
    auto clear = m_database.prepare("DELETE FROM author WHERE reference_id = :id");
    if (!clear)
        return clear.error();
    clear->bind(":id", id.value);
    STEMMA_TRY(clear->run());
    auto insert = m_database.prepare("INSERT INTO author (reference_id, position, family, given, collective) "
                                     "VALUES (:id, :position, :family, :given, :collective)");
    if (!insert)
        return insert.error();
    for (int position = 0; position < authors.size(); ++position) {
        const Author& author = authors[position];
        insert->reset();
        insert->bind(":id", id.value)
            .bind(":position", position)
            .bindText(":family", author.family)
            .bindText(":given", author.given)
            .bindText(":collective", author.collective);
        STEMMA_TRY(insert->run());
    }
    return {};
}

Result<QList<Author>> ReferenceRepository::readAuthors(ReferenceId id)
{
    auto statement =
        m_database.prepare("SELECT family, given, collective FROM author WHERE reference_id = :id ORDER BY position");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    auto authors = collectRows<Author>(*statement, [](const Statement& row) {
        return Author{row.text(0), row.text(1), row.text(2)};
    });
    if (!authors)
        return authors.error();
    return QList<Author>(authors->begin(), authors->end());
}

Result<void> ReferenceRepository::setCitedReferences(ReferenceId reference, const QStringList& citations)
{
    TransactionGuard transaction(m_database);
    auto clear = m_database.prepare("DELETE FROM cited_reference WHERE reference_id = :id");
    if (!clear)
        return clear.error();
    clear->bind(":id", reference.value);
    STEMMA_TRY(clear->run());
    auto insert = m_database.prepare(
        "INSERT INTO cited_reference (reference_id, position, citation) VALUES (:id, :position, :citation)");
    if (!insert)
        return insert.error();
    for (int position = 0; position < citations.size(); ++position) {
        insert->reset();
        insert->bind(":id", reference.value).bind(":position", position).bind(":citation", citations[position]);
        STEMMA_TRY(insert->run());
    }
    return transaction.commit();
}

Result<QStringList> ReferenceRepository::citedReferences(ReferenceId reference)
{
    auto statement =
        m_database.prepare("SELECT citation FROM cited_reference WHERE reference_id = :id ORDER BY position");
    if (!statement)
        return statement.error();
    statement->bind(":id", reference.value);
    auto citations = collectRows<QString>(*statement, [](const Statement& row) { return row.text(0); });
    if (!citations)
        return citations.error();
    return QStringList(citations->begin(), citations->end());
}

} // namespace stemma::core::db
