// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening never changes a file that is not (yet) a Stemma project, and a project that cannot be
// written is still viewed. Each odd file is hashed before and after every command; SQLite itself
// is used only to make the fixtures (another program's database, a project from the future).
#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using stemma::test::runCli;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void runSql(const QString& path, const char* sql)
{
    sqlite3* connection = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &connection), SQLITE_OK);
    char* message = nullptr;
    const int code = sqlite3_exec(connection, sql, nullptr, nullptr, &message);
    EXPECT_EQ(code, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(connection);
}

bool hasSidecars(const QString& path)
{
    return QFile::exists(path + QStringLiteral("-wal")) || QFile::exists(path + QStringLiteral("-shm"));
}

class OddProjectFilesTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    QString freshProject(const QString& name)
    {
        const QString path = dir.filePath(name);
        const QString ris = dir.filePath(name + QStringLiteral(".ris"));
        writeBytes(ris,
                   "TY  - JOUR\nTI  - Stroke thrombolysis outcomes\nAU  - Roe, Jane\nPY  - 2020\nER  - \n"
                   "TY  - JOUR\nTI  - Aspirin after stroke\nAU  - Doe, John\nPY  - 2019\nER  - \n");
        EXPECT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
        const auto imported = runCli({QStringLiteral("import"), path, ris});
        EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        return path;
    }

    /** Runs each command on \a path; every one must fail with exit 1 and leave the bytes alone. */
    void expectRefusedUnchanged(const QString& path, const QString& expectedWords)
    {
        const QByteArray before = hashOf(path);
        const QString ris = dir.filePath(QStringLiteral("one.ris"));
        writeBytes(ris, "TY  - JOUR\nTI  - One\nER  - \n");
        for (const QStringList& arguments : {QStringList{QStringLiteral("info"), path},
                                             QStringList{QStringLiteral("list"), path},
                                             QStringList{QStringLiteral("search"), path, QStringLiteral("stroke")},
                                             QStringList{QStringLiteral("import"), path, ris}}) {
            const auto run = runCli(arguments);
            EXPECT_EQ(run.exitCode, 1) << arguments.join(u' ').toStdString() << ": " << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(expectedWords)) << run.err.toStdString();
            EXPECT_EQ(hashOf(path), before) << arguments.front().toStdString() << " changed " << path.toStdString();
            EXPECT_FALSE(hasSidecars(path)) << arguments.front().toStdString();
        }
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(OddProjectFilesTest, ZeroByteFileIsRefusedAndStaysEmpty)
{
    const QString path = dir.filePath(QStringLiteral("empty.stemma"));
    writeBytes(path, {});
    expectRefusedUnchanged(path, QStringLiteral("the file is empty"));
    EXPECT_EQ(QFileInfo(path).size(), 0);
}

TEST_F(OddProjectFilesTest, TextFileIsRefusedUnchanged)
{
    const QString path = dir.filePath(QStringLiteral("notes.stemma"));
    writeBytes(path, QByteArray("Reading list for the stroke review\n").repeated(20));
    expectRefusedUnchanged(path, QStringLiteral("not an SQLite database"));
}

TEST_F(OddProjectFilesTest, AnotherProgramsDatabaseIsNotSwitchedToWal)
{
    const QString path = dir.filePath(QStringLiteral("zotero.sqlite"));
    runSql(path, "CREATE TABLE items(id INTEGER PRIMARY KEY, title TEXT); INSERT INTO items(title) VALUES ('x');");
    expectRefusedUnchanged(path, QStringLiteral("another program"));
    // Byte 18 of the header is 1 for a rollback journal, 2 for WAL: still 1.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(20).at(18), 1);
}

TEST_F(OddProjectFilesTest, TruncatedProjectIsRefusedUnchanged)
{
    const QString project = freshProject(QStringLiteral("whole.stemma"));
    QFile whole(project);
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString path = dir.filePath(QStringLiteral("truncated.stemma"));
    writeBytes(path, bytes.left(bytes.size() / 2 + 100));
    expectRefusedUnchanged(path, QStringLiteral("truncated"));
}

TEST_F(OddProjectFilesTest, ProjectFromANewerStemmaIsRefusedUnchanged)
{
    const QString path = freshProject(QStringLiteral("future.stemma"));
    runSql(path, "PRAGMA user_version = 9999");
    ASSERT_FALSE(hasSidecars(path));
    expectRefusedUnchanged(path, QStringLiteral("newer version of Stemma"));
}

TEST_F(OddProjectFilesTest, FolderIsRefused)
{
    const QString path = dir.filePath(QStringLiteral("folder.stemma"));
    ASSERT_TRUE(QDir().mkpath(path));
    for (const QString& command : {QStringLiteral("info"), QStringLiteral("list")}) {
        const auto run = runCli({command, path});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(run.err.contains(QStringLiteral("is a folder"))) << run.err.toStdString();
    }
    EXPECT_TRUE(QDir(path).isEmpty());
}

TEST_F(OddProjectFilesTest, ReadOnlyCommandsLeaveAWritableProjectByteIdentical)
{
    const QString path = freshProject(QStringLiteral("view.stemma"));
    const QByteArray before = hashOf(path);
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("info"), path}, QStringList{QStringLiteral("list"), path}}) {
        const auto run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    EXPECT_EQ(hashOf(path), before);
    EXPECT_FALSE(hasSidecars(path));
}

/** A demo project (studies, outcomes) whose file or folder is then made read-only. */
class ReadOnlyProjectTest : public ::testing::TestWithParam<bool>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        folder = dir.filePath(QStringLiteral("shared"));
        ASSERT_TRUE(QDir().mkpath(folder));
        path = folder + QStringLiteral("/demo.stemma");
        const auto demo = runCli({QStringLiteral("demo"), path});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        ASSERT_FALSE(hasSidecars(path));
        const bool wholeFolder = GetParam();
        locked = wholeFolder ? folder : path;
        originalPermissions = QFile::permissions(locked);
        const QFileDevice::Permissions readOnly = wholeFolder ? QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                                    QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther
                                                              : QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        ASSERT_TRUE(QFile::setPermissions(locked, readOnly));
    }
    void TearDown() override { QFile::setPermissions(locked, originalPermissions); }

    QTemporaryDir dir;
    QString folder;
    QString path;
    QString locked;
    QFileDevice::Permissions originalPermissions;
};

TEST_P(ReadOnlyProjectTest, ViewingCommandsWorkAndLeaveNoTrace)
{
    const QByteArray before = hashOf(path);
    const QStringList commands[] = {
        {QStringLiteral("info"), path},
        {QStringLiteral("list"), path},
        {QStringLiteral("search"), path, QStringLiteral("stroke")},
        {QStringLiteral("compare"), path, QStringLiteral("--outcome"), QStringLiteral("mRSS")},
    };
    for (const QStringList& arguments : commands) {
        const auto run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 0) << arguments.join(u' ').toStdString() << ": " << run.err.toStdString();
        EXPECT_FALSE(run.out.isEmpty()) << arguments.front().toStdString();
        EXPECT_FALSE(hasSidecars(path)) << arguments.front().toStdString() << " left -wal/-shm behind";
    }
    EXPECT_EQ(hashOf(path), before);
}

TEST_P(ReadOnlyProjectTest, ChangingCommandsSayTheProjectIsReadOnly)
{
    const QByteArray before = hashOf(path);
    const auto run = runCli({QStringLiteral("dedupe"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("is read-only"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(path), before);
    EXPECT_FALSE(hasSidecars(path));
}

INSTANTIATE_TEST_SUITE_P(FileOrFolder,
                         ReadOnlyProjectTest,
                         ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& info) {
                             return info.param ? std::string("ReadOnlyFolder") : std::string("ReadOnlyFile");
                         });
