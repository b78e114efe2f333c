// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Migrator.h"

#include "core/Log.h"
#include "core/db/Database.h"
#include "core/db/TransactionGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <map>

namespace stemma::core::db {
namespace {

/** The scripts embedded from core/db/migrations, by version number. */
const std::map<int, QString>& migrationFiles()
{
    static const std::map<int, QString> files = [] {
        std::map<int, QString> found;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
        const QDir dir(QStringLiteral(":/stemma/migrations"));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto match = pattern.match(name);
            if (match.hasMatch())
                found.emplace(match.captured(1).toInt(), dir.filePath(name));
        }
        return found;
    }();
    return files;
}

Result<qint64> pragmaValue(Database& database, const char* sql)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return Error{ErrorCode::NotAProject, statement.error().message};
    auto row = statement->step();
    if (!row)
        return Error{ErrorCode::NotAProject, row.error().message};
    return *row ? statement->int64(0) : 0;
}

Result<void> setPragma(Database& database, const char* name, qint64 value)
{
    // PRAGMA takes no bound parameters; the value is an integer we produced, never user text.
    return database.execute(QStringLiteral("PRAGMA %1 = %2").arg(QString::fromLatin1(name)).arg(value));
}

Result<void> applyOne(Database& database, int version, const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Migration, QStringLiteral("migration %1 is missing from this build").arg(version)};
    const QByteArray script = file.readAll();

    TransactionGuard transaction(database);
    if (auto applied = database.execute(script.constData()); !applied)
        return Error{ErrorCode::Migration,
                     QStringLiteral("migration %1 failed: %2").arg(version).arg(applied.error().message)};
    STEMMA_TRY(setPragma(database, "user_version", version));
    if (version == 1)
        STEMMA_TRY(setPragma(database, "application_id", Migrator::APPLICATION_ID));
    STEMMA_TRY(transaction.commit());
    log::db()->info("{}: migrated to schema {}", database.path(), version);
    return {};
}

} // namespace

int Migrator::latestVersion()
{
    const auto& files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Error Migrator::tooNewError(const QString& path, qint64 version)
{
    return Error{ErrorCode::TooNew,
                 QStringLiteral("%1 was written by a newer version of Stemma (project schema %2; this version "
                                "reads up to schema %3). Please update Stemma to open it.")
                     .arg(path)
                     .arg(version)
                     .arg(latestVersion())};
}

Result<int> Migrator::currentVersion(Database& database)
{
    auto applicationId = pragmaValue(database, "PRAGMA application_id");
    if (!applicationId)
        return Error{
            ErrorCode::NotAProject,
            QStringLiteral("%1 is not a Stemma project: %2").arg(database.path(), applicationId.error().message)};
    auto version = pragmaValue(database, "PRAGMA user_version");
    if (!version)
        return version.error();
    if (*applicationId == 0) {
        auto tables = pragmaValue(database, "SELECT count(*) FROM sqlite_schema");
        if (!tables)
            return tables.error();
        if (*tables == 0 && *version == 0)
            return 0; // a new, empty file
    }
    if (*applicationId != APPLICATION_ID)
        return Error{ErrorCode::NotAProject,
                     QStringLiteral("%1 is an SQLite database but not a Stemma project").arg(database.path())};
    return static_cast<int>(*version);
}

Result<QString> Migrator::migrate(Database& database, int targetVersion)
{
    const int latest = latestVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    auto current = currentVersion(database);
    if (!current)
        return current.error();
    if (*current > latest)
        return tooNewError(database.path(), *current);
    if (*current >= targetVersion)
        return QString();

    QString backupPath;
    const bool onDisk = database.path() != QLatin1String(":memory:") && !database.path().isEmpty();
    if (*current > 0 && onDisk) {
        const QFileInfo info(database.path());
        backupPath =
            info.dir().filePath(QStringLiteral("%1.schema%2.backup.stemma").arg(info.completeBaseName()).arg(*current));
        QFile::remove(backupPath);
        STEMMA_TRY(database.backupTo(backupPath));
        log::db()->info("{}: backed up schema {} to {}", database.path(), *current, backupPath);
    }

    for (const auto& [version, resource] : migrationFiles()) {
        if (version <= *current || version > targetVersion)
            continue;
        STEMMA_TRY(applyOne(database, version, resource));
    }
    return backupPath;
}

} // namespace stemma::core::db
