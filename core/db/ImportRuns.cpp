// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/ImportRuns.h"

#include "core/Log.h"
#include "core/db/Database.h"
#include "core/db/RowHelpers.h"
#include "core/db/SqlTime.h"
#include "core/db/TransactionGuard.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

#include <sqlite3.h>

namespace stemma::core::db {

QString ImportHolder::describe() const
{
    return QStringLiteral("process %1 on %2, importing %3 since %4 UTC")
        .arg(pid)
        .arg(host, fileName, since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

bool ImportHolder::isAlive() const
{
    // A process on another machine (a project on a network share) cannot be checked: assume alive.
    if (host != QSysInfo::machineHostName())
        return true;
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

ImportRuns::ImportRuns(Database& database)
    : m_database(database)
{
}

Result<void> ImportRuns::markRunning(ImportBatchId batch)
{
    auto statement = m_database.prepare("UPDATE import_batch SET status = 'importing', holder_pid = :pid, "
                                        "holder_host = :host, imported_at = :at WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":pid", QCoreApplication::applicationPid())
        .bind(":host", QSysInfo::machineHostName())
        .bind(":at", toSqlTime(QDateTime::currentDateTimeUtc()))
        .bind(":id", batch.value);
    return statement->run();
}

Result<void> ImportRuns::markComplete(ImportBatchId batch)
{
    auto statement = m_database.prepare(
        "UPDATE import_batch SET status = 'complete', holder_pid = NULL, holder_host = NULL WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", batch.value);
    return statement->run();
}

Result<std::vector<ImportHolder>> ImportRuns::running()
{
    auto statement = m_database.prepare("SELECT id, file_name, holder_pid, holder_host, imported_at FROM import_batch "
                                        "WHERE status = 'importing' ORDER BY id");
    if (!statement)
        return statement.error();
    return collectRows<ImportHolder>(*statement, [](const Statement& row) {
        return ImportHolder{
            ImportBatchId(row.int64(0)), row.text(1), row.int64(2), row.text(3), fromSqlTime(row.text(4))};
    });
}

Result<std::optional<ImportHolder>> ImportRuns::liveImport()
{
    auto holders = running();
    if (!holders)
        return holders.error();
    for (const ImportHolder& holder : *holders)
        if (holder.isAlive())
            return std::optional<ImportHolder>(holder);
    return std::optional<ImportHolder>();
}

Result<void> ImportRuns::rollBack(ImportBatchId batch)
{
    TransactionGuard transaction(m_database);
    // External-content FTS5 forgets a row only when told its indexed text, which the view still has.
    const char* const steps[] = {
        "INSERT INTO reference_fts (reference_fts, rowid, title, abstract, authors, keywords) "
        "SELECT 'delete', id, title, abstract, authors, keywords FROM reference_search_source "
        "WHERE id IN (SELECT reference_id FROM reference_source WHERE batch_id = :batch)",
        "DELETE FROM reference WHERE id IN (SELECT reference_id FROM reference_source WHERE batch_id = :batch)",
        "DELETE FROM import_batch WHERE id = :batch",
    };
    for (const char* sql : steps) {
        auto statement = m_database.prepare(sql);
        if (!statement)
            return statement.error();
        statement->bind(":batch", batch.value);
        STEMMA_TRY(statement->run());
    }
    return transaction.commit();
}

Result<int> ImportRuns::rollBackInterrupted()
{
    auto holders = running();
    if (!holders)
        return holders.error();
    int rolledBack = 0;
    for (const ImportHolder& holder : *holders) {
        if (holder.isAlive())
            continue;
        log::db()->warn("{}: rolling back the import of {} interrupted in process {}",
                        m_database.path(),
                        holder.fileName,
                        holder.pid);
        STEMMA_TRY(rollBack(holder.batch));
        ++rolledBack;
    }
    return rolledBack;
}

QString describeBusyProject(sqlite3* connection)
{
    // Raw statements on the busy connection: it may be mid-error inside a Statement, and a
    // project from before import status (no such columns) still gets the general sentence.
    sqlite3_stmt* statement = nullptr;
    std::vector<ImportHolder> holders;
    if (sqlite3_prepare_v2(connection,
                           "SELECT id, file_name, holder_pid, holder_host, imported_at FROM import_batch "
                           "WHERE status = 'importing' ORDER BY id",
                           -1,
                           &statement,
                           nullptr) == SQLITE_OK) {
        const auto text = [&](int column) {
            return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, column)));
        };
        while (sqlite3_step(statement) == SQLITE_ROW)
            holders.push_back(ImportHolder{ImportBatchId(sqlite3_column_int64(statement, 0)),
                                           text(1),
                                           sqlite3_column_int64(statement, 2),
                                           text(3),
                                           fromSqlTime(text(4))});
    }
    sqlite3_finalize(statement);
    for (const ImportHolder& holder : holders)
        if (holder.isAlive())
            return QStringLiteral("the project is busy: %1; try again when it finishes").arg(holder.describe());
    return QStringLiteral("the project is busy: another Stemma window or process is writing it; try again in a "
                          "moment");
}

} // namespace stemma::core::db
