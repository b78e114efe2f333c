// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/TransactionGuard.h"

#include "core/Log.h"
#include "core/db/Database.h"

#include <atomic>

namespace stemma::core::db {
namespace {

std::atomic<quint64> g_savepointCounter{0};

} // namespace

TransactionGuard::TransactionGuard(Database& database)
    : m_database(database)
    , m_name("sp_" + QByteArray::number(++g_savepointCounter))
{
    // The outermost guard of a writer takes the write lock at once (BEGIN IMMEDIATE), waiting in
    // the busy handler if another process holds it. A deferred transaction that read first would
    // instead fail at its first write, without waiting, whenever another writer had committed
    // meanwhile (SQLITE_BUSY_SNAPSHOT), as happens between the batches of a running import.
    m_outermost = !m_database.inTransaction() && !m_database.isReadOnly();
    if (m_outermost) {
        auto begun = m_database.execute("BEGIN IMMEDIATE");
        if (!begun) {
            m_error = begun.error();
            log::db()->error("cannot begin a transaction: {}", m_error->message);
            return;
        }
    }
    auto opened = m_database.execute(QByteArray("SAVEPOINT " + m_name).constData());
    m_active = bool(opened);
    if (!m_active) {
        m_error = opened.error();
        log::db()->error("cannot open savepoint {}", m_name.constData());
        if (m_outermost)
            (void)m_database.execute("ROLLBACK");
    }
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        rollback();
}

Result<void> TransactionGuard::commit()
{
    if (!m_active)
        return m_error ? *m_error : Error{ErrorCode::Database, QStringLiteral("no open transaction to commit")};
    auto released = m_database.execute(QByteArray("RELEASE " + m_name).constData());
    if (released && m_outermost)
        released = m_database.execute("COMMIT");
    if (!released) {
        rollback();
        return released.error();
    }
    m_active = false;
    return {};
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // ROLLBACK TO keeps the savepoint open; RELEASE closes it with nothing left in it.
    if (m_outermost) {
        if (m_database.inTransaction() && !m_database.execute("ROLLBACK"))
            log::db()->error("rollback of {} failed", m_name.constData());
        return;
    }
    if (!m_database.execute(QByteArray("ROLLBACK TO " + m_name).constData()) ||
        !m_database.execute(QByteArray("RELEASE " + m_name).constData()))
        log::db()->error("rollback of {} failed", m_name.constData());
}

} // namespace stemma::core::db
