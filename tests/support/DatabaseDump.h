// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ReviewProject.h"
#include "core/db/Database.h"

#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace stemma::test {

namespace detail {

inline QStringList queryRows(sqlite3* connection, const QString& sql)
{
    QStringList rows;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
        return {QStringLiteral("cannot read: ") + sql};
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList cells;
        for (int column = 0; column < sqlite3_column_count(statement); ++column) {
            if (sqlite3_column_type(statement, column) == SQLITE_NULL)
                cells << QStringLiteral("NULL");
            else
                cells << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)));
        }
        rows << cells.join(QLatin1Char('|'));
    }
    sqlite3_finalize(statement);
    return rows;
}

} // namespace detail

/**
 * Every row of every table of \a project, table by table in name order, each table's rows sorted
 * by all their columns: two dumps are equal exactly when the stored contents are. Left out are
 * the append-only audit log (undo and redo add to it by design), SQLite's own tables and the
 * full-text indexes' internal shadow tables (their b-tree layout changes when a row is deleted
 * and written again; the indexed text itself is compared through the tables it indexes).
 */
inline QStringList dumpTables(core::ReviewProject& project)
{
    sqlite3* connection = project.database().handle();
    const QStringList virtualTables = detail::queryRows(
        connection,
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"));
    QStringList dump;
    for (const QString& table : detail::queryRows(
             connection,
             QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"))) {
        if (table == QLatin1String("audit_log"))
            continue;
        bool shadow = false;
        for (const QString& fts : virtualTables)
            shadow = shadow || table.startsWith(fts + QLatin1Char('_'));
        if (shadow)
            continue;
        const int columns =
            int(detail::queryRows(connection, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table))
                    .size());
        QStringList order;
        for (int column = 1; column <= columns; ++column)
            order << QString::number(column);
        dump << QStringLiteral("== ") + table;
        dump << detail::queryRows(connection,
                                  QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(u',')));
    }
    return dump;
}

} // namespace stemma::test
