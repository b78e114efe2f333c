// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Codebook.h"

#include <vector>

namespace stemma::core::db {

class Database;

/** Which audit entries a listing returns. */
struct AuditQuery
{
    int limit = -1;      ///< -1 for all
    QString entity;      ///< only entries about this entity ("study"); empty for all
    qint64 entityId = 0; ///< with entity: only this row; 0 for every row of the entity
};

/** An append-only log of who changed what; entries are never edited or removed. */
class AuditRepository
{
public:
    explicit AuditRepository(Database& database);

    /** Adds an entry; an invalid time means "now". */
    Result<AuditEntryId> append(const AuditEntry& entry);
    /** Entries newest first. */
    Result<std::vector<AuditEntry>> list(const AuditQuery& query = {});

private:
    Database& m_database;
};

} // namespace stemma::core::db
