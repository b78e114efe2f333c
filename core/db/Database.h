// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/db/Statement.h"
#include "core/db/StatementCache.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace stemma::core::db {

/**
 * One SQLite connection with the project's settings applied: foreign keys on, WAL journal,
 * a busy timeout so a second window or the CLI waits instead of failing.
 *
 * A Database belongs to the thread that opened it; a worker opens its own.
 */
class Database
{
public:
    enum class OpenMode {
        CreateIfMissing, ///< a new project (or ":memory:")
        ExistingOnly,    ///< an existing project, read-only when its file or folder cannot be written
        ReadOnly         ///< an existing project, never written (viewing commands)
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /**
     * Opens \a path (":memory:" for a private in-memory database). An existing file is first
     * checked as plain bytes (checkProjectFile), so a file that is not a Stemma project is
     * refused before SQLite could change it. A read-only open of a file in a read-only place
     * uses SQLite's immutable mode (or mode=ro when another writer's -wal and -shm are there),
     * so it creates no -wal/-shm files; elsewhere it is a normal connection with query_only on.
     */
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);

    Result<Statement> prepare(const char* sql);
    /** Runs SQL without parameters (schema scripts, pragmas); never for values. */
    Result<void> execute(const char* sql);
    Result<void> execute(const QString& sql);
    /**
     * Runs SQL that only touches this connection's temp schema (a helper table for one query).
     * A read-only connection keeps query_only on for everything else; the temp schema is in
     * memory and changes no file, so it is lifted for this statement alone.
     */
    Result<void> executeOnTempSchema(const char* sql);

    qint64 lastInsertId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_connection; }
    /** True while a transaction or savepoint is open. */
    bool inTransaction() const;
    /** True when this connection cannot write (a read-only open or a read-only location). */
    bool isReadOnly() const { return m_readOnly; }

    /** Copies this database into \a targetPath with SQLite's online backup API. */
    Result<void> backupTo(const QString& targetPath);

private:
    Database(sqlite3* connection, QString path);
    Result<void> configure();
    Result<void> configureReadOnly();

    sqlite3* m_connection = nullptr;
    QString m_path;
    bool m_readOnly = false;
    /// Shared with the statements it hands out, which find it gone once the connection closes.
    std::shared_ptr<StatementCache> m_statements;
};

} // namespace stemma::core::db
