// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>

#include <optional>

namespace stemma::core::db {

class Database;

/**
 * Scoped transaction: everything between construction and commit() lands together or not at
 * all. Uses savepoints, so guards nest; one that is destroyed without commit() rolls back. The
 * outermost guard on a writable connection begins with BEGIN IMMEDIATE (see the constructor).
 */
class TransactionGuard
{
public:
    explicit TransactionGuard(Database& database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    /** False when the savepoint could not be opened; then commit() fails too. */
    bool isActive() const { return m_active; }
    Result<void> commit();
    void rollback();

private:
    Database& m_database;
    QByteArray m_name;
    bool m_active = false;
    bool m_outermost = false;     ///< began the connection's transaction (BEGIN IMMEDIATE)
    std::optional<Error> m_error; ///< why the transaction could not begin (e.g. the project is busy)
};

} // namespace stemma::core::db
