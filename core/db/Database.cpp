// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Database.h"

#include "core/Log.h"
#include "core/db/ImportRuns.h"
#include "core/db/Migrator.h"
#include "core/db/ProjectFileCheck.h"

#include <QFileInfo>
#include <QUrl>

#include <mutex>

#include <sqlite3.h>

namespace stemma::core::db {
namespace {

constexpr int BUSY_TIMEOUT_MS = 5000;
constexpr int BUSY_POLL_MS = 2;

/**
 * Waits for a busy project by trying again every few milliseconds for up to BUSY_TIMEOUT_MS.
 * SQLite's own busy timeout backs off to 100 ms between tries, too coarse to catch the short
 * gap a batched import leaves between its transactions; polling finely lets a screening
 * decision in there instead of failing after five seconds.
 */
int waitBriefly(void*, int attempts)
{
    if (attempts * BUSY_POLL_MS >= BUSY_TIMEOUT_MS)
        return 0;
    sqlite3_sleep(BUSY_POLL_MS);
    return 1;
}

Error sqliteError(sqlite3* connection, const QString& context, int code = SQLITE_ERROR)
{
    // A file that is not SQLite at all (or is encrypted) is a wrong file, not a broken database.
    const ErrorCode kind = (code & 0xff) == SQLITE_NOTADB ? ErrorCode::NotAProject : ErrorCode::Database;
    return Error{kind, QStringLiteral("%1: %2").arg(context, QString::fromUtf8(sqlite3_errmsg(connection)))};
}

/**
 * Process-wide SQLite settings, made once before the first connection opens (sqlite3_config is
 * refused after that). Memory statistics are off: keeping them takes a global mutex on every
 * allocation, a few percent of a bulk import, and nothing here reads them.
 */
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

/** A file: URI for sqlite3_open_v2 with one query parameter (mode=ro, immutable=1). */
QByteArray uriFor(const QString& path, const char* parameter)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + '?' + parameter;
}

/**
 * With a -wal beside it, a file's header may not show the application id yet (a project whose
 * first commits were never checkpointed). Reading it through a read-only connection keeps a
 * foreign database's log from being checkpointed into it by our connection closing.
 */
Result<void> checkApplicationIdReadOnly(const QString& path, bool hasShm)
{
    sqlite3* connection = nullptr;
    const QByteArray uri = uriFor(path, hasShm ? "mode=ro" : "immutable=1");
    int code = sqlite3_open_v2(uri.constData(), &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    qint64 applicationId = -1;
    sqlite3_stmt* statement = nullptr;
    if (code == SQLITE_OK)
        code = sqlite3_prepare_v2(connection, "PRAGMA application_id", -1, &statement, nullptr);
    if (code == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        applicationId = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close_v2(connection);
    // 0 is a project created but never committed to; SQLite and the Migrator handle that.
    if (applicationId > 0 && applicationId != Migrator::APPLICATION_ID)
        return Error{ErrorCode::NotAProject,
                     QStringLiteral("%1 is not a Stemma project (an SQLite database of another program); it was left "
                                    "unchanged")
                         .arg(path)};
    return {};
}

} // namespace

Database::Database(sqlite3* connection, QString path)
    : m_connection(connection)
    , m_path(std::move(path))
    , m_statements(std::make_shared<StatementCache>())
{
}

Database::~Database()
{
    // Idle statements are finalised first; statements still held by callers are finalised by
    // them (they find the cache gone), and close_v2 waits for that.
    m_statements.reset();
    sqlite3_close_v2(m_connection);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const bool inMemory = path == QLatin1String(":memory:");
    configureSqliteOnce();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    QByteArray target = path.toUtf8();
    bool readOnly = false;
    if (!inMemory && mode != OpenMode::CreateIfMissing) {
        auto state = checkProjectFile(path, Migrator::latestVersion());
        if (!state)
            return state.error();
        if (state->hasWal)
            STEMMA_TRY(checkApplicationIdReadOnly(path, state->hasShm));
        readOnly = mode == OpenMode::ReadOnly || state->readOnlyLocation;
        if (state->readOnlyLocation) {
            // Nothing may be created beside the file: immutable reads the file alone. Only when
            // a writer elsewhere left its -wal and -shm is mode=ro needed to see its commits.
            flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
            target = uriFor(path, state->hasWal && state->hasShm ? "mode=ro" : "immutable=1");
        }
    }
    sqlite3* connection = nullptr;
    const int code = sqlite3_open_v2(target.constData(), &connection, flags, nullptr);
    if (code != SQLITE_OK) {
        Error error = sqliteError(connection, QStringLiteral("cannot open %1").arg(path));
        sqlite3_close_v2(connection);
        return error;
    }
    std::unique_ptr<Database> database(new Database(connection, path));
    database->m_readOnly = readOnly;
    if (auto configured = readOnly ? database->configureReadOnly() : database->configure(); !configured) {
        if (configured.error().code == ErrorCode::NotAProject)
            return Error{ErrorCode::NotAProject,
                         QStringLiteral("%1 is not a Stemma project (not a database file)").arg(path)};
        return configured.error();
    }
    return database;
}

Result<void> Database::configure()
{
    sqlite3_busy_handler(m_connection, waitBriefly, nullptr);
    sqlite3_extended_result_codes(m_connection, 1);
    STEMMA_TRY(execute("PRAGMA foreign_keys = ON"));
    // foreign_keys silently stays off inside a transaction or on builds without it: check.
    auto check = prepare("PRAGMA foreign_keys");
    if (!check)
        return check.error();
    auto row = check->step();
    if (!row || !*row || check->int64(0) != 1)
        return Error{ErrorCode::Database, QStringLiteral("%1: cannot enable foreign keys").arg(m_path)};

    if (m_path != QLatin1String(":memory:")) {
        // The page size is fixed when the first page is written, which entering WAL mode does.
        // 16 KiB pages fit several whole references (abstract and raw record) where 4 KiB pages
        // left a fifth of each page empty, so a 100,000-record import writes a tenth less and
        // builds fewer B-tree levels.
        qint64 pageCount = -1;
        {
            auto pages = prepare("PRAGMA page_count");
            if (pages && pages->step())
                pageCount = pages->int64(0);
        }
        if (pageCount == 0)
            STEMMA_TRY(execute("PRAGMA page_size = 16384"));
        auto journal = prepare("PRAGMA journal_mode = WAL");
        if (!journal)
            return journal.error();
        auto mode = journal->step();
        if (!mode)
            return Error{ErrorCode::NotAProject,
                         QStringLiteral("%1 is not a Stemma project (%2)").arg(m_path, mode.error().message)};
        if (journal->text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            log::db()->warn("{}: journal mode is {}, not wal", m_path, journal->text(0));
        // WAL with NORMAL sync stays consistent after a crash; only the last commits may be lost on power failure.
        STEMMA_TRY(execute("PRAGMA synchronous = NORMAL"));
        // A larger page cache keeps bulk imports and index builds from spilling pages mid-transaction.
        STEMMA_TRY(execute("PRAGMA cache_size = -32768"));
        STEMMA_TRY(execute("PRAGMA temp_store = MEMORY"));
    }
    return {};
}

Result<void> Database::configureReadOnly()
{
    // Nothing that changes the file: no page size, no journal mode, no synchronous setting.
    sqlite3_busy_handler(m_connection, waitBriefly, nullptr);
    sqlite3_extended_result_codes(m_connection, 1);
    STEMMA_TRY(execute("PRAGMA query_only = ON"));
    STEMMA_TRY(execute("PRAGMA cache_size = -32768"));
    STEMMA_TRY(execute("PRAGMA temp_store = MEMORY"));
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    if (sqlite3_stmt* cached = m_statements->take(sql))
        return Statement(m_connection, cached, m_statements);
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v3(m_connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        Error error = sqliteError(m_connection, QStringLiteral("cannot prepare statement"), code);
        log::db()->error("{} in: {}", error.message, sql);
        return error;
    }
    return Statement(m_connection, statement, m_statements);
}

Result<void> Database::execute(const char* sql)
{
    char* message = nullptr;
    if (const int code = sqlite3_exec(m_connection, sql, nullptr, nullptr, &message); code != SQLITE_OK) {
        const ErrorCode kind = (code & 0xff) == SQLITE_NOTADB ? ErrorCode::NotAProject : ErrorCode::Database;
        Error error{kind, QString::fromUtf8(message ? message : "unknown error")};
        if ((code & 0xff) == SQLITE_BUSY)
            error.message = describeBusyProject(m_connection) + QStringLiteral(" (") + error.message + QLatin1Char(')');
        sqlite3_free(message);
        return error;
    }
    return {};
}

Result<void> Database::executeOnTempSchema(const char* sql)
{
    if (!m_readOnly)
        return execute(sql);
    STEMMA_TRY(execute("PRAGMA query_only = OFF"));
    auto result = execute(sql);
    STEMMA_TRY(execute("PRAGMA query_only = ON"));
    return result;
}

Result<void> Database::execute(const QString& sql)
{
    return execute(sql.toUtf8().constData());
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_connection);
}

int Database::changes() const
{
    return sqlite3_changes(m_connection);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_connection) == 0;
}

Result<void> Database::backupTo(const QString& targetPath)
{
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(
            targetPath.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        Error error = sqliteError(target, QStringLiteral("cannot create backup %1").arg(targetPath));
        sqlite3_close_v2(target);
        return error;
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_connection, "main");
    if (!backup) {
        Error error = sqliteError(target, QStringLiteral("cannot start backup to %1").arg(targetPath));
        sqlite3_close_v2(target);
        return error;
    }
    const int code = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    Result<void> result;
    if (code != SQLITE_DONE)
        result =
            Error{ErrorCode::Io,
                  QStringLiteral("backup to %1 failed: %2").arg(targetPath, QString::fromUtf8(sqlite3_errstr(code)))};
    sqlite3_close_v2(target);
    return result;
}

} // namespace stemma::core::db
