// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace stemma::core {

namespace db {
class AuditRepository;
class CertaintyRepository;
class CodebookRepository;
class Database;
class OutcomeRepository;
class PatientRepository;
class ReferenceRepository;
class ReviewerRepository;
class RiskOfBiasRepository;
class ScreeningRepository;
class SettingsRepository;
class StudyRepository;
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
    /**
     * Opens an existing project, upgrading an older schema after backing the file up. A file
     * that is not a Stemma project is refused without being changed. When the file or its
     * folder cannot be written the project opens read-only (isReadOnly()).
     */
    static Result<std::unique_ptr<ReviewProject>> open(const QString& path);
    /**
     * Opens an existing project for reading only: nothing in the file changes, no upgrade and
     * no -wal/-shm files left behind. An older schema is refused (it would need an upgrade).
     */
    static Result<std::unique_ptr<ReviewProject>> openReadOnly(const QString& path);
    /** A private project in memory, for tests and previews. */
    static Result<std::unique_ptr<ReviewProject>> openInMemory();

    QString path() const;
    /** True when every write will be refused: opened with openReadOnly() or from a read-only place. */
    bool isReadOnly() const;
    int schemaVersion() const { return m_schemaVersion; }
    /** Where open() copied the file before upgrading it; empty when no upgrade happened. */
    QString backupPath() const { return m_backupPath; }

    db::Database& database() { return *m_database; }
    db::ReferenceRepository& references() { return *m_references; }
    db::StudyRepository& studies() { return *m_studies; }
    db::PatientRepository& patients() { return *m_patients; }
    db::OutcomeRepository& outcomes() { return *m_outcomes; }
    db::ReviewerRepository& reviewers() { return *m_reviewers; }
    db::ScreeningRepository& screening() { return *m_screening; }
    db::CodebookRepository& codebook() { return *m_codebook; }
    db::AuditRepository& audit() { return *m_audit; }
    db::SettingsRepository& settings() { return *m_settings; }
    db::RiskOfBiasRepository& riskOfBias() { return *m_riskOfBias; }
    db::CertaintyRepository& certainty() { return *m_certainty; }

private:
    explicit ReviewProject(std::unique_ptr<db::Database> database);
    static Result<std::unique_ptr<ReviewProject>> finishOpening(std::unique_ptr<db::Database> database);
    static Result<std::unique_ptr<ReviewProject>> finishOpeningReadOnly(std::unique_ptr<db::Database> database);

    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<db::ReferenceRepository> m_references;
    std::unique_ptr<db::StudyRepository> m_studies;
    std::unique_ptr<db::PatientRepository> m_patients;
    std::unique_ptr<db::OutcomeRepository> m_outcomes;
    std::unique_ptr<db::ReviewerRepository> m_reviewers;
    std::unique_ptr<db::ScreeningRepository> m_screening;
    std::unique_ptr<db::CodebookRepository> m_codebook;
    std::unique_ptr<db::AuditRepository> m_audit;
    std::unique_ptr<db::SettingsRepository> m_settings;
    std::unique_ptr<db::RiskOfBiasRepository> m_riskOfBias;
    std::unique_ptr<db::CertaintyRepository> m_certainty;
    int m_schemaVersion = 0;
    QString m_backupPath;
};

} // namespace stemma::core
