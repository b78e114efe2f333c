// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// kill -9 at a random moment during an import, an edit run or a duplicate merge, then open the
// project as a reviewer would: it must pass SQLite's integrity and foreign key checks and FTS5's
// own integrity check, and an import must be all or nothing (the earlier count or the earlier
// count plus the whole file). A few rounds run in the suite; STEMMA_KILL_LOOP_ROUNDS=30 (or
// more) is the long mode, run off CI and reported in docs/reliability.md.
#include "core/ReviewProject.h"
#include "core/db/Database.h"
#include "core/db/ReferenceRepository.h"
#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace stemma;
using stemma::test::runCli;

namespace {

constexpr int IMPORT_RECORDS = 30000;
constexpr int DEFAULT_ROUNDS = 3;

void writeRis(const QString& path, int records, int seed)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray text;
    for (int i = 0; i < records; ++i) {
        // Every fifth record repeats an earlier title and author with a new DOI: work for dedupe.
        const int title = i % 5 == 4 ? i - 1 : i;
        text += "TY  - JOUR\nTI  - Thrombectomy trial " + QByteArray::number(seed) + "-" + QByteArray::number(title) +
                "\nAU  - Roe" + QByteArray::number(title % 311) + ", Jane\nPY  - 20" +
                QByteArray::number(10 + title % 14) + "\nJO  - Stroke\nSP  - " + QByteArray::number(title % 900) +
                "\nAB  - Outcome at ninety days after endovascular treatment.\nDO  - 10.9999/" +
                QByteArray::number(seed) + "." + QByteArray::number(i) + "\nER  - \n";
    }
    file.write(text);
}

struct Health
{
    QString integrity;
    QString fts;
    bool danglingKeys = true;
    int references = -1;
};

Health check(const QString& path)
{
    Health health;
    auto project = core::ReviewProject::open(path);
    if (!project) {
        health.integrity = project.error().message;
        return health;
    }
    core::db::Database& database = (*project)->database();
    if (auto integrity = database.prepare("PRAGMA integrity_check"); integrity && *integrity->step())
        health.integrity = integrity->text(0);
    auto fts = database.execute("INSERT INTO reference_fts (reference_fts, rank) VALUES ('integrity-check', 1)");
    health.fts = fts ? QStringLiteral("ok") : fts.error().message;
    if (auto keys = database.prepare("PRAGMA foreign_key_check"))
        health.danglingKeys = *keys->step();
    auto references = (*project)->references().count(true);
    health.references = references ? *references : -1;
    return health;
}

} // namespace

TEST(ProjectKillLoopTest, RandomKillDuringImportEditAndDedupeLeavesAWholeProject)
{
    const int rounds = qEnvironmentVariableIsSet("STEMMA_KILL_LOOP_ROUNDS")
                           ? qEnvironmentVariableIntValue("STEMMA_KILL_LOOP_ROUNDS")
                           : DEFAULT_ROUNDS;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const QString seedFile = dir.filePath(QStringLiteral("seed.ris"));
    writeRis(seedFile, 2000, 0);
    ASSERT_EQ(runCli({QStringLiteral("import"), path, seedFile}).exitCode, 0);

    QRandomGenerator random(20261207);
    int wholeImports = 0;
    int undoneImports = 0;
    for (int round = 0; round < rounds * 3; ++round) {
        const int operation = round % 3;
        const int before = check(path).references;
        const QString file = dir.filePath(QStringLiteral("round%1.ris").arg(round));
        QProcess writer;
        if (operation == 0) {
            writeRis(file, IMPORT_RECORDS, round + 1);
            writer.start(QStringLiteral(STEMMA_CLI_PATH), {QStringLiteral("import"), path, file});
        } else if (operation == 1) {
            writer.start(QStringLiteral(STEMMA_CRASH_WRITER_PATH), {path});
        } else {
            writer.start(QStringLiteral(STEMMA_CLI_PATH), {QStringLiteral("dedupe"), path, QStringLiteral("--apply")});
        }
        ASSERT_TRUE(writer.waitForStarted(10000));
        // An import of this size takes a few seconds: kills land before, during and after its last commit.
        const int delayMs = int(random.bounded(50, operation == 0 ? 6000 : 2500));
        QThread::msleep(delayMs);
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished(30000));

        const Health health = check(path);
        SCOPED_TRACE(QStringLiteral("round %1, operation %2, killed after %3 ms")
                         .arg(round)
                         .arg(operation)
                         .arg(delayMs)
                         .toStdString());
        EXPECT_EQ(health.integrity, QStringLiteral("ok"));
        EXPECT_EQ(health.fts, QStringLiteral("ok"));
        EXPECT_FALSE(health.danglingKeys);
        if (operation == 0) {
            EXPECT_TRUE(health.references == before || health.references == before + IMPORT_RECORDS)
                << "partial import: " << before << " before, " << health.references << " after";
            (health.references == before ? undoneImports : wholeImports) += 1;
        } else {
            EXPECT_GE(health.references, before);
        }
    }
    std::printf("kill loop: %d imports killed: %d rolled back, %d complete\n", rounds, undoneImports, wholeImports);
}
