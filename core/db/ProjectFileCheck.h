// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace stemma::core::db {

/** What a look at a project file's bytes (without SQLite) found out about it. */
struct ProjectFileState
{
    /// The file or its folder cannot be written (no write permission bits, or a read-only
    /// file system): SQLite must open it read-only and must not create -wal/-shm files there.
    bool readOnlyLocation = false;
    /// A -wal file lies beside it, so the header read may be older than the database.
    bool hasWal = false;
    /// A -shm file lies beside it (SQLite's mode=ro needs one to read the -wal).
    bool hasShm = false;
};

/**
 * Looks at \a path as plain bytes before SQLite is allowed near it, so opening never changes a
 * file that is not (yet) a Stemma project: SQLite would turn an empty file into a database and
 * switch another program's database to WAL mode before anything could check what it was.
 *
 * Refuses, with a message naming the file: a folder, an empty file, a file that is not SQLite,
 * another program's SQLite database (its application id is not Stemma's), a file shorter than
 * its own header says (truncated), and a project from a newer Stemma (\a latestSchema). While a
 * -wal file is beside it the header may predate the last commits, so only the checks that the
 * write-ahead log cannot change are made and the rest is left to SQLite.
 */
Result<ProjectFileState> checkProjectFile(const QString& path, int latestSchema);

/** True when \a path or its folder cannot be written (see ProjectFileState::readOnlyLocation). */
bool isReadOnlyLocation(const QString& path);

} // namespace stemma::core::db
