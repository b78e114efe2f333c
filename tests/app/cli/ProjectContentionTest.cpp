// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two writers on one project: a long import runs in a stemma-cli child process while this
// process tries a second import (refused, naming the importing process) and records a screening
// decision (stored, because the import commits in batches and lets short writes in between).
#include "core/ReviewProject.h"
#include "core/db/ImportRuns.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ScreeningRepository.h"
#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace stemma;
using stemma::test::runCli;

namespace {

/// Large enough that the import runs for seconds and commits several batches.
constexpr int LONG_IMPORT_RECORDS = 80000;

void writeRis(const QString& path, int records, const char* titlePrefix)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray text;
    for (int i = 0; i < records; ++i) {
        text += "TY  - JOUR\nTI  - ";
        text += titlePrefix;
        text += " trial number " + QByteArray::number(i) + "\nAU  - Author" + QByteArray::number(i % 977) +
                ", Ann\nPY  - 2019\nAB  - Patients with acute ischaemic stroke were randomised; outcome "
                "at ninety days.\nER  - \n";
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
}

/** Waits until the child has committed its running-import row; false after 60 s. */
bool waitForRunningImport(const QString& project, QProcess& child)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && child.state() == QProcess::Running) {
        if (auto opened = core::ReviewProject::openReadOnly(project)) {
            auto holder = core::db::ImportRuns((*opened)->database()).liveImport();
            if (holder && *holder)
                return true;
        }
        QThread::msleep(20);
    }
    return false;
}

} // namespace

TEST(ProjectContentionTest, SecondImportIsToldWhoHoldsTheProjectAndADecisionIsStored)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("busy.stemma"));
    const QString small = dir.filePath(QStringLiteral("first.ris"));
    const QString big = dir.filePath(QStringLiteral("big.ris"));
    const QString second = dir.filePath(QStringLiteral("second.ris"));
    writeRis(small, 3, "Earlier");
    writeRis(big, LONG_IMPORT_RECORDS, "Long");
    writeRis(second, 2, "Second");
    ASSERT_EQ(runCli({QStringLiteral("init"), project}).exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("import"), project, small}).exitCode, 0);

    QProcess importer;
    importer.start(QStringLiteral(STEMMA_CLI_PATH), {QStringLiteral("import"), project, big});
    ASSERT_TRUE(importer.waitForStarted(10000));
    ASSERT_TRUE(waitForRunningImport(project, importer)) << "the long import never showed as running";

    const auto refused = runCli({QStringLiteral("import"), project, second});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("process %1 on ").arg(importer.processId())))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("importing big.ris since"))) << refused.err.toStdString();

    const auto decided = runCli({QStringLiteral("screen"),
                                 project,
                                 QStringLiteral("1"),
                                 QStringLiteral("--decision"),
                                 QStringLiteral("include"),
                                 QStringLiteral("--reviewer"),
                                 QStringLiteral("Ada")});
    EXPECT_EQ(decided.exitCode, 0) << decided.err.toStdString();
    const bool stillRunning = importer.state() == QProcess::Running;

    ASSERT_TRUE(importer.waitForFinished(300000));
    EXPECT_EQ(importer.exitCode(), 0) << importer.readAllStandardError().toStdString();
    EXPECT_TRUE(stillRunning) << "the decision only got in after the import had finished";

    auto reopened = core::ReviewProject::open(project);
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    auto votes = (*reopened)->screening().decisions(core::ReferenceId(1), core::ScreeningStage::TitleAbstract);
    ASSERT_TRUE(votes);
    ASSERT_EQ(votes->size(), 1u);
    EXPECT_EQ(votes->front().verdict, core::Verdict::Include);
    auto count = (*reopened)->references().count();
    ASSERT_TRUE(count);
    EXPECT_EQ(*count, 3 + LONG_IMPORT_RECORDS);
}
