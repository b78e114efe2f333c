// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/CsvReader.h"

#include <gtest/gtest.h>

#include <QBuffer>

using stemma::core::import::CsvReader;
using stemma::core::import::CsvRow;

namespace {

/** Reads every row of \a bytes. */
QList<CsvRow> readAll(const QByteArray& bytes, QChar delimiter = QChar())
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, delimiter);
    QList<CsvRow> rows;
    CsvRow row;
    while (reader.readRow(row))
        rows.append(row);
    return rows;
}

} // namespace

TEST(CsvReaderTest, ReadsQuotedFieldsWithCommasQuotesAndNewlines)
{
    const QList<CsvRow> rows = readAll("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n");
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1].fields,
              (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
    EXPECT_EQ(rows[1].line, 2);
    EXPECT_EQ(rows[1].rawText, QStringLiteral("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\""));
    EXPECT_EQ(rows[2].line, 4);
    EXPECT_EQ(rows[2].fields, (QStringList{QStringLiteral("last"), QString(), QString()}));
}

TEST(CsvReaderTest, DropsBomAndHandlesCrlfAndCrOnly)
{
    const QList<CsvRow> crlf = readAll("\xEF\xBB\xBFh1,h2\r\n1,2\r\n3,4");
    ASSERT_EQ(crlf.size(), 3);
    EXPECT_EQ(crlf[0].fields.front(), QStringLiteral("h1"));
    EXPECT_EQ(crlf[2].fields, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    EXPECT_EQ(crlf[2].line, 3);

    const QList<CsvRow> cr = readAll("h1\th2\r1\t2\t\r\"a\rb\"\tc\r");
    ASSERT_EQ(cr.size(), 3);
    EXPECT_EQ(cr[1].fields.size(), 3);
    EXPECT_EQ(cr[2].fields.front(), QStringLiteral("a\nb"));
    EXPECT_EQ(cr[2].line, 3);
}

TEST(CsvReaderTest, DetectsTheDelimiterFromTheHeader)
{
    QByteArray tab("PT\tAU\tTI\nJ\tSmith, A\tA title, with a comma\n");
    QBuffer buffer(&tab);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    EXPECT_EQ(reader.delimiter(), QLatin1Char('\t'));
    CsvRow row;
    ASSERT_TRUE(reader.readRow(row));
    ASSERT_TRUE(reader.readRow(row));
    EXPECT_EQ(row.fields,
              (QStringList{QStringLiteral("J"), QStringLiteral("Smith, A"), QStringLiteral("A title, with a comma")}));

    EXPECT_EQ(readAll("title;year\nx;2001\n")[1].fields.size(), 2);
}

TEST(CsvReaderTest, ReadsRowsSpanningManyChunks)
{
    // Fields longer than the read chunk, and a CRLF exactly at chunk edges, must come out whole.
    QByteArray data("title,abstract\r\n");
    const QByteArray longText(200 * 1024, 'x');
    for (int i = 0; i < 5; ++i)
        data += "t" + QByteArray::number(i) + ",\"" + longText + "\"\"q\"\"\"\r\n";
    const QList<CsvRow> rows = readAll(data);
    ASSERT_EQ(rows.size(), 6);
    for (int i = 1; i < 6; ++i) {
        EXPECT_EQ(rows[i].line, i + 1);
        EXPECT_EQ(rows[i].fields[1].size(), longText.size() + 3);
        EXPECT_TRUE(rows[i].fields[1].endsWith(QStringLiteral("\"q\"")));
    }
}

TEST(CsvReaderTest, ReportsAnUnterminatedQuote)
{
    const QList<CsvRow> rows = readAll("a,b\n\"never closed,1\n2,3\n");
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows[1].unterminatedQuote);
    EXPECT_EQ(rows[1].line, 2);
}

TEST(CsvReaderTest, KeepsAStrayQuoteInsideAField)
{
    const QList<CsvRow> rows = readAll("a,b\n5\" disk,\"x\"y\n");
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1].fields, (QStringList{QStringLiteral("5\" disk"), QStringLiteral("xy")}));
}

TEST(CsvReaderTest, ReturnsNothingForAnEmptyDevice)
{
    EXPECT_TRUE(readAll(QByteArray()).isEmpty());
}
