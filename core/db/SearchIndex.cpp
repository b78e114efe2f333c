// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/SearchIndex.h"

#include "core/db/Database.h"

#include <QStringList>

#include <algorithm>
#include <iterator>
#include <optional>

namespace stemma::core::db {
namespace {

/** Column weights for bm25: a word in the title says more than the same word in the abstract. */
constexpr const char* RANKED_SEARCH = "SELECT f.rowid, bm25(reference_fts, 10.0, 1.0, 4.0, 3.0) AS score, "
                                      "snippet(reference_fts, -1, :open, :close, '…', 24) "
                                      "FROM reference_fts f JOIN reference r ON r.id = f.rowid "
                                      "WHERE reference_fts MATCH :query AND r.merged_into IS NULL "
                                      "ORDER BY score LIMIT :limit OFFSET :offset";

/** The same matches newest first, with no score: for words too common for bm25 to rank. */
constexpr const char* NEWEST_FIRST_SEARCH = "SELECT f.rowid, 0.0, "
                                            "snippet(reference_fts, -1, :open, :close, '…', 24) "
                                            "FROM reference_fts f JOIN reference r ON r.id = f.rowid "
                                            "WHERE reference_fts MATCH :query AND r.merged_into IS NULL "
                                            "ORDER BY f.rowid DESC LIMIT :limit OFFSET :offset";

/// Below this many matches scoring every one is cheap, so ranking is always tried.
constexpr int UNRANKABLE_MIN_DOCUMENTS = 2000;

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

Result<void> SearchIndex::indexImported(ReferenceId first, ReferenceId last)
{
    // FTS5 merges its segments a little on every write; during a bulk insert that is repeated
    // work on segments the same insert keeps producing (a third of indexing 100,000 records).
    // Merging is paused for the insert and resumed after it; later writes finish it gradually
    // and FTS5 still merges at once if a level gets crowded.
    // Pending terms are also held in a 32 MiB hash instead of 1 MiB: each flush of the hash writes
    // a segment, and 100,000 abstracts flushed a megabyte at a time make hundreds of segments for
    // FTS5 to merge before the insert ends (a fifth of indexing). The memory is freed at commit.
    STEMMA_TRY(m_database.execute("INSERT INTO reference_fts (reference_fts, rank) VALUES ('automerge', 0)"));
    STEMMA_TRY(m_database.execute("INSERT INTO reference_fts (reference_fts, rank) VALUES ('hashsize', 33554432)"));
    auto indexed = indexRange(first, last);
    auto restored = m_database.execute("INSERT INTO reference_fts (reference_fts, rank) VALUES ('hashsize', 1048576)");
    auto resumed = m_database.execute("INSERT INTO reference_fts (reference_fts, rank) VALUES ('automerge', 4)");
    if (!indexed)
        return indexed;
    if (!restored)
        return restored;
    return resumed;
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

Result<std::vector<SearchHit>> runSearch(
    Database& database, const char* sql, const QString& ftsQuery, const SearchOptions& options, int limit, int offset)
{
    auto statement = database.prepare(sql);
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

Result<std::vector<SearchHit>> runRanked(
    Database& database, const QString& ftsQuery, const SearchOptions& options, int limit, int offset)
{
    return runSearch(database, RANKED_SEARCH, ftsQuery, options, limit, offset);
}

/** The word of a query that is one plain word ("the", not a phrase, prefix, field or expression). */
std::optional<QString> singlePlainWord(const QString& ftsQuery)
{
    if (ftsQuery.size() < 3 || !ftsQuery.startsWith(QLatin1Char('"')) || !ftsQuery.endsWith(QLatin1Char('"')))
        return std::nullopt;
    const QString word = ftsQuery.mid(1, ftsQuery.size() - 2);
    const bool plain = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    return plain ? std::optional<QString>(word.toLower()) : std::nullopt;
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
    auto common = isTooCommonToRank(*fts);
    if (!common)
        return failed(common.error());
    if (*common) {
        auto hits = runSearch(m_database, NEWEST_FIRST_SEARCH, *fts, options, options.limit, options.offset);
        return hits ? hits : Result<std::vector<SearchHit>>(failed(hits.error()));
    }
    // Ranking every match of a common word costs a bm25 score per match (tens of thousands).
    // Title matches outrank abstract-only ones by their weight, so the matches are split in two:
    // title matches ranked first, then the rest ranked. A page that the title matches fill never
    // scores the rest, and every page follows the same order.
    const QString titleQuery = QStringLiteral("{title} : (%1)").arg(*fts);
    const QString restQuery = QStringLiteral("(%1) NOT {title} : (%1)").arg(*fts);
    int restOffset = 0;
    std::vector<SearchHit> hits;
    if (options.offset > 0) {
        auto titleMatches = countLive(titleQuery);
        if (!titleMatches)
            return failed(titleMatches.error());
        restOffset = std::max(0, options.offset - *titleMatches);
    }
    if (restOffset == 0) {
        auto titleHits = runRanked(m_database, titleQuery, options, options.limit, options.offset);
        if (!titleHits)
            return failed(titleHits.error());
        hits = std::move(*titleHits);
        if (int(hits.size()) >= options.limit)
            return hits;
    }
    auto restHits = runRanked(m_database, restQuery, options, options.limit - int(hits.size()), restOffset);
    if (!restHits)
        return failed(restHits.error());
    std::move(restHits->begin(), restHits->end(), std::back_inserter(hits));
    return hits;
}

Result<bool> SearchIndex::isTooCommonToRank(const QString& ftsQuery)
{
    // bm25 weighs a word by its inverse document frequency, which FTS5 floors at a token 1e-6 for
    // a word in more than half the records: ranking then only sorts by length, at the price of
    // scoring every match. Such a word is listed newest first instead.
    const auto word = singlePlainWord(ftsQuery);
    if (!word)
        return false;
    STEMMA_TRY(m_database.executeOnTempSchema("CREATE VIRTUAL TABLE IF NOT EXISTS temp.reference_fts_terms "
                                              "USING fts5vocab(main, 'reference_fts', 'row')"));
    auto documents = m_database.prepare("SELECT doc FROM temp.reference_fts_terms WHERE term = :term");
    if (!documents)
        return documents.error();
    documents->bind(":term", *word);
    auto found = documents->step();
    if (!found)
        return found.error();
    if (!*found)
        return false;
    const qint64 matching = documents->int64(0);
    if (matching < UNRANKABLE_MIN_DOCUMENTS)
        return false;
    auto total = m_database.prepare("SELECT count(*) FROM reference_fts_docsize");
    if (!total)
        return total.error();
    auto counted = total->step();
    if (!counted)
        return counted.error();
    return matching * 2 > total->int64(0);
}

Result<int> SearchIndex::count(const QString& query)
{
    auto fts = toFtsQuery(query);
    if (!fts)
        return fts.error();
    auto counted = countLive(*fts);
    if (!counted)
        return Error{ErrorCode::Parse, QStringLiteral("cannot search for %1: %2").arg(query, counted.error().message)};
    return counted;
}

Result<int> SearchIndex::countLive(const QString& ftsQuery)
{
    auto statement = m_database.prepare("SELECT count(*) FROM reference_fts f JOIN reference r ON r.id = f.rowid "
                                        "WHERE reference_fts MATCH :query AND r.merged_into IS NULL");
    if (!statement)
        return statement.error();
    statement->bind(":query", ftsQuery);
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->integer(0);
}

} // namespace stemma::core::db
