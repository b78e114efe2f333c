// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A project must stay valid when the process writing it is killed at any moment.
#include "core/ReviewProject.h"
#include "core/db/Database.h"
#include "core/db/ReferenceRepository.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace stemma::core;

TEST(ProjectCrashSafetyTest, KillNineMidWriteLeavesAValidProject)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.stemma"));
    ASSERT_TRUE(ReviewProject::create(path));

    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(STEMMA_CRASH_WRITER_PATH), {path});
        ASSERT_TRUE(writer.waitForReadyRead(10000)) << "writer did not start";
        QThread::msleep(150 + 70 * round);
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished(10000));

        auto project = ReviewProject::open(path);
        ASSERT_TRUE(project) << project.error().message.toStdString();
        auto check = (*project)->database().prepare("PRAGMA integrity_check");
        ASSERT_TRUE(check && *check->step());
        EXPECT_EQ(check->text(0), QStringLiteral("ok"));
        auto keys = (*project)->database().prepare("PRAGMA foreign_key_check");
        ASSERT_TRUE(keys);
        EXPECT_FALSE(*keys->step()) << "dangling foreign key after kill";
        // Every stored reference is whole: it has its author, written in the same transaction.
        auto orphans = (*project)->database().prepare(
            "SELECT count(*) FROM reference r WHERE NOT EXISTS (SELECT 1 FROM author a WHERE a.reference_id = r.id)");
        ASSERT_TRUE(orphans && *orphans->step());
        EXPECT_EQ(orphans->int64(0), 0);
        EXPECT_GT(*(*project)->references().count(), 0);
    }
}
