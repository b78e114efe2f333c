// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace stemma::core::db {

/**
 * A prepared SQLite statement. Values are bound by name (":title") so SQL text never contains
 * data; the statement can be reset and run again, which bulk import relies on. When it goes out
 * of scope its compiled form returns to the connection's StatementCache.
 */
class StatementCache;

class Statement
{
public:
    /** Owns \a statement; when \a cache is still alive at the end, the statement goes back to it. */
    Statement(sqlite3* connection, sqlite3_stmt* statement, std::weak_ptr<StatementCache> cache = {});
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(const char* name, const QString& value);
    Statement& bind(const char* name, qint64 value);
    Statement& bind(const char* name, int value) { return bind(name, static_cast<qint64>(value)); }
    Statement& bind(const char* name, double value);
    Statement& bind(const char* name, bool value) { return bind(name, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bindBlob(const char* name, const QByteArray& value);
    Statement& bindNull(const char* name);
    /** Binds an empty QString as NULL: optional text columns store "not known" as NULL. */
    Statement& bindText(const char* name, const QString& value);
    template <typename T> Statement& bind(const char* name, const std::optional<T>& value)
    {
        return value ? bind(name, *value) : bindNull(name);
    }

    /** Runs one step: true when a row is available, false when done. */
    Result<bool> step();
    /** Runs the statement to completion, for writes. */
    Result<void> run();
    /** Makes the statement ready to run again; bindings are cleared. */
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<bool> optionalBool(int column) const;

private:
    void release();
    int parameterIndex(const char* name) const;
    void noteBindFailure(int code, const char* name);

    sqlite3* m_connection = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::weak_ptr<StatementCache> m_cache;
    std::optional<Error> m_bindError;
};

} // namespace stemma::core::db
