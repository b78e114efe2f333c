// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/AuditRepository.h"

#include "core/db/Database.h"
#include "core/db/RowHelpers.h"
#include "core/db/SqlTime.h"

namespace stemma::core::db {
namespace {

AuditEntry readEntry(const Statement& row)
{
    return AuditEntry{AuditEntryId(row.int64(0)),
                      fromSqlTime(row.text(1)),
                      row.text(2),
                      row.text(3),
                      row.text(4),
                      row.int64(5),
                      row.text(6)};
}

} // namespace

AuditRepository::AuditRepository(Database& database)
    : m_database(database)
{
}

Result<AuditEntryId> AuditRepository::append(const AuditEntry& entry)
{
    auto statement = m_database.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                        "VALUES (:at, :actor, :action, :entity, :entity_id, :detail)");
    if (!statement)
        return statement.error();
    statement->bind(":at", toSqlTime(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()))
        .bind(":actor", entry.actor)
        .bind(":action", entry.action)
        .bind(":entity", entry.entity)
        .bind(":entity_id", entry.entityId)
        .bindText(":detail", entry.detail);
    STEMMA_TRY(statement->run());
    return AuditEntryId(m_database.lastInsertId());
}

Result<std::vector<AuditEntry>> AuditRepository::list(const AuditQuery& query)
{
    // Empty filters are bound as NULL and match everything, so one statement serves every query.
    auto statement = m_database.prepare(
        "SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log "
        "WHERE (:entity IS NULL OR entity = :entity) AND (:entity_id IS NULL OR entity_id = :entity_id) "
        "ORDER BY at DESC, id DESC LIMIT :limit");
    if (!statement)
        return statement.error();
    statement->bindText(":entity", query.entity).bind(":limit", query.limit);
    if (!query.entity.isEmpty() && query.entityId != 0)
        statement->bind(":entity_id", query.entityId);
    else
        statement->bindNull(":entity_id");
    return collectRows<AuditEntry>(*statement, readEntry);
}

} // namespace stemma::core::db
