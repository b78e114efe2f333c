// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/SearchIndex.h"

#include "core/db/Database.h"

#include <QStringList>

#include <algorithm>

namespace stemma::core::db {
namespace {

/** Column weights for bm25: a word in the title says more than the same word in the abstract. */
constexpr const char* RANKED_SEARCH = "SELECT f.rowid, bm25(reference_fts, 10.0, 1.0, 4.0, 3.0) AS score, "
                                      "snippet(reference_fts, -1, :open, :close, '…', 24) "
                                      "FROM reference_fts f JOIN reference r ON r.id = f.rowid "
                                      "WHERE reference_fts MATCH :query AND r.merged_into IS NULL "
                                      "ORDER BY score LIMIT :limit OFFSET :offset";

QString fieldColumn(const QString& field)
{
    const QString name = field.toLower();
    if (name == QLatin1String("title") || name == QLatin1String("ti"))
        return QStringLiteral("title");
    if (name == QLatin1String("abstract") || name == QLatin1String("ab"))
        return QStringLiteral("abstract");
    if (name == QLatin1String("author") || name == QLatin1String("authors") || name == QLatin1String("au"))
        return QStringLiteral("authors");
    if (name == QLatin1String("keyword") || name == QLatin1String("keywords") || name == QLatin1String("kw"))
        return QStringLiteral("keywords");
    return {};
}

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool hasWordCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool isOperator(const QString& token)
{
    return token == QLatin1String("AND") || token == QLatin1String("OR") || token == QLatin1String("NOT");
}

} // namespace

SearchIndex::SearchIndex(Database& database)
    : m_database(database)
{
}

Result<void> SearchIndex::indexRange(ReferenceId first, ReferenceId last)
{
    auto statement = m_database.prepare(
        "INSERT INTO reference_fts (rowid, title, abstract, authors, keywords) "
        "SELECT id, title, abstract, authors, keywords FROM reference_search_source WHERE id BETWEEN :first AND :last");
    if (!statement)
        return statement.error();
    statement->bind(":first", first.value).bind(":last", last.value);
    return statement->run();
}

Result<void> SearchIndex::add(ReferenceId id)
{
    return indexRange(id, id);
}

Result<void> SearchIndex::remove(ReferenceId id)
{
    // External-content FTS5 deletes by being told the old text, which the view still has.
    auto statement = m_database.prepare(
        "INSERT INTO reference_fts (reference_fts, rowid, title, abstract, authors, keywords) "
        "SELECT 'delete', id, title, abstract, authors, keywords FROM reference_search_source WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return statement->run();
}

Result<void> SearchIndex::rebuild()
{
    return m_database.execute("INSERT INTO reference_fts (reference_fts) VALUES ('rebuild')");
}

Result<QString> SearchIndex::toFtsQuery(const QString& query)
{
    QStringList parts;
    int depth = 0;
    bool expectTerm = true; // at the start, after an operator or "("
    qsizetype i = 0;
    const qsizetype n = query.size();
    auto addTerm = [&](const QString& term) {
        if (!expectTerm && !parts.isEmpty() && parts.back() != QLatin1String("("))
            parts << QStringLiteral("AND");
        parts << term;
        expectTerm = false;
    };
    while (i < n) {
        const QChar c = query[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('(')) {
            if (!expectTerm)
                parts << QStringLiteral("AND");
            parts << QStringLiteral("(");
            ++depth;
            expectTerm = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char(')')) {
            if (depth == 0)
                return Error{ErrorCode::Parse, QStringLiteral("the query has a ')' without a matching '('")};
            if (expectTerm)
                return Error{ErrorCode::Parse,
                             QStringLiteral("the query has an empty group or ends a group with an operator")};
            parts << QStringLiteral(")");
            --depth;
            ++i;
            continue;
        }
        QString field;
        // field:term or field:"phrase"
        qsizetype wordEnd = i;
        while (wordEnd < n && !query[wordEnd].isSpace() && query[wordEnd] != QLatin1Char('(') &&
               query[wordEnd] != QLatin1Char(')') && query[wordEnd] != QLatin1Char('"'))
            ++wordEnd;
        QString word = query.mid(i, wordEnd - i);
        if (const qsizetype colon = word.indexOf(QLatin1Char(':')); colon > 0) {
            const QString column = fieldColumn(word.left(colon));
            if (!column.isEmpty()) {
                field = column;
                i += colon + 1;
                word = word.mid(colon + 1);
                wordEnd = i + word.size();
            }
        }
        QString term;
        if (i < n && query[i] == QLatin1Char('"')) {
            const qsizetype close = query.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                return Error{ErrorCode::Parse, QStringLiteral("the query has an unclosed quotation mark")};
            const QString phrase = query.mid(i + 1, close - i - 1);
            i = close + 1;
            if (!hasWordCharacter(phrase))
                continue;
            term = quoted(phrase);
            if (i < n && query[i] == QLatin1Char('*')) {
                term += QStringLiteral(" *");
                ++i;
            }
        } else {
            i = wordEnd;
            if (field.isEmpty() && isOperator(word)) {
                if (expectTerm)
                    return Error{ErrorCode::Parse,
                                 QStringLiteral("%1 needs a term before it (for example: stem %1 cell)").arg(word)};
                parts << word;
                expectTerm = true;
                continue;
            }
            const bool prefix = word.endsWith(QLatin1Char('*'));
            if (prefix)
                word.chop(1);
            if (!hasWordCharacter(word))
                continue;
            term = quoted(word) + (prefix ? QStringLiteral(" *") : QString());
        }
        addTerm(field.isEmpty() ? term : field + QStringLiteral(" : ") + term);
    }
    if (depth > 0)
        return Error{ErrorCode::Parse, QStringLiteral("the query has a '(' without a matching ')'")};
    if (!parts.isEmpty() && isOperator(parts.back()))
        return Error{ErrorCode::Parse, QStringLiteral("the query ends with %1").arg(parts.back())};
    if (parts.isEmpty())
        return Error{ErrorCode::Parse, QStringLiteral("the query has no words to search for")};
    return parts.join(QLatin1Char(' '));
}

namespace {

Result<std::vector<SearchHit>> runRanked(
    Database& database, const QString& ftsQuery, const SearchOptions& options, int limit, int offset)
{
    auto statement = database.prepare(RANKED_SEARCH);
    if (!statement)
        return statement.error();
    statement->bind(":open", options.highlightOpen)
        .bind(":close", options.highlightClose)
        .bind(":query", ftsQuery)
        .bind(":limit", limit)
        .bind(":offset", offset);
    std::vector<SearchHit> hits;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return hits;
        hits.push_back(SearchHit{ReferenceId(statement->int64(0)), statement->real(1), statement->text(2)});
    }
}

} // namespace

Result<std::vector<SearchHit>> SearchIndex::search(const QString& query, const SearchOptions& options)
{
    auto fts = toFtsQuery(query);
    if (!fts)
        return fts.error();
    const auto failed = [&query](const Error& error) {
        return Error{ErrorCode::Parse, QStringLiteral("cannot search for %1: %2").arg(query, error.message)};
    };
    if (options.offset > 0) {
        auto hits = runRanked(m_database, *fts, options, options.limit, options.offset);
        return hits ? hits : Result<std::vector<SearchHit>>(failed(hits.error()));
    }
    // Ranking every match of a common word costs a bm25 score per match (tens of thousands).
    // Title matches outrank abstract-only ones by their weight, so rank those first; only when
    // they do not fill the page are the remaining matches ranked too.
    auto titleHits = runRanked(m_database, QStringLiteral("{title} : (%1)").arg(*fts), options, options.limit, 0);
    std::vector<SearchHit> hits = titleHits ? std::move(*titleHits) : std::vector<SearchHit>();
    if (int(hits.size()) >= options.limit)
        return hits;
    auto allHits = runRanked(m_database, *fts, options, options.limit + int(hits.size()), 0);
    if (!allHits)
        return failed(allHits.error());
    for (auto& hit : *allHits) {
        if (int(hits.size()) >= options.limit)
            break;
        const bool seen = std::any_of(
            hits.begin(), hits.end(), [&hit](const SearchHit& other) { return other.reference == hit.reference; });
        if (!seen)
            hits.push_back(std::move(hit));
    }
    return hits;
}

Result<int> SearchIndex::count(const QString& query)
{
    auto fts = toFtsQuery(query);
    if (!fts)
        return fts.error();
    auto statement = m_database.prepare("SELECT count(*) FROM reference_fts f JOIN reference r ON r.id = f.rowid "
                                        "WHERE reference_fts MATCH :query AND r.merged_into IS NULL");
    if (!statement)
        return statement.error();
    statement->bind(":query", *fts);
    auto row = statement->step();
    if (!row)
        return Error{ErrorCode::Parse, QStringLiteral("cannot search for %1: %2").arg(query, row.error().message)};
    return statement->integer(0);
}

} // namespace stemma::core::db
