// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ReviewProject.h"

#include "core/codebook/DefaultCodebook.h"
#include "core/db/AuditRepository.h"
#include "core/db/CertaintyRepository.h"
#include "core/db/CodebookRepository.h"
#include "core/db/Database.h"
#include "core/db/ImportRuns.h"
#include "core/db/Migrator.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/db/SettingsRepository.h"
#include "core/db/StudyRepository.h"

#include <QFileInfo>

namespace stemma::core {

ReviewProject::ReviewProject(std::unique_ptr<db::Database> database)
    : m_database(std::move(database))
    , m_references(std::make_unique<db::ReferenceRepository>(*m_database))
    , m_studies(std::make_unique<db::StudyRepository>(*m_database))
    , m_patients(std::make_unique<db::PatientRepository>(*m_database))
    , m_outcomes(std::make_unique<db::OutcomeRepository>(*m_database))
    , m_reviewers(std::make_unique<db::ReviewerRepository>(*m_database))
    , m_screening(std::make_unique<db::ScreeningRepository>(*m_database))
    , m_codebook(std::make_unique<db::CodebookRepository>(*m_database))
    , m_audit(std::make_unique<db::AuditRepository>(*m_database))
    , m_settings(std::make_unique<db::SettingsRepository>(*m_database))
    , m_riskOfBias(std::make_unique<db::RiskOfBiasRepository>(*m_database))
    , m_certainty(std::make_unique<db::CertaintyRepository>(*m_database))
{
}

ReviewProject::~ReviewProject() = default;

QString ReviewProject::path() const
{
    return m_database->path();
}

Result<std::unique_ptr<ReviewProject>> ReviewProject::create(const QString& path)
{
    if (QFileInfo::exists(path))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1 already exists").arg(path)};
    auto database = db::Database::open(path, db::Database::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    auto project = finishOpening(std::move(*database));
    if (!project)
        return project.error();
    // New projects start with the default codebook; in-memory test projects stay empty.
    if (auto seeded = codebook::seedIfPending(**project); !seeded)
        return seeded.error();
    return project;
}

bool ReviewProject::isReadOnly() const
{
    return m_database->isReadOnly();
}

Result<std::unique_ptr<ReviewProject>> ReviewProject::open(const QString& path)
{
    auto database = db::Database::open(path, db::Database::OpenMode::ExistingOnly);
    if (!database)
        return database.error();
    if ((*database)->isReadOnly())
        return finishOpeningReadOnly(std::move(*database));
    auto project = finishOpening(std::move(*database));
    if (!project)
        return project.error();
    // An import whose process died left batches behind; the project never keeps part of one.
    if (auto recovered = db::ImportRuns((*project)->database()).rollBackInterrupted(); !recovered)
        return recovered.error();
    // A project upgraded from before codebooks were seeded gets the default one once.
    if (auto seeded = codebook::seedIfPending(**project); !seeded)
        return seeded.error();
    return project;
}

Result<std::unique_ptr<ReviewProject>> ReviewProject::openReadOnly(const QString& path)
{
    auto database = db::Database::open(path, db::Database::OpenMode::ReadOnly);
    if (!database)
        return database.error();
    return finishOpeningReadOnly(std::move(*database));
}

Result<std::unique_ptr<ReviewProject>> ReviewProject::finishOpeningReadOnly(std::unique_ptr<db::Database> database)
{
    auto version = db::Migrator::currentVersion(*database);
    if (!version)
        return version.error();
    const int latest = db::Migrator::latestVersion();
    if (*version > latest)
        return db::Migrator::tooNewError(database->path(), *version);
    if (*version < latest)
        return Error{ErrorCode::Migration,
                     QStringLiteral("%1 has project schema %2 and needs an upgrade to schema %3 before it can be read, "
                                    "which a read-only opening cannot do; open it once where it can be written")
                         .arg(database->path())
                         .arg(*version)
                         .arg(latest)};
    std::unique_ptr<ReviewProject> project(new ReviewProject(std::move(database)));
    project->m_schemaVersion = *version;
    return project;
}

Result<std::unique_ptr<ReviewProject>> ReviewProject::openInMemory()
{
    auto database = db::Database::open(QStringLiteral(":memory:"), db::Database::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    return finishOpening(std::move(*database));
}

Result<std::unique_ptr<ReviewProject>> ReviewProject::finishOpening(std::unique_ptr<db::Database> database)
{
    auto backup = db::Migrator::migrate(*database);
    if (!backup)
        return backup.error();
    auto version = db::Migrator::currentVersion(*database);
    if (!version)
        return version.error();
    std::unique_ptr<ReviewProject> project(new ReviewProject(std::move(database)));
    project->m_schemaVersion = *version;
    project->m_backupPath = *backup;
    return project;
}

} // namespace stemma::core
