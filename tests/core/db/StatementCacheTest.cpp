// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The cache is exercised through Database::prepare, as the repositories use it.
#include "core/db/StatementCache.h"

#include "core/db/Database.h"

#include <gtest/gtest.h>

#include <QStringList>

#include <sqlite3.h>

using namespace stemma::core;

namespace {

std::unique_ptr<db::Database> databaseWithRows()
{
    auto database = db::Database::open(QStringLiteral(":memory:"), db::Database::OpenMode::CreateIfMissing);
    EXPECT_TRUE(database);
    EXPECT_TRUE((*database)->execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT);"
                                     "INSERT INTO item (name) VALUES ('a'), ('b'), ('c');"));
    return std::move(*database);
}

constexpr const char* BY_NAME = "SELECT count(*) FROM item WHERE name = :name OR :name IS NULL";

} // namespace

TEST(StatementCacheTest, AReusedStatementForgetsItsBindingsAndWhereItStopped)
{
    auto database = databaseWithRows();
    {
        auto first = database->prepare(BY_NAME);
        ASSERT_TRUE(first);
        first->bind(":name", QStringLiteral("b"));
        ASSERT_TRUE(*first->step());
        EXPECT_EQ(first->int64(0), 1);
    }
    auto again = database->prepare(BY_NAME);
    ASSERT_TRUE(again);
    ASSERT_TRUE(*again->step());
    EXPECT_EQ(again->int64(0), 3); // :name is NULL again, not 'b'

    {
        auto rows = database->prepare("SELECT name FROM item ORDER BY id");
        ASSERT_TRUE(rows && *rows->step());
        EXPECT_EQ(rows->text(0), QStringLiteral("a")); // dropped after one row
    }
    auto rows = database->prepare("SELECT name FROM item ORDER BY id");
    ASSERT_TRUE(rows && *rows->step());
    EXPECT_EQ(rows->text(0), QStringLiteral("a"));
}

TEST(StatementCacheTest, TheSameSqlCanRunNestedInsideItself)
{
    auto database = databaseWithRows();
    auto outer = database->prepare("SELECT name FROM item ORDER BY id");
    ASSERT_TRUE(outer);
    QStringList pairs;
    while (*outer->step()) {
        auto inner = database->prepare("SELECT name FROM item ORDER BY id");
        ASSERT_TRUE(inner);
        while (*inner->step())
            pairs << outer->text(0) + inner->text(0);
    }
    EXPECT_EQ(pairs.size(), 9);
    EXPECT_EQ(pairs.front(), QStringLiteral("aa"));
    EXPECT_EQ(pairs.back(), QStringLiteral("cc"));
}

TEST(StatementCacheTest, ReusedStatementsSeeSchemaChanges)
{
    auto database = databaseWithRows();
    {
        auto statement = database->prepare("SELECT * FROM item");
        ASSERT_TRUE(statement && *statement->step());
    }
    ASSERT_TRUE(database->execute("ALTER TABLE item ADD COLUMN note TEXT DEFAULT 'x'"));
    auto statement = database->prepare("SELECT * FROM item");
    ASSERT_TRUE(statement && *statement->step());
    EXPECT_EQ(statement->text(2), QStringLiteral("x"));
}

TEST(StatementCacheTest, AStatementMayOutliveItsConnection)
{
    auto database = databaseWithRows();
    auto statement = database->prepare(BY_NAME);
    ASSERT_TRUE(statement);
    database.reset(); // the statement finalises itself later instead of returning to a dead cache
    SUCCEED();
}

TEST(StatementCacheTest, GivesBackOnlyStatementsOfTheSameText)
{
    auto database = databaseWithRows();
    sqlite3_stmt* raw = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(database->handle(), "SELECT 1", -1, &raw, nullptr), SQLITE_OK);
    db::StatementCache cache;
    cache.giveBack(raw);
    EXPECT_EQ(cache.take("SELECT 2"), nullptr);
    EXPECT_EQ(cache.take("SELECT 1"), raw);
    EXPECT_EQ(cache.take("SELECT 1"), nullptr);
    sqlite3_finalize(raw);
}
