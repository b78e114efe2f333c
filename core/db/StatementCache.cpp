// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/StatementCache.h"

#include <sqlite3.h>

namespace stemma::core::db {

StatementCache::~StatementCache()
{
    for (auto& [sql, statements] : m_idle)
        for (sqlite3_stmt* statement : statements)
            sqlite3_finalize(statement);
}

sqlite3_stmt* StatementCache::take(const char* sql)
{
    const auto found = m_idle.find(sql);
    if (found == m_idle.end() || found->second.empty())
        return nullptr;
    sqlite3_stmt* statement = found->second.back();
    found->second.pop_back();
    --m_count;
    return statement;
}

void StatementCache::giveBack(sqlite3_stmt* statement)
{
    // A reset statement holds no read lock and no bound values of its last use.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    const char* sql = sqlite3_sql(statement);
    if (!sql || m_count >= MAX_IDLE) {
        sqlite3_finalize(statement);
        return;
    }
    m_idle[sql].push_back(statement);
    ++m_count;
}

} // namespace stemma::core::db
