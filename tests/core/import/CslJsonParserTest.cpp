// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// tests/data/import/zotero-export.json was written by hand, in the form Zotero 6's "CSL JSON"
// export takes (tab-indented array; PMID in "note" as Zotero's PubMed translator leaves it), from
// the CSL-JSON schema (citation-style-language/schema, csl-data.json): no public Zotero export of
// these trials was found. The bibliographic facts are those of the published articles.
#include "core/import/CslJsonParser.h"

#include "core/import/ParserRegistry.h"
#include "tests/core/import/RecordCollector.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace stemma::core;
using stemma::core::import::CslJsonParser;
using stemma::test::parseBytes;
using stemma::test::parseFile;
using stemma::test::RecordCollector;

namespace {

QString fixture()
{
    return stemma::test::testDataPath(QStringLiteral("import/zotero-export.json"));
}

TEST(CslJsonParserTest, ReadsAZoteroExport)
{
    CslJsonParser parser;
    RecordCollector sink;
    ASSERT_TRUE(parseFile(parser, fixture(), sink));
    ASSERT_EQ(sink.records.size(), 3u);

    const Reference& astis = sink.records[0].reference;
    EXPECT_EQ(astis.type, PublicationType::JournalArticle);
    EXPECT_TRUE(astis.title.startsWith(QStringLiteral("Autologous hematopoietic stem cell transplantation vs")));
    ASSERT_EQ(astis.authors.size(), 4);
    EXPECT_EQ(astis.authors[0], (Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M."), {}}));
    EXPECT_EQ(astis.authors[3].collective, QStringLiteral("EBMT/EULAR Scleroderma Study Group"));
    EXPECT_EQ(astis.year, 2014); // "date-parts" with the year as a string, as Zotero writes it
    EXPECT_EQ(astis.journal, QStringLiteral("JAMA"));
    EXPECT_EQ(astis.volume, QStringLiteral("311"));
    EXPECT_EQ(astis.issue, QStringLiteral("24"));
    EXPECT_EQ(astis.pages, QStringLiteral("2490-2498"));
    EXPECT_EQ(astis.doi, QStringLiteral("10.1001/jama.2014.6368"));
    EXPECT_EQ(astis.pmid, QStringLiteral("24938034")); // from "note": "PMID: …"
    EXPECT_EQ(astis.language, QStringLiteral("eng"));
    EXPECT_EQ(astis.keywords,
              (QStringList{QStringLiteral("Cyclophosphamide"),
                           QStringLiteral("Systemic sclerosis"),
                           QStringLiteral("Transplantation"),
                           QStringLiteral("Autologous")}));
    EXPECT_TRUE(astis.abstract.contains(QStringLiteral("\n\nA second paragraph.")));

    const Reference& scot = sink.records[1].reference;
    EXPECT_EQ(scot.pmid, QStringLiteral("29298160"));
    EXPECT_EQ(scot.year, 2018);
    EXPECT_EQ(scot.publicationTypes, QStringList{QStringLiteral("Randomized Controlled Trial")});

    const import::ParsedRecord& chapter = sink.records[2];
    EXPECT_EQ(chapter.reference.type, PublicationType::BookChapter);
    EXPECT_EQ(chapter.reference.authors[0].family, QStringLiteral("Müller"));
    EXPECT_TRUE(chapter.notFound.contains(QStringLiteral("year")));

    // The fourth array element is a string, not an item: reported with its position and skipped.
    ASSERT_EQ(sink.problems.size(), 1u);
    EXPECT_EQ(sink.problems[0].record, 4);
    EXPECT_TRUE(sink.problems[0].message.contains(QStringLiteral("not a JSON object")));
}

TEST(CslJsonParserTest, IsRecognisedFromContent)
{
    QFile file(fixture());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(4096);
    import::ParserRegistry registry;
    auto* parser = registry.detect(head, QStringLiteral("library.txt"));
    ASSERT_NE(parser, nullptr);
    EXPECT_EQ(parser->format(), QStringLiteral("csl-json"));
    // JSON that is not CSL (a codebook) is not taken for references.
    EXPECT_EQ(CslJsonParser().confidence(R"({"tags": [{"name": "MSC"}]})", QStringLiteral("codebook.json")), 0);
}

TEST(CslJsonParserTest, ReportsBrokenJsonWithItsLine)
{
    CslJsonParser parser;
    RecordCollector sink;
    const auto result = parseBytes(parser, "[\n {\"type\": \"book\",\n  \"title\": \"x\"\n  \"author\": []}\n]", sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Parse);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("memory:4: not valid JSON")))
        << result.error().message.toStdString();
}

} // namespace
