// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/StudiesCommand.h"

#include "core/ReviewProject.h"
#include "core/db/AuditRepository.h"
#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::runCli;

namespace {

QJsonObject studyLabelled(const QJsonArray& studies, const QString& label)
{
    for (const auto& value : studies)
        if (value.toObject().value(QStringLiteral("label")).toString() == label)
            return value.toObject();
    return {};
}

} // namespace

TEST(StudiesCommandTest, JsonListsStudiesWithArmsInterventionsOutcomesAndEvidence)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), path}).exitCode, 0);
    const auto run = runCli({QStringLiteral("studies"), path, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray studies = run.json().array();
    ASSERT_EQ(studies.size(), 29);

    const QJsonObject astis = studyLabelled(studies, QStringLiteral("ASTIS"));
    EXPECT_EQ(astis.value(QStringLiteral("design")).toString(), QStringLiteral("rct"));
    EXPECT_EQ(astis.value(QStringLiteral("patientCount")).toInt(), 156);
    EXPECT_DOUBLE_EQ(astis.value(QStringLiteral("followUpMonths")).toDouble(), 69.6);
    const QJsonArray arms = astis.value(QStringLiteral("arms")).toArray();
    ASSERT_EQ(arms.size(), 2);
    EXPECT_EQ(arms[0].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("HSCT"));
    EXPECT_EQ(arms[0].toObject().value(QStringLiteral("n")).toInt(), 79);
    const QJsonObject hsct = arms[0].toObject().value(QStringLiteral("interventions")).toArray()[0].toObject();
    EXPECT_EQ(hsct.value(QStringLiteral("family")).toString(), QStringLiteral("hsct"));
    EXPECT_EQ(hsct.value(QStringLiteral("donor")).toString(), QStringLiteral("autologous"));
    EXPECT_TRUE(hsct.value(QStringLiteral("cd34Selection")).toBool());
    EXPECT_FALSE(astis.value(QStringLiteral("outcomes")).toArray().isEmpty());

    // The abstract's "156 patients" is tagged as the evidence for the patient count.
    const QJsonArray evidence = astis.value(QStringLiteral("evidence")).toArray();
    ASSERT_FALSE(evidence.isEmpty());
    const QJsonObject count = evidence[0].toObject();
    EXPECT_EQ(count.value(QStringLiteral("field")).toString(), QStringLiteral("patientCount"));
    EXPECT_EQ(count.value(QStringLiteral("tag")).toString(), QStringLiteral("Patient count"));
    EXPECT_EQ(count.value(QStringLiteral("quote")).toString(), QStringLiteral("156 patients"));
    EXPECT_EQ(count.value(QStringLiteral("textField")).toString(), QStringLiteral("abstract"));

    const QJsonObject christopeit = studyLabelled(studies, QStringLiteral("Christopeit 2008"));
    const QJsonArray patients = christopeit.value(QStringLiteral("patients")).toArray();
    ASSERT_EQ(patients.size(), 1);
    EXPECT_EQ(patients[0].toObject().value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
}

TEST(StudiesCommandTest, PlainOutputIsATable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const auto run = runCli({QStringLiteral("studies"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("ID"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.endsWith(QStringLiteral("(no studies)\n"))) << run.out.toStdString();
}

TEST(StudiesCommandTest, MissingProjectFails)
{
    QTemporaryDir dir;
    const auto run = runCli({QStringLiteral("studies"), dir.filePath(QStringLiteral("none.stemma"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(run.err.isEmpty());
}

TEST(StudiesCommandTest, LinksAndUnlinksAStudysReports)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.stemma"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), path}).exitCode, 0);
    const auto before = runCli({QStringLiteral("studies"), path, QStringLiteral("--json")});
    const QJsonObject astis = studyLabelled(before.json().array(), QStringLiteral("ASTIS"));
    const QJsonObject scot = studyLabelled(before.json().array(), QStringLiteral("SCOT"));
    const qint64 study = astis.value(QStringLiteral("id")).toInteger();
    const qint64 primary = astis.value(QStringLiteral("references")).toArray()[0].toInteger();
    const qint64 other = scot.value(QStringLiteral("references")).toArray()[0].toInteger();
    const QString pair = QStringLiteral("%1:%2").arg(study).arg(other);

    const auto linked =
        runCli({QStringLiteral("studies"), path, QStringLiteral("--json"), QStringLiteral("--link"), pair});
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();
    const QJsonArray references =
        studyLabelled(linked.json().array(), QStringLiteral("ASTIS")).value(QStringLiteral("references")).toArray();
    ASSERT_EQ(references.size(), 2);
    EXPECT_EQ(references[0].toInteger(), primary);
    EXPECT_EQ(references[1].toInteger(), other);
    {
        // The link went through the same command and history as in the window, so it is audited.
        auto project = stemma::core::ReviewProject::open(path);
        ASSERT_TRUE(project);
        auto log = (*project)->audit().list(stemma::core::db::AuditQuery{1, QStringLiteral("study"), study});
        ASSERT_TRUE(log);
        ASSERT_EQ(log->size(), 1u);
        EXPECT_EQ(log->front().action, QStringLiteral("edit"));
        EXPECT_EQ(log->front().detail, QStringLiteral("Link reference"));
    }
    // Linking it again is refused; unlinking takes it off.
    EXPECT_EQ(runCli({QStringLiteral("studies"), path, QStringLiteral("--link"), pair}).exitCode, 1);
    const auto unlinked =
        runCli({QStringLiteral("studies"), path, QStringLiteral("--json"), QStringLiteral("--unlink"), pair});
    ASSERT_EQ(unlinked.exitCode, 0) << unlinked.err.toStdString();
    EXPECT_EQ(
        studyLabelled(unlinked.json().array(), QStringLiteral("ASTIS")).value(QStringLiteral("references")).toArray(),
        QJsonArray{primary});
    const auto bad = runCli({QStringLiteral("studies"), path, QStringLiteral("--link"), QStringLiteral("ASTIS")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("STUDY:REF"))) << bad.err.toStdString();
}
