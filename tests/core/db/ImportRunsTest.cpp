// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Imports commit in batches yet stay all or nothing: a running import is recorded with its
// process, refused a second time, named to a writer that finds the project busy, and rolled
// back when its process has died.
#include "core/db/ImportRuns.h"

#include "core/ReviewProject.h"
#include "core/db/Database.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/SearchIndex.h"
#include "core/db/TransactionGuard.h"
#include "core/import/Importer.h"
#include "core/import/ParserRegistry.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace stemma::core;

namespace {

class ImportRunsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("runs.stemma"));
        auto created = ReviewProject::create(path);
        ASSERT_TRUE(created);
        project = std::move(*created);
    }

    QString writeRis(const QString& name, int records)
    {
        const QString file = dir.filePath(name);
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        for (int i = 0; i < records; ++i)
            out.write("TY  - JOUR\nTI  - " + name.toUtf8() + " stroke record " + QByteArray::number(i) +
                      "\nAU  - Roe, Jane\nPY  - 2020\nER  - \n");
        return file;
    }

    Result<import::FileImportReport> importFile(const QString& file)
    {
        import::Importer importer(project->database(), registry);
        return importer.importFile(file);
    }

    /** A pid that belonged to a process that has exited. */
    static qint64 deadPid()
    {
        QProcess process;
        process.start(QStringLiteral("true"), {});
        process.waitForFinished();
        return process.processId() > 0 ? process.processId() : 999999;
    }

    /** Pretends the import of \a batch was being run by \a pid on this host. */
    void setHolder(ImportBatchId batch, qint64 pid)
    {
        ASSERT_TRUE(db::ImportRuns(project->database()).markRunning(batch));
        auto statement = project->database().prepare("UPDATE import_batch SET holder_pid = :pid WHERE id = :id");
        ASSERT_TRUE(statement);
        statement->bind(":pid", pid).bind(":id", batch.value);
        ASSERT_TRUE(statement->run());
    }

    QString ftsIntegrity()
    {
        auto check = project->database().execute(
            "INSERT INTO reference_fts (reference_fts, rank) VALUES ('integrity-check', 1)");
        return check ? QStringLiteral("ok") : check.error().message;
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ReviewProject> project;
    import::ParserRegistry registry;
};

} // namespace

TEST_F(ImportRunsTest, ACompletedImportIsNotRunningAndShowsInTheHistory)
{
    auto report = importFile(writeRis(QStringLiteral("done.ris"), 5));
    ASSERT_TRUE(report) << report.error().message.toStdString();
    auto live = db::ImportRuns(project->database()).liveImport();
    ASSERT_TRUE(live);
    EXPECT_FALSE(live->has_value());
    auto batches = project->references().batches();
    ASSERT_TRUE(batches);
    ASSERT_EQ(batches->size(), 1u);
    EXPECT_EQ(batches->front().imported, 5);
}

TEST_F(ImportRunsTest, AnImportWhoseProcessDiedIsRolledBackOnOpen)
{
    ASSERT_TRUE(importFile(writeRis(QStringLiteral("kept.ris"), 4)));
    auto interrupted = importFile(writeRis(QStringLiteral("interrupted.ris"), 7));
    ASSERT_TRUE(interrupted);
    setHolder(interrupted->batch, deadPid());
    EXPECT_EQ(*project->references().count(), 11) << "before recovery the interrupted rows are there";
    project.reset();

    auto reopened = ReviewProject::open(path);
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    project = std::move(*reopened);
    EXPECT_EQ(*project->references().count(), 4);
    auto batches = project->references().batches();
    ASSERT_TRUE(batches);
    ASSERT_EQ(batches->size(), 1u);
    EXPECT_EQ(batches->front().fileName, QStringLiteral("kept.ris"));
    EXPECT_EQ(ftsIntegrity(), QStringLiteral("ok"));
    auto hits = db::SearchIndex(project->database()).count(QStringLiteral("interrupted"));
    ASSERT_TRUE(hits);
    EXPECT_EQ(*hits, 0);
    auto keys = project->database().prepare("PRAGMA foreign_key_check");
    ASSERT_TRUE(keys);
    EXPECT_FALSE(*keys->step());
}

TEST_F(ImportRunsTest, AnImportOfALiveProcessIsLeftAloneAndRefusesASecondImport)
{
    auto running = importFile(writeRis(QStringLiteral("running.ris"), 3));
    ASSERT_TRUE(running);
    setHolder(running->batch, QCoreApplication::applicationPid());
    EXPECT_EQ(*db::ImportRuns(project->database()).rollBackInterrupted(), 0);

    auto second = importFile(writeRis(QStringLiteral("second.ris"), 2));
    ASSERT_FALSE(second);
    const QString message = second.error().message;
    EXPECT_TRUE(message.contains(
        QStringLiteral("process %1 on %2").arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName())))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("importing running.ris since"))) << message.toStdString();
    EXPECT_EQ(*project->references().count(), 3);
}

TEST_F(ImportRunsTest, ACancelledImportLeavesNothingBehind)
{
    ASSERT_TRUE(importFile(writeRis(QStringLiteral("before.ris"), 2)));
    import::Importer importer(project->database(), registry);
    auto cancelled =
        importer.importFile(writeRis(QStringLiteral("cancelled.ris"), 600), {}, [](qint64, qint64) { return false; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(*project->references().count(), 2);
    EXPECT_EQ(project->references().batches()->size(), 1u);
    EXPECT_EQ(ftsIntegrity(), QStringLiteral("ok"));
}

TEST_F(ImportRunsTest, AWriterThatFindsTheProjectBusyIsToldWhoHoldsIt)
{
    auto running = importFile(writeRis(QStringLiteral("holding.ris"), 1));
    ASSERT_TRUE(running);
    setHolder(running->batch, QCoreApplication::applicationPid());
    // A second connection takes the write lock and keeps it, as an import's batch does.
    auto holder = db::Database::open(path, db::Database::OpenMode::ExistingOnly);
    ASSERT_TRUE(holder);
    db::TransactionGuard held(**holder);
    ASSERT_TRUE(held.isActive());

    // Waits out the busy timeout (5 s), then fails with the holder named.
    db::TransactionGuard blocked(project->database());
    ASSERT_FALSE(blocked.isActive());
    const auto error = blocked.commit().error();
    EXPECT_TRUE(error.message.contains(
        QStringLiteral("the project is busy: process %1 on ").arg(QCoreApplication::applicationPid())))
        << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("importing holding.ris"))) << error.message.toStdString();
}
