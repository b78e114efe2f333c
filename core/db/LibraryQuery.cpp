// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/LibraryQuery.h"

#include "core/db/Database.h"
#include "core/db/SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <unordered_map>

namespace stemma::core::db {
namespace {

// The first author's family (or collective) name; the Authors column sorts on it.
constexpr const char* FIRST_AUTHOR_KEY = "(SELECT coalesce(a.family, a.collective) FROM author a "
                                         "WHERE a.reference_id = r.id AND a.position = 0) COLLATE NOCASE";

/** The ORDER BY clause for \a sort: fixed text per key, so no caller text reaches the SQL. */
QByteArray orderBy(const LibrarySort& sort)
{
    const char* direction = sort.descending ? " DESC" : " ASC";
    QByteArray key;
    switch (sort.key) {
    case LibrarySortKey::Authors:
        key = FIRST_AUTHOR_KEY;
        break;
    case LibrarySortKey::Year:
        key = "r.year";
        break;
    case LibrarySortKey::Title:
        key = "r.title COLLATE NOCASE";
        break;
    case LibrarySortKey::Journal:
        key = "r.journal COLLATE NOCASE";
        break;
    case LibrarySortKey::Type:
        key = "r.type";
        break;
    case LibrarySortKey::Identifier:
        key = "coalesce(r.doi, r.pmid)";
        break;
    }
    return "ORDER BY " + key + direction + ", r.id" + direction;
}

/**
 * The full-text query for what the reviewer typed into the filter box. Every plain word matches
 * as a word start ("mesench" finds "mesenchymal"), as reference managers' quick filters do;
 * quoted phrases, operators and field:term keep their search-syntax meaning. An incomplete query
 * ("stem AND" while typing) falls back to its words, so the table follows the typing.
 */
QString ftsQueryFor(const QString& searchText)
{
    QStringList tokens;
    bool inQuotes = false;
    for (const QString& token : searchText.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool wasQuoted = inQuotes || token.startsWith(QLatin1Char('"'));
        inQuotes = (inQuotes != (token.count(QLatin1Char('"')) % 2 == 1));
        const bool isOperator =
            token == QLatin1String("AND") || token == QLatin1String("OR") || token == QLatin1String("NOT");
        const bool plain = !wasQuoted && !isOperator && token.back().isLetterOrNumber();
        tokens << (plain ? token + QLatin1Char('*') : token);
    }
    if (auto query = SearchIndex::toFtsQuery(tokens.join(QLatin1Char(' '))))
        return *query;
    QStringList terms;
    for (const QString& word : LibraryQuery::searchWords(searchText))
        terms << QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                     QStringLiteral("\" *");
    return terms.join(QLatin1Char(' '));
}

/**
 * References whose final verdict at :screening_stage is one of \a verdicts: the resolution when
 * there is one, else votes that all agree. Built once per statement as a set (an index walk over
 * the stage's votes), so the filter costs one lookup a row, not a subquery a row.
 */
QByteArray settledAs(const char* stage, const char* verdicts)
{
    return QByteArray("SELECT reference_id FROM screening_resolution WHERE stage = ") + stage + " AND verdict IN (" +
           verdicts + ") UNION ALL SELECT d.reference_id FROM screening_decision d WHERE d.stage = " + stage +
           " AND NOT EXISTS (SELECT 1 FROM screening_resolution x WHERE x.reference_id = d.reference_id AND x.stage "
           "= " +
           stage + ") GROUP BY d.reference_id HAVING min(d.verdict) = max(d.verdict) AND min(d.verdict) IN (" +
           verdicts + ")";
}

/** The clause for the screening-status filter; ScreeningService::combine() states the same rules. */
QByteArray screeningClause(const ScreeningStatusFilter& filter)
{
    switch (filter.status) {
    case ScreeningStatus::Included:
    case ScreeningStatus::Excluded:
    case ScreeningStatus::Maybe:
        return " AND r.id IN (" + settledAs(":screening_stage", ":screening_verdict") + ")";
    case ScreeningStatus::Conflict:
        return " AND r.id IN (SELECT d.reference_id FROM screening_decision d WHERE d.stage = :screening_stage "
               "AND NOT EXISTS (SELECT 1 FROM screening_resolution x WHERE x.reference_id = d.reference_id "
               "AND x.stage = :screening_stage) GROUP BY d.reference_id HAVING min(d.verdict) <> max(d.verdict))";
    case ScreeningStatus::NotScreened:
        break;
    }
    QByteArray sql = " AND r.id NOT IN (SELECT reference_id FROM screening_resolution WHERE stage = :screening_stage "
                     "UNION ALL SELECT reference_id FROM screening_decision WHERE stage = :screening_stage)";
    // Not screened at full text means waiting for it: only what passed title/abstract is due there.
    if (filter.stage == ScreeningStage::FullText)
        sql += " AND r.id IN (" + settledAs("'title-abstract'", "'include', 'maybe'") + ")";
    return sql;
}

QString verdictText(ScreeningStatus status)
{
    switch (status) {
    case ScreeningStatus::Included:
        return toString(Verdict::Include);
    case ScreeningStatus::Excluded:
        return toString(Verdict::Exclude);
    case ScreeningStatus::Maybe:
        return toString(Verdict::Maybe);
    case ScreeningStatus::NotScreened:
    case ScreeningStatus::Conflict:
        break;
    }
    return {};
}

/** WHERE clause for \a filter; only parameter names vary, never values. */
QByteArray whereClause(const LibraryFilter& filter)
{
    QByteArray sql = "WHERE r.merged_into IS NULL";
    if (filter.yearFrom)
        sql += " AND r.year >= :year_from";
    if (filter.yearTo)
        sql += " AND r.year <= :year_to";
    if (filter.type)
        sql += " AND r.type = :type";
    if (!filter.publicationType.isEmpty())
        // One label per line: a whole line must match, so "Review" does not find "Systematic Review".
        sql += " AND instr(char(10) || r.publication_types || char(10), char(10) || :publication_type || char(10)) > 0";
    if (filter.batch.isValid())
        // A survivor counts as read from a batch when one of its merged duplicates was.
        sql += " AND r.id IN (SELECT coalesce(d.merged_into, d.id) FROM reference_source s "
               "JOIN reference d ON d.id = s.reference_id WHERE s.batch_id = :batch)";
    if (!LibraryQuery::searchWords(filter.searchText).isEmpty())
        sql += " AND r.id IN (SELECT rowid FROM reference_fts WHERE reference_fts MATCH :search)";
    if (filter.screening)
        sql += screeningClause(*filter.screening);
    if (filter.tag.isValid())
        // The tag and every tag nested below it, walked down the parent index.
        sql += " AND r.id IN (SELECT s.reference_id FROM tag_span s WHERE s.tag_id IN ("
               "WITH RECURSIVE below(id) AS (SELECT :tag UNION SELECT t.id FROM codebook_tag t "
               "JOIN below b ON t.parent_id = b.id) SELECT id FROM below))";
    return sql;
}

void bindFilter(Statement& statement, const LibraryFilter& filter)
{
    if (filter.yearFrom)
        statement.bind(":year_from", *filter.yearFrom);
    if (filter.yearTo)
        statement.bind(":year_to", *filter.yearTo);
    if (filter.type)
        statement.bind(":type", toString(*filter.type));
    if (!filter.publicationType.isEmpty())
        statement.bind(":publication_type", filter.publicationType);
    if (filter.batch.isValid())
        statement.bind(":batch", filter.batch.value);
    if (!LibraryQuery::searchWords(filter.searchText).isEmpty())
        statement.bind(":search", ftsQueryFor(filter.searchText));
    if (filter.screening) {
        statement.bind(":screening_stage", toString(filter.screening->stage));
        const QString verdict = verdictText(filter.screening->status);
        if (!verdict.isEmpty())
            statement.bind(":screening_verdict", verdict);
    }
    if (filter.tag.isValid())
        statement.bind(":tag", filter.tag.value);
}

constexpr const char* ROW_COLUMNS = "SELECT r.id, r.year, r.title, r.journal, r.type, r.doi, r.pmid, "
                                    "(SELECT count(*) FROM author a WHERE a.reference_id = r.id) ";

LibraryRow readRow(const Statement& statement)
{
    LibraryRow item;
    item.id = ReferenceId(statement.int64(0));
    item.year = statement.optionalInt(1);
    item.title = statement.text(2);
    item.journal = statement.text(3);
    item.type = publicationTypeFromString(statement.text(4));
    item.doi = statement.text(5);
    item.pmid = statement.text(6);
    item.authorCount = statement.integer(7);
    return item;
}

QString idArray(const std::vector<ReferenceId>& ids)
{
    QJsonArray array;
    for (const ReferenceId id : ids)
        array.append(id.value);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

LibraryQuery::LibraryQuery(Database& database)
    : m_database(database)
{
}

QStringList LibraryQuery::searchWords(const QString& searchText)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList words = searchText.split(separators, Qt::SkipEmptyParts);
    if (words.size() > MAX_SEARCH_WORDS)
        words.resize(MAX_SEARCH_WORDS);
    return words;
}

Result<int> LibraryQuery::count(const LibraryFilter& filter)
{
    const QByteArray sql = "SELECT count(*) FROM reference r " + whereClause(filter);
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->integer(0);
}

Result<std::vector<LibraryRow>> LibraryQuery::page(const LibraryFilter& filter,
                                                   const LibrarySort& sort,
                                                   int offset,
                                                   int limit)
{
    const QByteArray sql = QByteArray(ROW_COLUMNS) + "FROM reference r " + whereClause(filter) + ' ' + orderBy(sort) +
                           " LIMIT :limit OFFSET :offset";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter);
    statement->bind(":limit", limit).bind(":offset", offset);

    std::vector<LibraryRow> rows;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows.push_back(readRow(*statement));
    }
    STEMMA_TRY(addFirstAuthors(rows));
    return rows;
}

Result<std::vector<ReferenceId>> LibraryQuery::orderedIds(const LibraryFilter& filter, const LibrarySort& sort)
{
    const QByteArray sql = "SELECT r.id FROM reference r " + whereClause(filter) + ' ' + orderBy(sort);
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter);
    std::vector<ReferenceId> ids;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return ids;
        ids.emplace_back(statement->int64(0));
    }
}

Result<QStringList> LibraryQuery::queryPlan(const LibraryFilter& filter, const LibrarySort& sort)
{
    const QByteArray sql =
        "EXPLAIN QUERY PLAN SELECT r.id FROM reference r " + whereClause(filter) + ' ' + orderBy(sort);
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter);
    QStringList lines;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return lines;
        lines << statement->text(3);
    }
}

Result<std::vector<LibraryRow>> LibraryQuery::rows(const std::vector<ReferenceId>& ids)
{
    std::vector<LibraryRow> rows;
    if (ids.empty())
        return rows;
    const QByteArray sql =
        QByteArray(ROW_COLUMNS) + "FROM reference r WHERE r.id IN (SELECT value FROM json_each(:ids))";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return statement.error();
    statement->bind(":ids", idArray(ids));
    std::unordered_map<qint64, LibraryRow> byId;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        LibraryRow item = readRow(*statement);
        byId.emplace(item.id.value, std::move(item));
    }
    rows.reserve(byId.size());
    for (const ReferenceId id : ids) {
        auto found = byId.find(id.value);
        if (found != byId.end())
            rows.push_back(std::move(found->second));
    }
    STEMMA_TRY(addFirstAuthors(rows));
    return rows;
}

Result<void> LibraryQuery::addFirstAuthors(std::vector<LibraryRow>& rows)
{
    if (rows.empty())
        return {};
    std::unordered_map<qint64, std::size_t> indexOf;
    std::vector<ReferenceId> ids;
    ids.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        indexOf.emplace(rows[i].id.value, i);
        ids.push_back(rows[i].id);
    }
    // The ids travel as one JSON array, so the statement is the same for every page.
    auto authors = m_database.prepare("SELECT reference_id, family, given, collective FROM author "
                                      "WHERE reference_id IN (SELECT value FROM json_each(:ids)) "
                                      "AND position < :max ORDER BY reference_id, position");
    if (!authors)
        return authors.error();
    authors->bind(":ids", idArray(ids)).bind(":max", MAX_FIRST_AUTHORS);
    for (;;) {
        auto row = authors->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        const auto found = indexOf.find(authors->int64(0));
        if (found != indexOf.end())
            rows[found->second].firstAuthors.append(Author{authors->text(1), authors->text(2), authors->text(3)});
    }
}

Result<std::optional<int>> LibraryQuery::positionOf(const LibraryFilter& filter,
                                                    const LibrarySort& sort,
                                                    ReferenceId id)
{
    const QByteArray sql = "SELECT position FROM (SELECT r.id AS id, row_number() OVER (" + orderBy(sort) +
                           ") - 1 AS position FROM reference r " + whereClause(filter) + ") WHERE id = :id";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return statement.error();
    bindFilter(*statement, filter);
    statement->bind(":id", id.value);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? std::optional<int>(statement->integer(0)) : std::nullopt;
}

Result<std::optional<std::pair<int, int>>> LibraryQuery::yearRange()
{
    auto statement = m_database.prepare("SELECT min(year), max(year) FROM reference WHERE merged_into IS NULL");
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (statement->isNull(0))
        return std::optional<std::pair<int, int>>();
    return std::optional<std::pair<int, int>>(std::pair(statement->integer(0), statement->integer(1)));
}

Result<std::vector<PublicationType>> LibraryQuery::typesInUse()
{
    auto statement = m_database.prepare("SELECT DISTINCT type FROM reference WHERE merged_into IS NULL");
    if (!statement)
        return statement.error();
    std::vector<PublicationType> types;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        types.push_back(publicationTypeFromString(statement->text(0)));
    }
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    return types;
}

Result<QStringList> LibraryQuery::publicationTypesInUse()
{
    auto statement = m_database.prepare(
        "SELECT DISTINCT publication_types FROM reference WHERE merged_into IS NULL AND publication_types IS NOT NULL");
    if (!statement)
        return statement.error();
    QStringList types;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        for (const QString& type : statement->text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!types.contains(type))
                types << type;
    }
    types.sort(Qt::CaseInsensitive);
    return types;
}

} // namespace stemma::core::db
