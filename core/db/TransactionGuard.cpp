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
    m_active = bool(m_database.execute(QByteArray("SAVEPOINT " + m_name).constData()));
    if (!m_active)
        log::db()->error("cannot open savepoint {}", m_name.constData());
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        rollback();
}

Result<void> TransactionGuard::commit()
{
    if (!m_active)
        return Error{ErrorCode::Database, QStringLiteral("no open transaction to commit")};
    auto released = m_database.execute(QByteArray("RELEASE " + m_name).constData());
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
    if (!m_database.execute(QByteArray("ROLLBACK TO " + m_name).constData()) ||
        !m_database.execute(QByteArray("RELEASE " + m_name).constData()))
        log::db()->error("rollback of {} failed", m_name.constData());
}

} // namespace stemma::core::db
