// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Migrator.h"

#include "core/ReviewProject.h"
#include "core/db/Database.h"
#include "core/db/ReferenceRepository.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace stemma::core;

namespace {

qint64 scalar(db::Database& database, const char* sql)
{
    auto statement = database.prepare(sql);
    EXPECT_TRUE(statement);
    auto row = statement->step();
    EXPECT_TRUE(row && *row);
    return statement->int64(0);
}

class MigratorTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }
};

} // namespace

TEST_F(MigratorTest, NewProjectGetsLatestSchemaAndApplicationId)
{
    auto project = ReviewProject::create(path(QStringLiteral("new.stemma")));
    ASSERT_TRUE(project) << project.error().message.toStdString();
    auto& database = (*project)->database();
    EXPECT_EQ(scalar(database, "PRAGMA user_version"), db::Migrator::latestVersion());
    EXPECT_EQ(scalar(database, "PRAGMA application_id"), db::Migrator::APPLICATION_ID);
    EXPECT_EQ(scalar(database, "PRAGMA foreign_keys"), 1);
    auto journal = database.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(journal && *journal->step());
    EXPECT_EQ(journal->text(0), QStringLiteral("wal"));
    EXPECT_GE(db::Migrator::latestVersion(), 2);
    EXPECT_TRUE((*project)->backupPath().isEmpty());
}

TEST_F(MigratorTest, CatalogueIsSeededByMigration)
{
    auto project = ReviewProject::openInMemory();
    ASSERT_TRUE(project);
    auto& database = (*project)->database();
    EXPECT_EQ(scalar(database,
                     "SELECT count(*) FROM outcome_measure WHERE code IN ('mRSS','FVC','DLCO','HAQ-DI',"
                     "'OS','EFS','TRM','AE','RCS','DU','EScSG')"),
              11);
    EXPECT_EQ(scalar(database, "SELECT maximum FROM outcome_measure WHERE code = 'mRSS'"), 51);
    EXPECT_EQ(scalar(database, "SELECT count(*) FROM exclusion_reason"), 9);
}

TEST_F(MigratorTest, VersionOneProjectIsBackedUpAndUpgraded)
{
    const QString file = path(QStringLiteral("old.stemma"));
    {
        auto database = db::Database::open(file, db::Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(database);
        auto migrated = db::Migrator::migrate(**database, 1);
        ASSERT_TRUE(migrated) << migrated.error().message.toStdString();
        EXPECT_EQ(*db::Migrator::currentVersion(**database), 1);
        // Written with version-1 SQL: today's repositories expect today's schema.
        auto insert =
            (*database)->prepare("INSERT INTO reference (title, added_at) VALUES (:title, '2025-01-01T00:00:00.000Z')");
        ASSERT_TRUE(insert);
        insert->bind(":title", QStringLiteral("Kept across the upgrade"));
        ASSERT_TRUE(insert->run());
    }
    auto project = ReviewProject::open(file);
    ASSERT_TRUE(project) << project.error().message.toStdString();
    EXPECT_EQ((*project)->schemaVersion(), db::Migrator::latestVersion());
    ASSERT_FALSE((*project)->backupPath().isEmpty());
    EXPECT_TRUE(QFile::exists((*project)->backupPath()));
    EXPECT_EQ((*project)->references().list()->front().title, QStringLiteral("Kept across the upgrade"));
    EXPECT_GT(scalar((*project)->database(), "SELECT count(*) FROM outcome_measure"), 0);

    // The backup is the untouched version-1 file.
    auto backup = db::Database::open((*project)->backupPath(), db::Database::OpenMode::ExistingOnly);
    ASSERT_TRUE(backup);
    EXPECT_EQ(*db::Migrator::currentVersion(**backup), 1);
    EXPECT_EQ(scalar(**backup, "SELECT count(*) FROM reference"), 1);
}

TEST_F(MigratorTest, CommittedVersionOneFixtureOpens)
{
    const QString fixture = QStringLiteral(STEMMA_TEST_DATA_DIR "/schema/v1.stemma");
    ASSERT_TRUE(QFile::exists(fixture));
    const QString copy = path(QStringLiteral("fixture.stemma"));
    ASSERT_TRUE(QFile::copy(fixture, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto project = ReviewProject::open(copy);
    ASSERT_TRUE(project) << project.error().message.toStdString();
    EXPECT_EQ((*project)->schemaVersion(), db::Migrator::latestVersion());
    auto references = (*project)->references().list();
    ASSERT_TRUE(references);
    ASSERT_EQ(references->size(), 1u);
    EXPECT_EQ(references->front().authors.size(), 2);
    // Version 6 adds what an import learned beyond the bibliographic fields; old rows get the defaults.
    EXPECT_FALSE(references->front().greyLiterature);
    EXPECT_TRUE(references->front().notFound.isEmpty());
    EXPECT_TRUE(references->front().publicationTypes.isEmpty()); // version 7
    auto cited = (*project)->references().citedReferences(references->front().id);
    ASSERT_TRUE(cited) << cited.error().message.toStdString();
    EXPECT_TRUE(cited->isEmpty());
}

TEST_F(MigratorTest, MigrationsAddCitedReferencesImportStatusAndPublicationTypes)
{
    auto project = ReviewProject::openInMemory();
    ASSERT_TRUE(project);
    auto& database = (*project)->database();
    EXPECT_EQ(scalar(database, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'cited_reference'"),
              1);
    EXPECT_EQ(
        scalar(database,
               "SELECT count(*) FROM pragma_table_info('reference') WHERE name IN ('grey_literature', 'not_found')"),
        2);
    EXPECT_EQ(scalar(database,
                     "SELECT count(*) FROM pragma_table_info('import_batch') "
                     "WHERE name IN ('status', 'holder_pid', 'holder_host')"),
              3);
    // Version 7 keeps the publication types a source names.
    EXPECT_EQ(scalar(database, "SELECT count(*) FROM pragma_table_info('reference') WHERE name = 'publication_types'"),
              1);
}

TEST_F(MigratorTest, Version8AddsRiskOfBiasAndDefaultMids)
{
    auto project = ReviewProject::openInMemory();
    ASSERT_TRUE(project);
    auto& database = (*project)->database();
    EXPECT_EQ(scalar(database,
                     "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('rob_assessment', "
                     "'rob_answer', 'rob_judgement', 'outcome_mid', 'certainty_judgement')"),
              5);
    // The published minimal important differences are there from the start: mRSS 5 points in dcSSc.
    EXPECT_EQ(scalar(database,
                     "SELECT mid FROM outcome_mid JOIN outcome_measure ON outcome_measure.id = measure_id "
                     "WHERE code = 'mRSS'"),
              5);
}

TEST_F(MigratorTest, NewerProjectIsRefusedWithClearMessage)
{
    const QString file = path(QStringLiteral("future.stemma"));
    {
        auto project = ReviewProject::create(file);
        ASSERT_TRUE(project);
        ASSERT_TRUE((*project)->database().execute(
            QStringLiteral("PRAGMA user_version = %1").arg(db::Migrator::latestVersion() + 1)));
    }
    auto project = ReviewProject::open(file);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().code, ErrorCode::TooNew);
    EXPECT_TRUE(project.error().message.contains(QStringLiteral("newer version of Stemma")));
}

TEST_F(MigratorTest, ForeignSqliteDatabaseIsRefused)
{
    const QString file = path(QStringLiteral("other.sqlite"));
    {
        auto database = db::Database::open(file, db::Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(database);
        ASSERT_TRUE((*database)->execute("CREATE TABLE t (x)"));
    }
    auto project = ReviewProject::open(file);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().code, ErrorCode::NotAProject);
}

TEST_F(MigratorTest, NonDatabaseFileIsRefused)
{
    const QString file = path(QStringLiteral("notes.stemma"));
    QFile text(file);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(4096, 'x'));
    text.close();
    auto project = ReviewProject::open(file);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().code, ErrorCode::NotAProject);
}

TEST_F(MigratorTest, MissingFileIsNotFoundAndNotCreated)
{
    const QString file = path(QStringLiteral("missing.stemma"));
    auto project = ReviewProject::open(file);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(MigratorTest, CreateRefusesToOverwrite)
{
    const QString file = path(QStringLiteral("twice.stemma"));
    ASSERT_TRUE(ReviewProject::create(file));
    EXPECT_FALSE(ReviewProject::create(file));
}

TEST_F(MigratorTest, ProjectCanBeOpenedTwiceAtOnce)
{
    const QString file = path(QStringLiteral("shared.stemma"));
    auto first = ReviewProject::create(file);
    ASSERT_TRUE(first);
    auto second = ReviewProject::open(file);
    ASSERT_TRUE(second) << second.error().message.toStdString();
    Reference reference;
    reference.title = QStringLiteral("Seen by both");
    ASSERT_TRUE((*first)->references().insert(reference));
    EXPECT_EQ(*(*second)->references().count(), 1);
}
