// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Statement.h"

#include "core/db/ImportRuns.h"
#include "core/db/StatementCache.h"

#include <utility>

#include <sqlite3.h>

namespace stemma::core::db {

Statement::Statement(sqlite3* connection, sqlite3_stmt* statement, std::weak_ptr<StatementCache> cache)
    : m_connection(connection)
    , m_statement(statement)
    , m_cache(std::move(cache))
{
}

Statement::~Statement()
{
    release();
}

Statement::Statement(Statement&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_cache(std::move(other.m_cache))
    , m_bindError(std::move(other.m_bindError))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_connection = std::exchange(other.m_connection, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_cache = std::move(other.m_cache);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

void Statement::release()
{
    if (!m_statement)
        return;
    if (auto cache = m_cache.lock())
        cache->giveBack(m_statement);
    else
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

int Statement::parameterIndex(const char* name) const
{
    const int index = sqlite3_bind_parameter_index(m_statement, name);
    Q_ASSERT_X(index > 0, "Statement::bind", name);
    return index;
}

void Statement::noteBindFailure(int code, const char* name)
{
    if (code != SQLITE_OK && !m_bindError)
        m_bindError = Error{
            ErrorCode::Database,
            QStringLiteral("cannot bind %1: %2").arg(QString::fromUtf8(name), QString::fromUtf8(sqlite3_errstr(code)))};
}

Statement& Statement::bind(const char* name, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    noteBindFailure(
        sqlite3_bind_text(m_statement, parameterIndex(name), utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT),
        name);
    return *this;
}

Statement& Statement::bindText(const char* name, const QString& value)
{
    return value.isEmpty() ? bindNull(name) : bind(name, value);
}

Statement& Statement::bind(const char* name, qint64 value)
{
    noteBindFailure(sqlite3_bind_int64(m_statement, parameterIndex(name), value), name);
    return *this;
}

Statement& Statement::bind(const char* name, double value)
{
    noteBindFailure(sqlite3_bind_double(m_statement, parameterIndex(name), value), name);
    return *this;
}

Statement& Statement::bindBlob(const char* name, const QByteArray& value)
{
    noteBindFailure(
        sqlite3_bind_blob64(m_statement, parameterIndex(name), value.constData(), value.size(), SQLITE_TRANSIENT),
        name);
    return *this;
}

Statement& Statement::bindNull(const char* name)
{
    noteBindFailure(sqlite3_bind_null(m_statement, parameterIndex(name)), name);
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return *m_bindError;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    const ErrorCode kind = (code & 0xff) == SQLITE_CONSTRAINT ? ErrorCode::Constraint : ErrorCode::Database;
    QString message = QString::fromUtf8(sqlite3_errmsg(m_connection));
    if ((code & 0xff) == SQLITE_BUSY)
        message = describeBusyProject(m_connection) + QStringLiteral(" (") + message + QLatin1Char(')');
    return Error{kind, message};
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError.reset();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
}

std::optional<int> Statement::optionalInt(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<int>(integer(column));
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<bool> Statement::optionalBool(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<bool>(int64(column) != 0);
}

} // namespace stemma::core::db
