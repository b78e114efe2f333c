// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/CertaintyRepository.h"

#include "core/db/Database.h"
#include "core/db/RowHelpers.h"
#include "core/db/SqlTime.h"

namespace stemma::core::db {

CertaintyRepository::CertaintyRepository(Database& database)
    : m_database(database)
{
}

Result<std::optional<OutcomeMid>> CertaintyRepository::mid(OutcomeMeasureId measure)
{
    auto statement =
        m_database.prepare("SELECT measure_id, mid, population, source FROM outcome_mid WHERE measure_id = :measure");
    if (!statement)
        return statement.error();
    statement->bind(":measure", measure.value);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<OutcomeMid>();
    return std::optional<OutcomeMid>(
        OutcomeMid{OutcomeMeasureId(statement->int64(0)), statement->real(1), statement->text(2), statement->text(3)});
}

Result<void> CertaintyRepository::setMid(const OutcomeMid& mid)
{
    if (!(mid.mid > 0.0))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a minimal important difference must be positive")};
    auto statement = m_database.prepare(
        "INSERT INTO outcome_mid (measure_id, mid, population, source) VALUES (:measure, :mid, :population, :source) "
        "ON CONFLICT (measure_id) DO UPDATE SET mid = excluded.mid, population = excluded.population, "
        "source = excluded.source");
    if (!statement)
        return statement.error();
    statement->bind(":measure", mid.measure.value);
    statement->bind(":mid", mid.mid);
    statement->bindText(":population", mid.population);
    statement->bindText(":source", mid.source);
    return statement->run();
}

Result<void> CertaintyRepository::removeMid(OutcomeMeasureId measure)
{
    auto statement = m_database.prepare("DELETE FROM outcome_mid WHERE measure_id = :measure");
    if (!statement)
        return statement.error();
    statement->bind(":measure", measure.value);
    return statement->run();
}

Result<std::vector<StoredCertaintyJudgement>> CertaintyRepository::judgements(OutcomeMeasureId measure)
{
    auto statement = m_database.prepare("SELECT measure_id, comparison, domain, levels, footnote, reviewer_id "
                                        "FROM certainty_judgement WHERE measure_id = :measure "
                                        "ORDER BY comparison, domain");
    if (!statement)
        return statement.error();
    statement->bind(":measure", measure.value);
    return collectRows<StoredCertaintyJudgement>(*statement, [](const Statement& row) {
        return StoredCertaintyJudgement{OutcomeMeasureId(row.int64(0)),
                                        row.text(1),
                                        row.text(2),
                                        row.integer(3),
                                        row.text(4),
                                        idAt<ReviewerId>(row, 5)};
    });
}

Result<void> CertaintyRepository::setJudgement(const StoredCertaintyJudgement& judgement)
{
    if (judgement.levels < -2 || judgement.levels > 2)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a certainty domain moves the level by -2 to +2")};
    auto statement = m_database.prepare(
        "INSERT INTO certainty_judgement (measure_id, comparison, domain, levels, footnote, reviewer_id, updated_at) "
        "VALUES (:measure, :comparison, :domain, :levels, :footnote, :reviewer, :updated) "
        "ON CONFLICT (measure_id, comparison, domain) DO UPDATE SET levels = excluded.levels, "
        "footnote = excluded.footnote, reviewer_id = excluded.reviewer_id, updated_at = excluded.updated_at");
    if (!statement)
        return statement.error();
    statement->bind(":measure", judgement.measure.value);
    statement->bind(":comparison", judgement.comparison);
    statement->bind(":domain", judgement.domain);
    statement->bind(":levels", judgement.levels);
    statement->bindText(":footnote", judgement.footnote);
    bindId(*statement, ":reviewer", judgement.reviewer);
    statement->bind(":updated", toSqlTime(QDateTime::currentDateTimeUtc()));
    return statement->run();
}

Result<void> CertaintyRepository::removeJudgement(OutcomeMeasureId measure,
                                                  const QString& comparison,
                                                  const QString& domain)
{
    auto statement = m_database.prepare("DELETE FROM certainty_judgement WHERE measure_id = :measure AND "
                                        "comparison = :comparison AND domain = :domain");
    if (!statement)
        return statement.error();
    statement->bind(":measure", measure.value);
    statement->bind(":comparison", comparison);
    statement->bind(":domain", domain);
    return statement->run();
}

} // namespace stemma::core::db
