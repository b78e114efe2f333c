// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/PdfParser.h"

#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>

using namespace stemma::core;
using namespace stemma::core::import;

namespace {

class CollectingSink : public ParseSink
{
public:
    bool record(ParsedRecord&& record) override
    {
        records.append(std::move(record));
        return accept;
    }
    void problem(const ImportProblem& problem) override { problems.append(problem); }

    QList<ParsedRecord> records;
    QList<ImportProblem> problems;
    bool accept = true;
};

QByteArray readTestFile(const QString& name)
{
    QFile file(stemma::test::testDataPath(QStringLiteral("import/") + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

Result<void> parseBytes(const QByteArray& bytes, CollectingSink& sink)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    PdfParser parser;
    return parser.parse(buffer, QStringLiteral("article.pdf"), sink);
}

/**
 * A one-page PDF showing \a lines in Helvetica, with a CreationDate in 2026 (when the file was
 * saved, years after any of the publications below).
 */
QByteArray onePagePdf(const QList<QByteArray>& lines)
{
    QByteArray content = "BT /F1 11 Tf 72 720 Td 14 TL\n";
    for (const QByteArray& line : lines)
        content += "(" + line + ") '\n";
    content += "ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        "<< /Title (A generated test article) /Author (Alice Example) /CreationDate (D:20260301120000Z) >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 6 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

std::optional<int> yearOf(const QList<QByteArray>& lines, QStringList* notFound = nullptr)
{
    CollectingSink sink;
    EXPECT_TRUE(parseBytes(onePagePdf(lines), sink));
    if (sink.records.size() != 1)
        return std::nullopt;
    EXPECT_EQ(sink.records[0].reference.title, QStringLiteral("A generated test article"));
    if (notFound)
        *notFound = sink.records[0].notFound;
    return sink.records[0].reference.year;
}

} // namespace

TEST(PdfParserTest, TakesTheYearFromThePrintedTextNeverFromTheFileDates)
{
    EXPECT_EQ(
        yearOf({"A generated test article", "Alice Example", "Received: 2 January 2019", "Published: 12 March 2019"}),
        2019);
    EXPECT_EQ(yearOf({"A generated test article", "Alice Example", "\251 2017 The Authors. Published by Nobody."}),
              2017)
        << "a copyright line";
    EXPECT_EQ(yearOf({"A generated test article",
                      "Alice Example",
                      "Invented Journal 2018;4(1):1-9. https://doi.org/10.5555/inv.2021.7"}),
              2018)
        << "the DOI's own digits are no year";
    EXPECT_EQ(yearOf({"A generated test article", "Alice Example", "doi: 10.5555/inv.2021.7 (2015)"}), 2015)
        << "the DOI line";
    EXPECT_EQ(yearOf({"A generated test article", "Alice Example", "Copyright 2016 Invented Press"}), 2016);

    QStringList notFound;
    EXPECT_EQ(yearOf({"A generated test article",
                      "Alice Example",
                      "doi: 10.5555/inv.2021.7",
                      "No date is printed anywhere on this page."},
                     &notFound),
              std::nullopt)
        << "CreationDate says 2026; that is when the file was saved";
    EXPECT_TRUE(notFound.contains(QStringLiteral("year")));
}

// article.pdf is article_pdf.ps run through ps2pdf: two pages, Title and Author metadata.
TEST(PdfParserTest, ReadsMetadataTextAndKeepsThePdf)
{
    const QByteArray bytes = readTestFile(QStringLiteral("article.pdf"));
    CollectingSink sink;
    ASSERT_TRUE(parseBytes(bytes, sink));
    ASSERT_EQ(sink.records.size(), 1);
    const ParsedRecord& record = sink.records.front();
    const Reference& r = record.reference;
    EXPECT_EQ(r.title, QStringLiteral("An invented PDF article on stromal cells"));
    ASSERT_EQ(r.authors.size(), 2);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("Example"), QStringLiteral("Alice"), {}}));
    EXPECT_EQ(r.authors[1], (Author{QStringLiteral("Sample"), QStringLiteral("Bob"), {}}));
    EXPECT_EQ(r.doi, QStringLiteral("10.5555/pdf.2020.42")); // the first DOI in the text, not the later one
    EXPECT_EQ(r.year, std::nullopt) << "the text names no year; the file's CreationDate is not a publication year";
    EXPECT_EQ(r.abstract,
              QStringLiteral("This invented abstract describes made-up stromal cells given to made-up "
                             "patients with an invented disease, written only to test the importer "
                             "of the project."));
    EXPECT_EQ(record.fullTextContent, bytes);
    EXPECT_EQ(record.fullTextMimeType, QStringLiteral("application/pdf"));
    EXPECT_TRUE(record.fullText.contains(QStringLiteral("Second page text with a reference")));
    EXPECT_EQ(record.rawText, record.fullText);
    EXPECT_EQ(record.recordNumber, 1);
    EXPECT_EQ(record.notFound, (QStringList{QStringLiteral("year"), QStringLiteral("journal")}));
    EXPECT_FALSE(record.isGreyLiterature);
}

TEST(PdfParserTest, RejectsEncryptedBrokenEmptyAndNonPdfFiles)
{
    CollectingSink sink;
    const auto encrypted = parseBytes(readTestFile(QStringLiteral("encrypted.pdf")), sink);
    ASSERT_FALSE(encrypted);
    EXPECT_EQ(encrypted.error().code, ErrorCode::Parse);
    EXPECT_TRUE(encrypted.error().message.contains(QStringLiteral("encrypted")));

    const auto broken = parseBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog", sink);
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("damaged")));

    const auto empty = parseBytes(QByteArray(), sink);
    ASSERT_FALSE(empty);
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("empty")));

    const auto notPdf = parseBytes("TY  - JOUR\nER  - \n", sink);
    ASSERT_FALSE(notPdf);
    EXPECT_TRUE(notPdf.error().message.contains(QStringLiteral("not a PDF")));
    EXPECT_TRUE(sink.records.isEmpty());
}

TEST(PdfParserTest, StopsWhenTheSinkCancels)
{
    CollectingSink sink;
    sink.accept = false;
    const auto result = parseBytes(readTestFile(QStringLiteral("article.pdf")), sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
}

TEST(PdfParserTest, ConfidenceLooksForThePdfHeader)
{
    PdfParser parser;
    EXPECT_EQ(parser.confidence("%PDF-1.7\n%\xE2\xE3\xCF\xD3", QStringLiteral("x.bin")), 95);
    EXPECT_EQ(parser.confidence("TY  - JOUR", QStringLiteral("x.pdf")), 0);
}
