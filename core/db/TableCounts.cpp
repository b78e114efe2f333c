// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/TableCounts.h"

#include "core/db/Database.h"

#include <QStringList>

#include <algorithm>

namespace stemma::core::db {

Result<std::vector<std::pair<QString, qint64>>> tableCounts(Database& database)
{
    // Table names come from the schema itself, never from user input, and are quoted as identifiers.
    auto tables = database.prepare("SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_schema "
                                   "WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY rowid");
    if (!tables)
        return tables.error();
    std::vector<std::pair<QString, qint64>> counts;
    QStringList virtualTables;
    for (;;) {
        auto row = tables->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString name = tables->text(0);
        // Full-text indexes are virtual tables backed by "<name>_data" etc.; they are not project data.
        if (tables->int64(1) != 0) {
            virtualTables << name + QLatin1Char('_');
            continue;
        }
        if (std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&name](const QString& prefix) {
                return name.startsWith(prefix);
            }))
            continue;
        counts.emplace_back(name, 0);
    }
    for (auto& [name, count] : counts) {
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        auto statement =
            database.prepare(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted).toUtf8().constData());
        if (!statement)
            return statement.error();
        auto row = statement->step();
        if (!row)
            return row.error();
        count = statement->int64(0);
    }
    return counts;
}

} // namespace stemma::core::db
