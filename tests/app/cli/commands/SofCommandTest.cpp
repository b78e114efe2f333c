// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/SofCommand.h"

#include "tests/app/cli/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using stemma::test::pdfText;
using stemma::test::runCli;
using stemma::test::zipMember;

namespace {

class SofCommandTest : public ::testing::Test
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
        const QString path = dir.filePath(QStringLiteral("sof.") + format);
        const auto run = runCli({QStringLiteral("sof"),
                                 project,
                                 QStringLiteral("--outcome"),
                                 outcome,
                                 QStringLiteral("--format"),
                                 format,
                                 QStringLiteral("-o"),
                                 path});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return path;
    }

    static QString text(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    }

    QTemporaryDir dir;
    QString project;
};

TEST_F(SofCommandTest, JsonHasMscAndHsctWithCertaintyAndEveryDomain)
{
    const auto run = runCli({QStringLiteral("sof"),
                             project,
                             QStringLiteral("--outcome"),
                             QStringLiteral("mRSS"),
                             QStringLiteral("--format"),
                             QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject sof = run.json().object();
    const QJsonArray rows = sof.value(QStringLiteral("rows")).toArray();
    ASSERT_GE(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("msc"));
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("key")).toString(), QStringLiteral("hsct"));
    for (const QJsonValue& row : rows) {
        const QJsonObject r = row.toObject();
        EXPECT_EQ(r.value(QStringLiteral("domains")).toArray().size(), 8);
        EXPECT_TRUE(r.value(QStringLiteral("symbols")).toString().startsWith(QChar(0x2295)));
    }
    // Every domain that moved a level is explained in a footnote.
    EXPECT_FALSE(sof.value(QStringLiteral("footnotes")).toArray().isEmpty());
}

TEST_F(SofCommandTest, TextFormatsCarryTheTableAndFootnotes)
{
    const QString md = text(exportTo(QStringLiteral("md")));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Summary of findings: mRSS")));
    EXPECT_TRUE(md.contains(QStringLiteral("| Outcome | Comparison | № of participants (studies) |")));
    EXPECT_TRUE(md.contains(QStringLiteral("## Footnotes")));
    const QString csv = text(exportTo(QStringLiteral("csv")));
    EXPECT_TRUE(csv.startsWith(QStringLiteral("Outcome,Comparison,")));
    const QString html = text(exportTo(QStringLiteral("html")));
    EXPECT_TRUE(html.contains(QStringLiteral("<td>MSC</td>")));
    const QString tex = text(exportTo(QStringLiteral("tex")));
    EXPECT_TRUE(tex.contains(QStringLiteral("\\toprule")));
}

TEST_F(SofCommandTest, XlsxOdtAndPdfOpenInTheirReaders)
{
    const QString xlsx = exportTo(QStringLiteral("xlsx"));
    const auto book = zipMember(xlsx, QStringLiteral("xl/workbook.xml"));
    if (!book)
        GTEST_SKIP() << "python3 is absent: cannot open the workbook";
    EXPECT_TRUE(book->contains(QStringLiteral("name=\"Summary of findings\"")));
    EXPECT_TRUE(book->contains(QStringLiteral("name=\"Footnotes\"")));
    EXPECT_TRUE(zipMember(xlsx, QStringLiteral("xl/sharedStrings.xml"))->contains(QStringLiteral("HSCT")));

    const auto content = zipMember(exportTo(QStringLiteral("odt")), QStringLiteral("content.xml"));
    ASSERT_TRUE(content);
    EXPECT_TRUE(content->contains(QStringLiteral("table:table")));
    EXPECT_TRUE(content->contains(QStringLiteral("Certainty of the evidence")));

    const auto pdf = pdfText(exportTo(QStringLiteral("pdf"), QStringLiteral("DEATH")));
    if (!pdf)
        GTEST_SKIP() << "pdftotext is absent";
    // pdftotext gives the "fi" ligature as one character, so the words around it are checked.
    EXPECT_TRUE(pdf->contains(QStringLiteral("All-cause mortality"))) << pdf->toStdString();
    EXPECT_TRUE(pdf->contains(QStringLiteral("HSCT")));
}

TEST_F(SofCommandTest, RejectsBadUsage)
{
    EXPECT_EQ(runCli({QStringLiteral("sof"), project}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("sof"),
                      project,
                      QStringLiteral("--outcome"),
                      QStringLiteral("mRSS"),
                      QStringLiteral("--format"),
                      QStringLiteral("pdf")})
                  .exitCode,
              2);
    const auto unknown = runCli({QStringLiteral("sof"), project, QStringLiteral("--outcome"), QStringLiteral("XYZ")});
    EXPECT_EQ(unknown.exitCode, 1);
}

} // namespace
