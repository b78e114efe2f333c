// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/DuplicateRepository.h"

#include "core/Parallel.h"
#include "core/db/Database.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/RowHelpers.h"
#include "core/db/SqlTime.h"
#include "core/db/TransactionGuard.h"
#include "core/domain/EnumText.h"

namespace stemma::core::db {
namespace {

constexpr EnumText<CandidateStatus, 3> STATUS_NAMES{{{
    {CandidateStatus::Pending, "pending"},
    {CandidateStatus::Merged, "merged"},
    {CandidateStatus::Distinct, "distinct"},
}}};

DuplicateCandidate readCandidate(const Statement& row)
{
    return DuplicateCandidate{row.int64(0),
                              ReferenceId(row.int64(1)),
                              ReferenceId(row.int64(2)),
                              row.real(3),
                              row.text(4),
                              STATUS_NAMES.fromString(row.text(5)).value_or(CandidateStatus::Pending)};
}

} // namespace

DuplicateRepository::DuplicateRepository(Database& database)
    : m_database(database)
{
}

Result<std::vector<dedupe::Fingerprint>> DuplicateRepository::fingerprints()
{
    auto statement = m_database.prepare(
        "SELECT r.id, r.title, r.year, coalesce(a.family, a.collective), r.journal, r.pages, r.doi, r.pmid "
        "FROM reference r LEFT JOIN author a ON a.reference_id = r.id AND a.position = 0 "
        "WHERE r.merged_into IS NULL ORDER BY r.id");
    if (!statement)
        return statement.error();
    // Rows are read here; fingerprinting them (folding, word splitting) is pure work spread over the cores.
    struct Row
    {
        qint64 id;
        QString title;
        std::optional<int> year;
        QString firstAuthor, journal, pages, doi, pmid;
    };
    std::vector<Row> rows;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows.push_back(Row{statement->int64(0),
                           statement->text(1),
                           statement->optionalInt(2),
                           statement->text(3),
                           statement->text(4),
                           statement->text(5),
                           statement->text(6),
                           statement->text(7)});
    }
    std::vector<dedupe::Fingerprint> result(rows.size());
    parallelRanges(rows.size(), [&rows, &result](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const Row& row = rows[i];
            result[i] = dedupe::makeFingerprint(
                ReferenceId(row.id), row.title, row.year, row.firstAuthor, row.journal, row.pages, row.doi, row.pmid);
        }
    });
    return result;
}

Result<int> DuplicateRepository::store(const std::vector<dedupe::CandidatePair>& pairs)
{
    TransactionGuard transaction(m_database);
    auto statement = m_database.prepare(
        "INSERT INTO duplicate_candidate (first_id, second_id, score, reasons) VALUES (:first, :second, :score, "
        ":reasons) ON CONFLICT (first_id, second_id) DO UPDATE SET score = excluded.score, reasons = "
        "excluded.reasons WHERE status = 'pending'");
    if (!statement)
        return statement.error();
    int stored = 0;
    for (const auto& pair : pairs) {
        statement->reset();
        statement->bind(":first", pair.first.value)
            .bind(":second", pair.second.value)
            .bind(":score", pair.score.score)
            .bind(":reasons", pair.score.reasons.join(QStringLiteral(", ")));
        STEMMA_TRY(statement->run());
        stored += m_database.changes();
    }
    STEMMA_TRY(transaction.commit());
    return stored;
}

Result<std::vector<DuplicateCandidate>> DuplicateRepository::candidates(bool pendingOnly)
{
    auto statement = m_database.prepare(
        pendingOnly ? "SELECT c.id, c.first_id, c.second_id, c.score, c.reasons, c.status FROM duplicate_candidate c "
                      "JOIN reference a ON a.id = c.first_id JOIN reference b ON b.id = c.second_id "
                      "WHERE c.status = 'pending' AND a.merged_into IS NULL AND b.merged_into IS NULL "
                      "ORDER BY c.score DESC, c.id"
                    : "SELECT id, first_id, second_id, score, reasons, status FROM duplicate_candidate "
                      "ORDER BY score DESC, id");
    if (!statement)
        return statement.error();
    return collectRows<DuplicateCandidate>(*statement, readCandidate);
}

Result<DuplicateCandidate> DuplicateRepository::candidate(qint64 id)
{
    auto statement = m_database.prepare(
        "SELECT id, first_id, second_id, score, reasons, status FROM duplicate_candidate WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, QStringLiteral("duplicate pair %1 does not exist").arg(id)};
    return readCandidate(*statement);
}

Result<void> DuplicateRepository::setStatus(qint64 candidateId, CandidateStatus status)
{
    auto statement =
        m_database.prepare("UPDATE duplicate_candidate SET status = :status, decided_at = :at WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":status", STATUS_NAMES.toString(status)).bind(":id", candidateId);
    if (status == CandidateStatus::Pending)
        statement->bindNull(":at");
    else
        statement->bind(":at", toSqlTime(QDateTime::currentDateTimeUtc()));
    return statement->run();
}

Result<void> DuplicateRepository::merge(qint64 candidateId)
{
    auto pair = candidate(candidateId);
    if (!pair)
        return pair.error();
    if (pair->status == CandidateStatus::Merged)
        return {};
    TransactionGuard transaction(m_database);
    ReferenceRepository references(m_database);
    auto survivor = references.get(pair->first);
    if (!survivor)
        return survivor.error();
    if (survivor->mergedInto.isValid())
        return Error{ErrorCode::Constraint,
                     QStringLiteral("reference %1 is itself merged into %2")
                         .arg(pair->first.value)
                         .arg(survivor->mergedInto.value)};
    STEMMA_TRY(references.setMergedInto(pair->second, pair->first));
    STEMMA_TRY(setStatus(candidateId, CandidateStatus::Merged));
    return transaction.commit();
}

Result<void> DuplicateRepository::markDistinct(qint64 candidateId)
{
    auto pair = candidate(candidateId);
    if (!pair)
        return pair.error();
    if (pair->status == CandidateStatus::Merged)
        return Error{ErrorCode::Constraint, QStringLiteral("the pair is merged; undo the merge first")};
    return setStatus(candidateId, CandidateStatus::Distinct);
}

Result<void> DuplicateRepository::undo(qint64 candidateId)
{
    auto pair = candidate(candidateId);
    if (!pair)
        return pair.error();
    TransactionGuard transaction(m_database);
    if (pair->status == CandidateStatus::Merged)
        STEMMA_TRY(ReferenceRepository(m_database).setMergedInto(pair->second, ReferenceId()));
    STEMMA_TRY(setStatus(candidateId, CandidateStatus::Pending));
    return transaction.commit();
}

} // namespace stemma::core::db
