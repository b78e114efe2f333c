// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ImportCommand.h"

#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::runCli;

namespace {

class ImportCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = dir.filePath(QStringLiteral("import.stemma"));
        const auto init = runCli({QStringLiteral("init"), project});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QTemporaryDir dir;
    QString project;
};

// Two good records around one without a type line, the shape of a hand-edited export.
const QByteArray BROKEN_RIS = "TY  - JOUR\n"
                              "TI  - Autologous stem cell transplantation in systemic sclerosis\n"
                              "AU  - van Laar, Jacob M\n"
                              "PY  - 2014\n"
                              "DO  - 10.1001/jama.2014.6368\n"
                              "ER  - \n"
                              "\n"
                              "T1  - Record that lost its type line\n"
                              "PY  - 2003\n"
                              "ER  - \n"
                              "\n"
                              "TY  - JOUR\n"
                              "TI  - Mesenchymal stem cells for digital ulcers\n"
                              "PY  - 2017\n"
                              "ER  - \n";

const QByteArray MEDLINE = "PMID- 24958149\n"
                           "TI  - Autologous hematopoietic stem cell transplantation vs intravenous pulse\n"
                           "      cyclophosphamide in diffuse cutaneous systemic sclerosis.\n"
                           "DP  - 2014 Jun 25\n"
                           "AU  - van Laar JM\n"
                           "LID - 10.1001/jama.2014.6368 [doi]\n"
                           "\n";

} // namespace

TEST_F(ImportCommandTest, JsonReportsEveryKeyPerFileAndTheBrokenRecordWithItsLine)
{
    const QString ris = write(QStringLiteral("search.ris"), BROKEN_RIS);
    const QString medline = write(QStringLiteral("pubmed.nbib"), MEDLINE);
    const auto run = runCli({QStringLiteral("import"), project, ris, medline, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray reports = run.json().array();
    ASSERT_EQ(reports.size(), 2) << run.out.toStdString();

    const QJsonObject first = reports[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("path")).toString(), ris);
    EXPECT_EQ(first.value(QStringLiteral("format")).toString(), QStringLiteral("ris"));
    EXPECT_EQ(first.value(QStringLiteral("records")).toInt(), 2) << "the record without TY is skipped";
    EXPECT_EQ(first.value(QStringLiteral("imported")).toInt(), 2);
    EXPECT_EQ(first.value(QStringLiteral("merged")).toInt(), 0);
    const QJsonArray problems = first.value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 1);
    const QJsonObject problem = problems[0].toObject();
    EXPECT_EQ(problem.value(QStringLiteral("line")).toInt(), 8);
    EXPECT_EQ(problem.value(QStringLiteral("record")).toInt(), 0) << "the broken record never got a number";
    EXPECT_EQ(problem.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    EXPECT_EQ(problem.value(QStringLiteral("file")).toString(), ris);
    EXPECT_TRUE(problem.value(QStringLiteral("message")).toString().contains(QStringLiteral("TY")));

    const QJsonObject second = reports[1].toObject();
    EXPECT_EQ(second.value(QStringLiteral("format")).toString(), QStringLiteral("medline"));
    EXPECT_EQ(second.value(QStringLiteral("records")).toInt(), 1);
    EXPECT_EQ(second.value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(second.value(QStringLiteral("merged")).toInt(), 1) << "same DOI as the RIS record";
    EXPECT_TRUE(second.value(QStringLiteral("problems")).toArray().isEmpty());

    const auto list = runCli({QStringLiteral("list"), project, QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(list.json().array().size(), 2) << "one entry per work: the MEDLINE copy is merged";
}

TEST_F(ImportCommandTest, PlainTextNamesTheFileCountsAndProblemLine)
{
    const QString ris = write(QStringLiteral("search.ris"), BROKEN_RIS);
    const auto run = runCli({QStringLiteral("import"), project, ris});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("ris, 2 records read, 2 imported, 0 merged as duplicates, 1 problems")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(ris + QStringLiteral(":8:"))) << run.out.toStdString();
}

TEST_F(ImportCommandTest, AFailedFileKeepsItsFormatInJsonGoesToStderrAndExitsOne)
{
    // Every record lacks its type line: read as RIS, nothing can be imported.
    const QString noRecords =
        write(QStringLiteral("orphans.ris"), "T1  - Orphan one\nER  - \n\nT1  - Orphan two\nER  - \n");
    const QString binary = write(QStringLiteral("image.ris"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const QString good = write(QStringLiteral("good.ris"), BROKEN_RIS);
    const auto run = runCli({QStringLiteral("import"), project, binary, good, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonArray reports = run.json().array();
    ASSERT_EQ(reports.size(), 2) << run.out.toStdString();
    const QJsonObject failed = reports[0].toObject();
    EXPECT_EQ(failed.value(QStringLiteral("path")).toString(), binary);
    ASSERT_TRUE(failed.contains(QStringLiteral("format")));
    EXPECT_TRUE(failed.value(QStringLiteral("format")).isNull()) << "no format recognised";
    EXPECT_TRUE(failed.value(QStringLiteral("error")).toString().contains(QStringLiteral("binary")));
    EXPECT_EQ(failed.value(QStringLiteral("records")).toInt(-1), 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("binary"))) << run.err.toStdString();
    EXPECT_EQ(reports[1].toObject().value(QStringLiteral("imported")).toInt(), 2) << "the next file still imports";

    const auto forced = runCli({QStringLiteral("import"),
                                project,
                                noRecords,
                                QStringLiteral("--format"),
                                QStringLiteral("ris"),
                                QStringLiteral("--json")});
    EXPECT_EQ(forced.exitCode, 1);
    const QJsonObject empty = forced.json().array().at(0).toObject();
    EXPECT_EQ(empty.value(QStringLiteral("format")).toString(), QStringLiteral("ris"))
        << "a file that fails still says how it was read";
    EXPECT_FALSE(forced.err.isEmpty());
}

TEST_F(ImportCommandTest, ExitCodesForUsageAndMissingFiles)
{
    EXPECT_EQ(runCli({QStringLiteral("import"), project}).exitCode, 2) << "no FILE";
    const auto missing = runCli({QStringLiteral("import"), project, dir.filePath(QStringLiteral("nope.ris"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("nope.ris")));
    const auto unknown = runCli({QStringLiteral("import"),
                                 project,
                                 write(QStringLiteral("a.ris"), BROKEN_RIS),
                                 QStringLiteral("--format"),
                                 QStringLiteral("refworks")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("refworks")));
    const auto noProject = runCli({QStringLiteral("import"),
                                   dir.filePath(QStringLiteral("absent.stemma")),
                                   write(QStringLiteral("b.ris"), BROKEN_RIS)});
    EXPECT_EQ(noProject.exitCode, 1);
}
