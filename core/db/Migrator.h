// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace stemma::core::db {

class Database;

/**
 * Brings a project file to the schema this build understands.
 *
 * The numbered scripts in core/db/migrations/ are applied in order, each one together with its
 * user_version bump in one transaction, so a crash leaves the file at a whole version. A file
 * from a newer build is refused; an older one is first copied aside with the backup API.
 */
class Migrator
{
public:
    /** Stored in the SQLite header so other tools (and we) can tell a Stemma project apart. */
    static constexpr int APPLICATION_ID = 0x5354454D; // "STEM"

    /** The newest schema version this build ships. */
    static int latestVersion();

    /** The error for a project at \a path whose schema \a version is newer than this build reads. */
    static Error tooNewError(const QString& path, qint64 version);
    /** The version stored in \a database, or an error if it is not a Stemma project. */
    static Result<int> currentVersion(Database& database);

    /**
     * Upgrades \a database to \a targetVersion (default: the latest). Returns the path of the
     * backup made before upgrading an existing project, or an empty string when none was needed.
     */
    static Result<QString> migrate(Database& database, int targetVersion = -1);
};

} // namespace stemma::core::db
