// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/CompareCommand.h"

#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using stemma::test::runCli;
using stemma::test::zipMember;

namespace {

class CompareCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        project = dir.filePath(QStringLiteral("demo.stemma"));
        const auto run = runCli({QStringLiteral("demo"), project});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    QString exportTo(const QString& format, const QString& outcome = QStringLiteral("mRSS"))
    {
        const QString path = dir.filePath(QStringLiteral("out.") + format);
        const auto run = runCli({QStringLiteral("compare"),
                                 project,
                                 QStringLiteral("--outcome"),
                                 outcome,
                                 QStringLiteral("--format"),
                                 format,
                                 QStringLiteral("-o"),
                                 path});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return path;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    QTemporaryDir dir;
    QString project;
};

TEST_F(CompareCommandTest, JsonHoldsMscAndHsctRowsWithTheirSources)
{
    const auto run = runCli({QStringLiteral("compare"),
                             project,
                             QStringLiteral("--outcome"),
                             QStringLiteral("TRM"),
                             QStringLiteral("--format"),
                             QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject object = run.json().object();
    EXPECT_EQ(object.value(QStringLiteral("outcome")).toString(), QStringLiteral("TRM"));
    EXPECT_EQ(object.value(QStringLiteral("scale")).toString(), QStringLiteral("proportion"));
    const QJsonArray rows = object.value(QStringLiteral("rows")).toArray();
    ASSERT_GE(rows.size(), 3);
    // MSC reports without adverse events give MSC rows too; the HSCT row follows them.
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("family")).toString(), QStringLiteral("msc"));
    QJsonObject hsct;
    for (const QJsonValue& row : rows)
        if (row.toObject().value(QStringLiteral("family")).toString() == QLatin1String("hsct"))
            hsct = row.toObject();
    EXPECT_EQ(hsct.value(QStringLiteral("family")).toString(), QStringLiteral("hsct"));
    EXPECT_EQ(hsct.value(QStringLiteral("k")).toInt(), 4);
    EXPECT_EQ(hsct.value(QStringLiteral("patients")).toInt(), 159);
    EXPECT_EQ(hsct.value(QStringLiteral("result_ids")).toArray().size(), 4);
    EXPECT_GT(hsct.value(QStringLiteral("estimate")).toDouble(), 0.05);
    EXPECT_LT(hsct.value(QStringLiteral("estimate")).toDouble(), 0.15);
}

TEST_F(CompareCommandTest, KeepsSeveralDesignsGivenByCommasOrRepeated)
{
    const auto studiesOfHsct = [&](const QStringList& extra) {
        QStringList arguments{QStringLiteral("compare"),
                              project,
                              QStringLiteral("--outcome"),
                              QStringLiteral("TRM"),
                              QStringLiteral("--format"),
                              QStringLiteral("json")};
        const auto run = runCli(arguments + extra);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        for (const QJsonValue& row : run.json().object().value(QStringLiteral("rows")).toArray())
            if (row.toObject().value(QStringLiteral("family")).toString() == QLatin1String("hsct"))
                return row.toObject().value(QStringLiteral("studies")).toInt();
        return -1;
    };
    // ASTIS, SCOT and ASSIST are trials; Nash 2007 is a non-randomised trial.
    EXPECT_EQ(studiesOfHsct({QStringLiteral("--design"), QStringLiteral("rct")}), 3);
    EXPECT_EQ(studiesOfHsct({QStringLiteral("--design"), QStringLiteral("rct,non-randomised-trial")}), 4);
    EXPECT_EQ(studiesOfHsct({QStringLiteral("--design"),
                             QStringLiteral("rct"),
                             QStringLiteral("--design"),
                             QStringLiteral("non-randomised-trial")}),
              4);
    EXPECT_EQ(studiesOfHsct({QStringLiteral("--design"), QStringLiteral("cohort")}), -1);
    const auto bad = runCli({QStringLiteral("compare"),
                             project,
                             QStringLiteral("--outcome"),
                             QStringLiteral("TRM"),
                             QStringLiteral("--design"),
                             QStringLiteral("rct,trial")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("'trial'"))) << bad.err.toStdString();
}

TEST_F(CompareCommandTest, CsvParsesBack)
{
    const QString text = QString::fromUtf8(readAll(exportTo(QStringLiteral("csv"))));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 4);
    const QStringList header = lines[0].split(QLatin1Char(','));
    EXPECT_EQ(header[0], QStringLiteral("Group"));
    EXPECT_EQ(header[5], QStringLiteral("Estimate (change)"));
    const QStringList msc = lines[1].split(QLatin1Char(','));
    EXPECT_EQ(msc[0], QStringLiteral("MSC"));
    EXPECT_EQ(msc[2], QStringLiteral("1"));
    EXPECT_EQ(msc[3], QStringLiteral("14"));
    EXPECT_DOUBLE_EQ(msc[5].toDouble(), -6.3);
    const QStringList hsct = lines[2].split(QLatin1Char(','));
    EXPECT_EQ(hsct[0], QStringLiteral("HSCT"));
    EXPECT_TRUE(hsct[5].isEmpty()); // Nash 2007 gives no SD: not pooled
    EXPECT_TRUE(text.contains(QStringLiteral("Nash 2007,Non-randomised trial")));
}

TEST_F(CompareCommandTest, TextFormatsCarryTheTables)
{
    const QString md = QString::fromUtf8(readAll(exportTo(QStringLiteral("md"))));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# mRSS")));
    EXPECT_TRUE(md.contains(QStringLiteral("| MSC | Aggregate | 1 | 14 | 1 | -6.30 |")));
    const QString html = QString::fromUtf8(readAll(exportTo(QStringLiteral("html"))));
    EXPECT_TRUE(html.contains(QStringLiteral("<td>Zhang 2017</td>")));
    const QString tex = QString::fromUtf8(readAll(exportTo(QStringLiteral("tex"))));
    EXPECT_TRUE(tex.contains(QStringLiteral("\\toprule")));
    EXPECT_TRUE(tex.contains(QStringLiteral("\\bottomrule")));
    EXPECT_TRUE(tex.contains(QStringLiteral("Zhang 2017 & Non-randomised trial")));
}

TEST_F(CompareCommandTest, XlsxOpensAsAWorkbook)
{
    const QString path = exportTo(QStringLiteral("xlsx"));
    const auto strings = zipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    if (!strings)
        GTEST_SKIP() << "python3 is absent: cannot open the workbook";
    EXPECT_TRUE(strings->contains(QStringLiteral("Zhang 2017")));
    EXPECT_TRUE(strings->contains(QStringLiteral("Nash 2007")));
    const auto book = zipMember(path, QStringLiteral("xl/workbook.xml"));
    ASSERT_TRUE(book);
    EXPECT_TRUE(book->contains(QStringLiteral("name=\"Comparison\"")));
    EXPECT_TRUE(book->contains(QStringLiteral("name=\"Studies\"")));
}

TEST_F(CompareCommandTest, OdtOpensAsADocument)
{
    const QString path = exportTo(QStringLiteral("odt"));
    const auto content = zipMember(path, QStringLiteral("content.xml"));
    if (!content)
        GTEST_SKIP() << "python3 is absent: cannot open the document";
    EXPECT_TRUE(content->contains(QStringLiteral("Zhang 2017")));
    EXPECT_TRUE(content->contains(QStringLiteral("table:table")));
}

TEST_F(CompareCommandTest, PdfHasTheTablesAsText)
{
    const QString path = exportTo(QStringLiteral("pdf"), QStringLiteral("TRM"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext is absent";
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("ASTIS"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Treatment-related mortality")));
    EXPECT_TRUE(text.contains(QStringLiteral("HSCT")));
}

TEST_F(CompareCommandTest, DrawsTheForestPlot)
{
    const QString svg = dir.filePath(QStringLiteral("forest.svg"));
    const auto run = runCli({QStringLiteral("compare"),
                             project,
                             QStringLiteral("--outcome"),
                             QStringLiteral("TRM"),
                             QStringLiteral("--plot"),
                             svg});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = QString::fromUtf8(readAll(svg));
    EXPECT_TRUE(text.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(text.contains(QStringLiteral("SCOT")));
}

TEST_F(CompareCommandTest, RejectsBadUsage)
{
    EXPECT_EQ(runCli({QStringLiteral("compare"), project}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("compare"),
                      project,
                      QStringLiteral("--outcome"),
                      QStringLiteral("mRSS"),
                      QStringLiteral("--by"),
                      QStringLiteral("colour")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("compare"),
                      project,
                      QStringLiteral("--outcome"),
                      QStringLiteral("mRSS"),
                      QStringLiteral("--format"),
                      QStringLiteral("pdf")})
                  .exitCode,
              2);
    const auto unknown =
        runCli({QStringLiteral("compare"), project, QStringLiteral("--outcome"), QStringLiteral("XYZ")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("XYZ")));
}

} // namespace
