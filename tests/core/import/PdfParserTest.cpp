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

} // namespace

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
    EXPECT_EQ(r.year, 2026);                                 // from CreationDate: the text names no year
    EXPECT_EQ(r.abstract,
              QStringLiteral("This invented abstract describes made-up stromal cells given to made-up "
                             "patients with an invented disease, written only to test the importer "
                             "of the project."));
    EXPECT_EQ(record.fullTextContent, bytes);
    EXPECT_EQ(record.fullTextMimeType, QStringLiteral("application/pdf"));
    EXPECT_TRUE(record.fullText.contains(QStringLiteral("Second page text with a reference")));
    EXPECT_EQ(record.rawText, record.fullText);
    EXPECT_EQ(record.recordNumber, 1);
    EXPECT_EQ(record.notFound, QStringList{QStringLiteral("journal")});
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
