// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct sqlite3;

namespace stemma::core::db {

class Database;

/** The process running an import that has not finished: shown to a second writer. */
struct ImportHolder
{
    ImportBatchId batch;
    QString fileName;
    qint64 pid = 0;
    QString host;
    QDateTime since;

    /** "process 1234 on host, importing file.ris since 2026-12-07 21:50:12 UTC" */
    QString describe() const;
    /** False when the process is known to be gone (same host, no such process). */
    bool isAlive() const;
};

/**
 * The status of imports that commit in batches (import_batch.status): an import is marked as
 * running, with its process and host, before its first batch and complete after its last.
 * One that failed, was cancelled or whose process died is rolled back from its references, so
 * a project never keeps part of an import.
 */
class ImportRuns
{
public:
    explicit ImportRuns(Database& database);

    /** Marks \a batch as being imported by this process. */
    Result<void> markRunning(ImportBatchId batch);
    /** Marks \a batch as finished: its references are the project's from now on. */
    Result<void> markComplete(ImportBatchId batch);
    /** An import still running in a live process (this one included), if any. */
    Result<std::optional<ImportHolder>> liveImport();
    /**
     * Deletes \a batch and every reference it stored (with their authors, sources, full texts,
     * index entries and the merges it recorded), in one transaction.
     */
    Result<void> rollBack(ImportBatchId batch);
    /** Rolls back every import whose process has died; returns how many there were. */
    Result<int> rollBackInterrupted();

private:
    Result<std::vector<ImportHolder>> running();

    Database& m_database;
};

/**
 * Who holds a project that refused a write as busy, read through the refused \a connection
 * (readers are never blocked in WAL mode): a sentence naming the running import's process and
 * since when, or a general one when no import is recorded. Never fails.
 */
QString describeBusyProject(sqlite3* connection);

} // namespace stemma::core::db
