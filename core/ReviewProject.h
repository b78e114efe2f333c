// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace stemma::core {

namespace db {
class Database;
class ReferenceRepository;
} // namespace db

/**
 * An open review project: one .stemma file, migrated to the current schema, with the
 * repositories that read and write it. Every write goes straight to the file; there is no
 * separate save step.
 */
class ReviewProject
{
public:
    ~ReviewProject();
    ReviewProject(const ReviewProject&) = delete;
    ReviewProject& operator=(const ReviewProject&) = delete;

    /** Creates \a path as a new project; fails if a file is already there. */
    static Result<std::unique_ptr<ReviewProject>> create(const QString& path);
    /** Opens an existing project, upgrading an older schema after backing the file up. */
    static Result<std::unique_ptr<ReviewProject>> open(const QString& path);
    /** A private project in memory, for tests and previews. */
    static Result<std::unique_ptr<ReviewProject>> openInMemory();

    QString path() const;
    int schemaVersion() const { return m_schemaVersion; }
    /** Where open() copied the file before upgrading it; empty when no upgrade happened. */
    QString backupPath() const { return m_backupPath; }

    db::Database& database() { return *m_database; }
    db::ReferenceRepository& references() { return *m_references; }

private:
    explicit ReviewProject(std::unique_ptr<db::Database> database);
    static Result<std::unique_ptr<ReviewProject>> finishOpening(std::unique_ptr<db::Database> database);

    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<db::ReferenceRepository> m_references;
    int m_schemaVersion = 0;
    QString m_backupPath;
};

} // namespace stemma::core
