// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ScreeningRepository.h"

#include "core/db/Database.h"
#include "core/db/RowHelpers.h"
#include "core/db/SqlTime.h"
#include "core/db/TransactionGuard.h"

namespace stemma::core::db {
namespace {

constexpr const char* DECISION_COLUMNS = "SELECT id, reference_id, reviewer_id, stage, verdict, reason, note, "
                                         "decided_at FROM screening_decision ";

constexpr const char* RESOLUTION_COLUMNS = "SELECT id, reference_id, stage, verdict, reason, method, resolved_by, "
                                           "note, resolved_at FROM screening_resolution ";

ScreeningDecision readDecision(const Statement& row)
{
    ScreeningDecision decision;
    decision.id = DecisionId(row.int64(0));
    decision.reference = ReferenceId(row.int64(1));
    decision.reviewer = ReviewerId(row.int64(2));
    decision.stage = screeningStageFromString(row.text(3)).value_or(ScreeningStage::TitleAbstract);
    decision.verdict = verdictFromString(row.text(4)).value_or(Verdict::Maybe);
    decision.reason = row.text(5);
    decision.note = row.text(6);
    decision.decidedAt = fromSqlTime(row.text(7));
    return decision;
}

ScreeningResolution readResolution(const Statement& row)
{
    ScreeningResolution resolution;
    resolution.id = DecisionId(row.int64(0));
    resolution.reference = ReferenceId(row.int64(1));
    resolution.stage = screeningStageFromString(row.text(2)).value_or(ScreeningStage::TitleAbstract);
    resolution.verdict = verdictFromString(row.text(3)).value_or(Verdict::Maybe);
    resolution.reason = row.text(4);
    resolution.method = row.text(5);
    resolution.resolvedBy = idAt<ReviewerId>(row, 6);
    resolution.note = row.text(7);
    resolution.resolvedAt = fromSqlTime(row.text(8));
    return resolution;
}

QString timeOrNow(const QDateTime& time)
{
    return toSqlTime(time.isValid() ? time : QDateTime::currentDateTimeUtc());
}

/** Runs an upsert ending in RETURNING id and gives that id. */
Result<qint64> returnedId(Statement& statement)
{
    auto row = statement.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::Database, QStringLiteral("the row was not stored")};
    const qint64 id = statement.int64(0);
    STEMMA_TRY(statement.run());
    return id;
}

} // namespace

ScreeningRepository::ScreeningRepository(Database& database)
    : m_database(database)
{
}

Result<DecisionId> ScreeningRepository::recordDecision(const ScreeningDecision& decision)
{
    auto statement = m_database.prepare(
        "INSERT INTO screening_decision (reference_id, reviewer_id, stage, verdict, reason, note, decided_at) "
        "VALUES (:reference, :reviewer, :stage, :verdict, :reason, :note, :at) "
        "ON CONFLICT (reference_id, reviewer_id, stage) DO UPDATE SET verdict = excluded.verdict, "
        "reason = excluded.reason, note = excluded.note, decided_at = excluded.decided_at RETURNING id");
    if (!statement)
        return statement.error();
    statement->bind(":reference", decision.reference.value)
        .bind(":reviewer", decision.reviewer.value)
        .bind(":stage", toString(decision.stage))
        .bind(":verdict", toString(decision.verdict))
        .bindText(":reason", decision.reason)
        .bindText(":note", decision.note)
        .bind(":at", timeOrNow(decision.decidedAt));
    auto id = returnedId(*statement);
    if (!id)
        return id.error();
    return DecisionId(*id);
}

Result<std::vector<ScreeningDecision>> ScreeningRepository::decisions(ReferenceId reference, ScreeningStage stage)
{
    auto statement =
        m_database.prepare(QByteArray(DECISION_COLUMNS)
                               .append("WHERE reference_id = :reference AND stage = :stage ORDER BY reviewer_id")
                               .constData());
    if (!statement)
        return statement.error();
    statement->bind(":reference", reference.value).bind(":stage", toString(stage));
    return collectRows<ScreeningDecision>(*statement, readDecision);
}

Result<std::vector<ScreeningDecision>> ScreeningRepository::decisionsForStage(ScreeningStage stage)
{
    auto statement = m_database.prepare(
        QByteArray(DECISION_COLUMNS).append("WHERE stage = :stage ORDER BY reference_id, reviewer_id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":stage", toString(stage));
    return collectRows<ScreeningDecision>(*statement, readDecision);
}

Result<void> ScreeningRepository::removeDecision(DecisionId id)
{
    auto statement = m_database.prepare("DELETE FROM screening_decision WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, QStringLiteral("screening decision %1").arg(id.value));
}

Result<DecisionId> ScreeningRepository::resolve(const ScreeningResolution& resolution)
{
    auto statement = m_database.prepare(
        "INSERT INTO screening_resolution (reference_id, stage, verdict, reason, method, resolved_by, note, "
        "resolved_at) VALUES (:reference, :stage, :verdict, :reason, :method, :by, :note, :at) "
        "ON CONFLICT (reference_id, stage) DO UPDATE SET verdict = excluded.verdict, reason = excluded.reason, "
        "method = excluded.method, resolved_by = excluded.resolved_by, note = excluded.note, "
        "resolved_at = excluded.resolved_at RETURNING id");
    if (!statement)
        return statement.error();
    statement->bind(":reference", resolution.reference.value)
        .bind(":stage", toString(resolution.stage))
        .bind(":verdict", toString(resolution.verdict))
        .bindText(":reason", resolution.reason)
        .bind(":method", resolution.method);
    bindId(*statement, ":by", resolution.resolvedBy);
    statement->bindText(":note", resolution.note).bind(":at", timeOrNow(resolution.resolvedAt));
    auto id = returnedId(*statement);
    if (!id)
        return id.error();
    return DecisionId(*id);
}

Result<std::optional<ScreeningResolution>> ScreeningRepository::resolution(ReferenceId reference, ScreeningStage stage)
{
    auto statement = m_database.prepare(
        QByteArray(RESOLUTION_COLUMNS).append("WHERE reference_id = :reference AND stage = :stage").constData());
    if (!statement)
        return statement.error();
    statement->bind(":reference", reference.value).bind(":stage", toString(stage));
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? std::optional<ScreeningResolution>(readResolution(*statement)) : std::nullopt;
}

Result<std::vector<ScreeningResolution>> ScreeningRepository::resolutions(ScreeningStage stage)
{
    auto statement = m_database.prepare(
        QByteArray(RESOLUTION_COLUMNS).append("WHERE stage = :stage ORDER BY reference_id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":stage", toString(stage));
    return collectRows<ScreeningResolution>(*statement, readResolution);
}

Result<void> ScreeningRepository::removeResolution(ReferenceId reference, ScreeningStage stage)
{
    auto statement =
        m_database.prepare("DELETE FROM screening_resolution WHERE reference_id = :reference AND stage = :stage");
    if (!statement)
        return statement.error();
    statement->bind(":reference", reference.value).bind(":stage", toString(stage));
    return runOnExisting(
        m_database,
        *statement,
        QStringLiteral("a resolution of reference %1 at %2").arg(reference.value).arg(toString(stage)));
}

Result<QStringList> ScreeningRepository::exclusionReasons()
{
    auto statement = m_database.prepare("SELECT label FROM exclusion_reason ORDER BY position, id");
    if (!statement)
        return statement.error();
    QStringList labels;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return labels;
        labels << statement->text(0);
    }
}

Result<void> ScreeningRepository::addExclusionReason(const QString& label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("an exclusion reason needs a label")};
    auto statement = m_database.prepare("INSERT INTO exclusion_reason (label, position) VALUES (:label, "
                                        "(SELECT coalesce(max(position) + 1, 1) FROM exclusion_reason))");
    if (!statement)
        return statement.error();
    statement->bind(":label", trimmed);
    return statement->run();
}

Result<void> ScreeningRepository::removeExclusionReason(const QString& label)
{
    auto statement = m_database.prepare("DELETE FROM exclusion_reason WHERE label = :label");
    if (!statement)
        return statement.error();
    statement->bind(":label", label);
    return runOnExisting(m_database, *statement, QStringLiteral("exclusion reason \"%1\"").arg(label));
}

Result<void> ScreeningRepository::reorderExclusionReasons(const QStringList& labels)
{
    auto current = exclusionReasons();
    if (!current)
        return current.error();
    QStringList wanted = labels;
    QStringList existing = *current;
    wanted.sort();
    existing.sort();
    if (wanted != existing)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("the new order must name each exclusion reason exactly once")};
    TransactionGuard transaction(m_database);
    auto statement = m_database.prepare("UPDATE exclusion_reason SET position = :position WHERE label = :label");
    if (!statement)
        return statement.error();
    for (int position = 0; position < labels.size(); ++position) {
        statement->reset();
        statement->bind(":position", position + 1).bind(":label", labels[position]);
        STEMMA_TRY(statement->run());
    }
    return transaction.commit();
}

} // namespace stemma::core::db
