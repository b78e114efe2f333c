// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/domain/Ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace stemma::core::db {

/** Binds a row id, or NULL when it is not valid: optional foreign keys store "none" as NULL. */
template <typename Tag> Statement& bindId(Statement& statement, const char* name, Id<Tag> id)
{
    return id.isValid() ? statement.bind(name, id.value) : statement.bindNull(name);
}

/** Reads an optional id column; NULL gives the invalid id. */
template <typename IdType> IdType idAt(const Statement& row, int column)
{
    return IdType(row.optionalInt64(column).value_or(0));
}

/** Runs \a statement and turns every row into a T with \a read. */
template <typename T, typename ReadRow> Result<std::vector<T>> collectRows(Statement& statement, ReadRow read)
{
    std::vector<T> rows;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        rows.push_back(read(statement));
    }
}

/** Runs \a statement for its first row; no row gives NotFound with \a what in the message. */
template <typename T, typename ReadRow> Result<T> singleRow(Statement& statement, ReadRow read, const QString& what)
{
    auto row = statement.step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(what)};
    return read(statement);
}

/** Runs an UPDATE or DELETE that must touch a row; touching none means \a what was not there. */
inline Result<void> runOnExisting(Database& database, Statement& statement, const QString& what)
{
    STEMMA_TRY(statement.run());
    if (database.changes() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(what)};
    return {};
}

} // namespace stemma::core::db
