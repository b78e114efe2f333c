// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ReviewerRepository.h"

#include "core/db/Database.h"
#include "core/db/RowHelpers.h"

namespace stemma::core::db {
namespace {

Reviewer readReviewer(const Statement& row)
{
    return Reviewer{ReviewerId(row.int64(0)), row.text(1)};
}

} // namespace

ReviewerRepository::ReviewerRepository(Database& database)
    : m_database(database)
{
}

Result<ReviewerId> ReviewerRepository::findOrCreate(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a reviewer needs a name")};
    // The no-op update makes RETURNING give the existing row's id when the name is taken.
    auto statement = m_database.prepare("INSERT INTO reviewer (name) VALUES (:name) "
                                        "ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id");
    if (!statement)
        return statement.error();
    statement->bind(":name", trimmed);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::Database, QStringLiteral("reviewer %1 was not stored").arg(trimmed)};
    const ReviewerId id(statement->int64(0));
    STEMMA_TRY(statement->run());
    return id;
}

Result<Reviewer> ReviewerRepository::get(ReviewerId id)
{
    auto statement = m_database.prepare("SELECT id, name FROM reviewer WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return singleRow<Reviewer>(*statement, readReviewer, QStringLiteral("reviewer %1").arg(id.value));
}

Result<std::vector<Reviewer>> ReviewerRepository::list()
{
    auto statement = m_database.prepare("SELECT id, name FROM reviewer ORDER BY id");
    if (!statement)
        return statement.error();
    return collectRows<Reviewer>(*statement, readReviewer);
}

} // namespace stemma::core::db
