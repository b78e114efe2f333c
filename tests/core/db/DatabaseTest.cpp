// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/Database.h"

#include "core/db/TransactionGuard.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <sqlite3.h>

using namespace stemma::core;

namespace {

std::unique_ptr<db::Database> memoryDatabase()
{
    auto database = db::Database::open(QStringLiteral(":memory:"), db::Database::OpenMode::CreateIfMissing);
    EXPECT_TRUE(database);
    EXPECT_TRUE((*database)->execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
    return std::move(*database);
}

qint64 countItems(db::Database& database)
{
    auto statement = database.prepare("SELECT count(*) FROM item");
    EXPECT_TRUE(statement && *statement->step());
    return statement->int64(0);
}

void insertItem(db::Database& database, const QString& name)
{
    auto statement = database.prepare("INSERT INTO item (name) VALUES (:name)");
    ASSERT_TRUE(statement);
    statement->bind(":name", name);
    ASSERT_TRUE(statement->run());
}

} // namespace

TEST(DatabaseTest, BoundTextIsStoredVerbatim)
{
    auto database = memoryDatabase();
    const QString tricky = QStringLiteral("Robert'); DROP TABLE item;-- \u00e9\u4e2d");
    insertItem(*database, tricky);
    auto statement = database->prepare("SELECT name FROM item");
    ASSERT_TRUE(statement && *statement->step());
    EXPECT_EQ(statement->text(0), tricky);
}

TEST(DatabaseTest, PrepareReportsSyntaxErrors)
{
    auto database = memoryDatabase();
    auto statement = database->prepare("SELEC nothing");
    ASSERT_FALSE(statement);
    EXPECT_EQ(statement.error().code, ErrorCode::Database);
}

TEST(DatabaseTest, UncommittedTransactionRollsBack)
{
    auto database = memoryDatabase();
    {
        db::TransactionGuard transaction(*database);
        insertItem(*database, QStringLiteral("lost"));
    }
    EXPECT_EQ(countItems(*database), 0);
    EXPECT_FALSE(database->inTransaction());
}

TEST(DatabaseTest, NestedGuardsCommitTogether)
{
    auto database = memoryDatabase();
    {
        db::TransactionGuard outer(*database);
        insertItem(*database, QStringLiteral("outer"));
        {
            db::TransactionGuard inner(*database);
            insertItem(*database, QStringLiteral("inner"));
            ASSERT_TRUE(inner.commit());
        }
        {
            db::TransactionGuard abandoned(*database);
            insertItem(*database, QStringLiteral("abandoned"));
        }
        ASSERT_TRUE(outer.commit());
    }
    EXPECT_EQ(countItems(*database), 2);
}

TEST(DatabaseTest, OuterRollbackUndoesCommittedInnerWork)
{
    auto database = memoryDatabase();
    {
        db::TransactionGuard outer(*database);
        {
            db::TransactionGuard inner(*database);
            insertItem(*database, QStringLiteral("inner"));
            ASSERT_TRUE(inner.commit());
        }
    }
    EXPECT_EQ(countItems(*database), 0);
}

TEST(DatabaseTest, ConstraintViolationIsReportedAsConstraint)
{
    auto database = memoryDatabase();
    auto statement = database->prepare("INSERT INTO item (name) VALUES (NULL)");
    ASSERT_TRUE(statement);
    auto ran = statement->run();
    ASSERT_FALSE(ran);
    EXPECT_EQ(ran.error().code, ErrorCode::Constraint);
}

TEST(DatabaseTest, Fts5IsAvailable)
{
    auto database = memoryDatabase();
    EXPECT_TRUE(database->execute("CREATE VIRTUAL TABLE probe USING fts5(body)"));
}

TEST(DatabaseTest, NewFileTakesLargePagesAndAnExistingFileKeepsItsOwn)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const auto pageSize = [](db::Database& database) {
        auto statement = database.prepare("PRAGMA page_size");
        EXPECT_TRUE(statement && *statement->step());
        return statement->int64(0);
    };

    const QString fresh = directory.filePath(QStringLiteral("fresh.stemma"));
    {
        auto database = db::Database::open(fresh, db::Database::OpenMode::CreateIfMissing);
        ASSERT_TRUE(database);
        EXPECT_EQ(pageSize(**database), 16384);
    }

    // A project written with 4 KiB pages (as earlier versions made them) stays readable as it is.
    // (Its application id is Stemma's, 0x5354454D: other programs' databases are refused unopened.)
    const QString older = directory.filePath(QStringLiteral("older.stemma"));
    {
        sqlite3* connection = nullptr;
        ASSERT_EQ(sqlite3_open(older.toUtf8().constData(), &connection), SQLITE_OK);
        ASSERT_EQ(
            sqlite3_exec(connection,
                         "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA application_id = 1398031693; "
                         "CREATE TABLE item (id INTEGER);",
                         nullptr,
                         nullptr,
                         nullptr),
            SQLITE_OK);
        sqlite3_close(connection);
    }
    auto database = db::Database::open(older, db::Database::OpenMode::ExistingOnly);
    ASSERT_TRUE(database);
    EXPECT_EQ(pageSize(**database), 4096);
    EXPECT_TRUE((*database)->execute("INSERT INTO item VALUES (1)"));
}
