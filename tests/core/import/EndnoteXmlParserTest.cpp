// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/EndnoteXmlParser.h"

#include "tests/core/import/RecordCollector.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

using stemma::core::Author;
using stemma::core::ErrorCode;
using stemma::core::PublicationType;
using stemma::core::import::EndnoteXmlParser;
using stemma::core::import::ImportProblem;
using stemma::test::parseBytes;
using stemma::test::parseFile;
using stemma::test::RecordCollector;

namespace {

RecordCollector parsePath(const QString& path)
{
    EndnoteXmlParser parser;
    RecordCollector sink;
    const auto result = parseFile(parser, path, sink);
    EXPECT_TRUE(result.hasValue()) << (result ? "" : result.error().message.toStdString());
    return sink;
}

QString sample(const char* name)
{
    return stemma::test::testDataPath(QStringLiteral("import/") + QString::fromLatin1(name));
}

QString shared(const char* name)
{
    return stemma::test::sharedPath(QStringLiteral("realdata/endnotexml/") + QString::fromLatin1(name));
}

} // namespace

TEST(EndnoteXmlParserTest, ReadsEveryFieldOfARecord)
{
    const RecordCollector sink = parsePath(sample("endnote_sample.xml"));
    ASSERT_EQ(sink.records.size(), 3u);
    EXPECT_TRUE(sink.problems.empty());
    const auto& record = sink.records[0];
    EXPECT_EQ(record.recordNumber, 1);
    EXPECT_EQ(record.line, 1);
    EXPECT_TRUE(record.rawText.startsWith(QStringLiteral("<record><database")));
    EXPECT_TRUE(record.rawText.endsWith(QStringLiteral("</record>")));
    const auto& ref = record.reference;
    EXPECT_EQ(ref.type, PublicationType::JournalArticle);
    EXPECT_EQ(ref.title, QStringLiteral("Stem cells in diffuse sclerosis")); // three <style> runs joined
    ASSERT_EQ(ref.authors.size(), 3);
    EXPECT_EQ(ref.authors[0], (Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M."), {}}));
    EXPECT_EQ(ref.authors[1], (Author{QStringLiteral("Farge"), QStringLiteral("D."), {}})); // split across styles
    EXPECT_EQ(ref.authors[2], (Author{{}, {}, QStringLiteral("Sample Study Group")}));
    EXPECT_EQ(ref.journal, QStringLiteral("Sample Journal")); // secondary-title before periodical
    EXPECT_EQ(ref.pages, QStringLiteral("2490-8"));
    EXPECT_EQ(ref.volume, QStringLiteral("311"));
    EXPECT_EQ(ref.issue, QStringLiteral("24"));
    EXPECT_EQ(ref.year, 2014);
    EXPECT_EQ(ref.pmid, QStringLiteral("24958149"));
    EXPECT_EQ(ref.doi, QStringLiteral("10.1001/jama.2014.6368"));
    EXPECT_EQ(ref.abstract, QStringLiteral("IMPORTANCE: First part.\n\nOBJECTIVE: Second & last."));
    EXPECT_EQ(ref.keywords,
              (QStringList{QStringLiteral("stem cells"), QStringLiteral("scleroderma"), QStringLiteral("HSCT")}));
    EXPECT_EQ(ref.url, QStringLiteral("https://example.org/one"));
    EXPECT_EQ(ref.language, QStringLiteral("eng"));
    EXPECT_TRUE(record.notFound.isEmpty());
}

TEST(EndnoteXmlParserTest, ReadsUnstyledTextAndTypeNumbers)
{
    const RecordCollector sink = parsePath(sample("endnote_sample.xml"));
    ASSERT_EQ(sink.records.size(), 3u);
    const auto& chapter = sink.records[1].reference;
    EXPECT_EQ(chapter.type, PublicationType::BookChapter);
    EXPECT_EQ(chapter.title, QStringLiteral("Chapter without styles"));
    EXPECT_EQ(chapter.journal, QStringLiteral("Edited Book"));
    EXPECT_EQ(chapter.authors, (QList<Author>{Author{QStringLiteral("Plain"), QStringLiteral("Author"), {}}}));
    EXPECT_EQ(chapter.year, 2009);       // from pub-dates when there is no year
    EXPECT_TRUE(chapter.pmid.isEmpty()); // a Web of Science accession number is not a PMID
    EXPECT_EQ(sink.records[1].recordNumber, 2);

    const auto& thesis = sink.records[2].reference;
    EXPECT_EQ(thesis.type, PublicationType::Thesis); // ref-type 32 without a name
    EXPECT_EQ(thesis.journal, QStringLiteral("Only Full Title"));
    EXPECT_EQ(sink.records[2].notFound, (QStringList{QStringLiteral("authors"), QStringLiteral("year")}));
}

TEST(EndnoteXmlParserTest, KeepsRecordsBeforeMalformedXml)
{
    const RecordCollector sink = parsePath(sample("endnote_broken.xml"));
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].reference.title, QStringLiteral("Intact record"));
    EXPECT_EQ(sink.records[0].line, 4);
    ASSERT_EQ(sink.problems.size(), 1u);
    const ImportProblem& problem = sink.problems[0];
    EXPECT_EQ(problem.severity, ImportProblem::Severity::Error);
    EXPECT_EQ(problem.line, 10);
    EXPECT_EQ(problem.record, 2);
    EXPECT_TRUE(problem.message.contains(QStringLiteral("malformed XML"))) << problem.message.toStdString();
}

TEST(EndnoteXmlParserTest, RejectsEmptyBinaryAndForeignFiles)
{
    EndnoteXmlParser parser;
    RecordCollector sink;
    const auto empty = parseBytes(parser, QByteArray(), sink);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::Parse);
    const auto binary = parseBytes(parser, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), sink);
    ASSERT_FALSE(binary);
    EXPECT_EQ(binary.error().code, ErrorCode::Parse);
    const auto foreign = parseBytes(parser, "<?xml version=\"1.0\"?><PubmedArticleSet/>", sink);
    ASSERT_FALSE(foreign);
    const auto bomb = parseBytes(parser,
                                 "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                                 "<xml><records><record><titles><title>&b;</title></titles></record></records></xml>",
                                 sink);
    ASSERT_FALSE(bomb);
    EXPECT_TRUE(sink.records.empty());
}

TEST(EndnoteXmlParserTest, StopsWhenTheSinkCancels)
{
    EndnoteXmlParser parser;
    RecordCollector sink;
    sink.cancelAfter = 1;
    const auto result = parseFile(parser, sample("endnote_sample.xml"), sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(sink.records.size(), 1u);
}

TEST(EndnoteXmlParserTest, ConfidenceComesFromContent)
{
    EndnoteXmlParser parser;
    EXPECT_GE(parser.confidence("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<xml>\n    <records>\n        <record>",
                                QStringLiteral("export.txt")),
              90);
    EXPECT_EQ(parser.confidence("<?xml version=\"1.0\"?>\n<PubmedArticleSet>", QStringLiteral("a.xml")), 0);
    EXPECT_EQ(parser.confidence("TY  - JOUR\n", QStringLiteral("a.xml")), 0);
}

TEST(EndnoteXmlParserTest, ReadsRealExportWithWrappedStyles)
{
    STEMMA_REQUIRE_SHARED();
    const RecordCollector sink = parsePath(shared("jabref_EndnoteXmlImporterTestArticle2.xml"));
    ASSERT_EQ(sink.records.size(), 2u);
    EXPECT_TRUE(sink.problems.empty());
    const auto& first = sink.records[0];
    EXPECT_EQ(first.line, 4);
    EXPECT_EQ(first.reference.type, PublicationType::JournalArticle);
    // The title's <style> text is itself wrapped over two lines in this file.
    EXPECT_EQ(first.reference.title,
              QStringLiteral("An ecological basis for reforestation of submariginal lands in "
                             "the Central Hardwood Region"));
    EXPECT_EQ(first.reference.authors, (QList<Author>{Author{QStringLiteral("Chapman"), QStringLiteral("A. G."), {}}}));
    EXPECT_EQ(first.reference.journal, QStringLiteral("Ecology"));
    EXPECT_EQ(first.reference.pages, QStringLiteral("93-105"));
    EXPECT_EQ(first.reference.volume, QStringLiteral("18"));
    EXPECT_EQ(first.reference.issue, QStringLiteral("1"));
    EXPECT_EQ(first.reference.year, 1937);
    EXPECT_EQ(first.reference.url, QStringLiteral("<Go to ISI>://000200148800007"));
    EXPECT_EQ(first.reference.language, QStringLiteral("English"));
    EXPECT_TRUE(first.reference.pmid.isEmpty()); // accession number is ISI:…
    const auto& second = sink.records[1];
    EXPECT_EQ(second.line, 93);
    EXPECT_EQ(second.recordNumber, 2);
    EXPECT_EQ(second.reference.type, PublicationType::Book);
    EXPECT_EQ(second.reference.title, QStringLiteral("A survey of soil temperatures in the Chicago area"));
}

TEST(EndnoteXmlParserTest, JoinsSeveralStyleRunsOfOneTitle)
{
    STEMMA_REQUIRE_SHARED();
    const RecordCollector sink = parsePath(shared("jabref_EndnoteXmlImporterTestLabelAndMultiTitle.xml"));
    ASSERT_EQ(sink.records.size(), 3u);
    const auto& ref = sink.records[2].reference;
    EXPECT_EQ(ref.title,
              QStringLiteral("A demographic study of the south polar skua Catharacta maccormicki at Cape Crozier"));
    ASSERT_EQ(ref.authors.size(), 3);
    EXPECT_EQ(ref.authors[0], (Author{QStringLiteral("Ainley"), QStringLiteral("D.G."), {}}));
    EXPECT_EQ(ref.authors[2], (Author{QStringLiteral("Wodd"), QStringLiteral("R.C."), {}}));
    EXPECT_EQ(ref.journal, QStringLiteral("Journal of Animal Ecology"));
    EXPECT_EQ(ref.year, 1990);
    EXPECT_EQ(ref.volume, QStringLiteral("59"));
    EXPECT_EQ(sink.records[2].line, 174);
}
