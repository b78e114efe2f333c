// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/PubmedXmlParser.h"

#include "tests/core/import/RecordCollector.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QBuffer>

using stemma::core::Author;
using stemma::core::ErrorCode;
using stemma::core::PublicationType;
using stemma::core::import::ImportProblem;
using stemma::core::import::PubmedXmlParser;
using stemma::test::parseBytes;
using stemma::test::parseFile;
using stemma::test::RecordCollector;

namespace {

RecordCollector parsePath(const QString& path, bool expectSuccess = true)
{
    PubmedXmlParser parser;
    RecordCollector sink;
    const auto result = parseFile(parser, path, sink);
    EXPECT_EQ(result.hasValue(), expectSuccess) << (result ? "" : result.error().message.toStdString());
    return sink;
}

QString sample(const char* name)
{
    return stemma::test::testDataPath(QStringLiteral("import/") + QString::fromLatin1(name));
}

QString shared(const char* name)
{
    return stemma::test::sharedPath(QStringLiteral("realdata/pubmedxml/") + QString::fromLatin1(name));
}

} // namespace

TEST(PubmedXmlParserTest, ReadsEveryFieldOfAnArticle)
{
    const RecordCollector sink = parsePath(sample("pubmed_sample.xml"));
    ASSERT_EQ(sink.records.size(), 3u);
    EXPECT_TRUE(sink.problems.empty());
    const auto& record = sink.records[0];
    EXPECT_EQ(record.recordNumber, 1);
    EXPECT_EQ(record.line, 4);
    EXPECT_TRUE(record.rawText.startsWith(QStringLiteral("<PubmedArticle>")));
    EXPECT_TRUE(record.rawText.endsWith(QStringLiteral("</PubmedArticle>")));
    EXPECT_TRUE(record.rawText.contains(QStringLiteral("<PMID Version=\"1\">11111111</PMID>")));
    const auto& ref = record.reference;
    EXPECT_EQ(ref.type, PublicationType::JournalArticle); // Review and Case Reports stay journal articles
    EXPECT_EQ(ref.title, QStringLiteral("Stem cells for diffuse sclerosis: CD34+ selection and CO2 levels."));
    EXPECT_EQ(ref.abstract,
              QStringLiteral("BACKGROUND: Sample background with bold text.\n\nMETHODS: Sample methods & more."));
    ASSERT_EQ(ref.authors.size(), 3);
    EXPECT_EQ(ref.authors[0], (Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M"), {}}));
    EXPECT_EQ(ref.authors[1], (Author{QStringLiteral("Farge"), QStringLiteral("D"), {}})); // Initials stand in
    EXPECT_EQ(ref.authors[2], (Author{{}, {}, QStringLiteral("Sample Study Group")}));
    EXPECT_EQ(ref.journal, QStringLiteral("Journal of Made-up Rheumatology"));
    EXPECT_EQ(ref.volume, QStringLiteral("12"));
    EXPECT_EQ(ref.issue, QStringLiteral("3"));
    EXPECT_EQ(ref.year, 2011); // from MedlineDate "2011 Aug-Sep"
    EXPECT_EQ(ref.pages, QStringLiteral("123-9"));
    EXPECT_EQ(ref.doi, QStringLiteral("10.1000/made.up.1"));
    EXPECT_EQ(ref.pmid, QStringLiteral("11111111")); // not the CommentsCorrections or ReferenceList PMIDs
    EXPECT_EQ(ref.language, QStringLiteral("eng"));
    EXPECT_EQ(ref.keywords,
              (QStringList{QStringLiteral("HSCT"),
                           QStringLiteral("systemic sclerosis"),
                           QStringLiteral("Scleroderma, Diffuse"),
                           QStringLiteral("Hematopoietic Stem Cell Transplantation")}));
    EXPECT_TRUE(record.notFound.isEmpty());
}

TEST(PubmedXmlParserTest, FallsBackForJournalDoiAndFlattensMathMl)
{
    const RecordCollector sink = parsePath(sample("pubmed_sample.xml"));
    ASSERT_EQ(sink.records.size(), 3u);
    const auto& record = sink.records[1];
    EXPECT_EQ(record.recordNumber, 2);
    EXPECT_EQ(record.line, 60);
    const auto& ref = record.reference;
    EXPECT_EQ(ref.type, PublicationType::ConferencePaper); // PublicationType "Congress"
    EXPECT_EQ(ref.title, QString::fromUtf8("Effect size ηp2 in a congress abstract"));
    EXPECT_EQ(ref.journal, QStringLiteral("Abstr Congr Sample")); // ISOAbbreviation when Title is missing
    EXPECT_EQ(ref.doi, QStringLiteral("10.1000/made.up.2"));      // from ArticleIdList
    EXPECT_EQ(ref.pmid, QStringLiteral("44444444"));
    EXPECT_EQ(ref.year, 2020);
    EXPECT_EQ(ref.pages, QStringLiteral("e10"));
    EXPECT_EQ(ref.abstract, QStringLiteral("Unlabelled abstract text."));
    EXPECT_EQ(record.notFound, QStringList{QStringLiteral("authors")});
}

TEST(PubmedXmlParserTest, ReadsBookArticles)
{
    const RecordCollector sink = parsePath(sample("pubmed_sample.xml"));
    ASSERT_EQ(sink.records.size(), 3u);
    const auto& record = sink.records[2];
    EXPECT_EQ(record.line, 94);
    EXPECT_TRUE(record.rawText.startsWith(QStringLiteral("<PubmedBookArticle>")));
    const auto& ref = record.reference;
    EXPECT_EQ(ref.type, PublicationType::BookChapter);
    EXPECT_EQ(ref.title, QStringLiteral("Chapter on skin scores"));
    EXPECT_EQ(ref.journal, QStringLiteral("Sample Handbook of Fibrosis"));
    EXPECT_EQ(ref.authors, (QList<Author>{Author{QStringLiteral("Writer"), QStringLiteral("Will"), {}}}));
    EXPECT_EQ(ref.year, 2018);
    EXPECT_EQ(ref.pmid, QStringLiteral("55555555"));
    EXPECT_EQ(ref.abstract, QStringLiteral("SUMMARY: Chapter summary."));
}

TEST(PubmedXmlParserTest, KeepsArticlesBeforeMalformedXml)
{
    const RecordCollector sink = parsePath(sample("pubmed_broken.xml"));
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].reference.title, QStringLiteral("Intact first article."));
    EXPECT_EQ(sink.records[0].reference.pmid, QStringLiteral("10000001"));
    ASSERT_EQ(sink.problems.size(), 1u);
    const ImportProblem& problem = sink.problems[0];
    EXPECT_EQ(problem.severity, ImportProblem::Severity::Error);
    EXPECT_EQ(problem.line, 12);
    EXPECT_EQ(problem.record, 2);
    EXPECT_TRUE(problem.message.contains(QStringLiteral("malformed XML"))) << problem.message.toStdString();
    EXPECT_TRUE(problem.toString().contains(QStringLiteral("pubmed_broken.xml:12:")));
}

TEST(PubmedXmlParserTest, RefusesEntityExpansionBomb)
{
    const RecordCollector sink = parsePath(sample("pubmed_entity_bomb.xml"), false);
    EXPECT_TRUE(sink.records.empty());
    ASSERT_EQ(sink.problems.size(), 1u);
    EXPECT_TRUE(sink.problems[0].message.contains(QStringLiteral("entities")))
        << sink.problems[0].message.toStdString();

    PubmedXmlParser parser;
    RecordCollector again;
    QFile file(sample("pubmed_entity_bomb.xml"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto result = parser.parse(file, QStringLiteral("bomb.xml"), again);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Parse);
}

TEST(PubmedXmlParserTest, SkipsUndeclaredEntitiesWithoutExpandingThem)
{
    PubmedXmlParser parser;
    RecordCollector sink;
    const QByteArray xml = "<?xml version=\"1.0\"?>\n"
                           "<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle//EN\" \"pubmed.dtd\">\n"
                           "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>7</PMID><Article>"
                           "<ArticleTitle>Before &custom; after &amp; done</ArticleTitle></Article></MedlineCitation>"
                           "</PubmedArticle></PubmedArticleSet>\n";
    ASSERT_TRUE(parseBytes(parser, xml, sink));
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].reference.title, QStringLiteral("Before after & done"));
    ASSERT_EQ(sink.problems.size(), 1u);
    EXPECT_EQ(sink.problems[0].severity, ImportProblem::Severity::Warning);
}

TEST(PubmedXmlParserTest, RejectsEmptyBinaryAndForeignFiles)
{
    PubmedXmlParser parser;
    RecordCollector sink;
    const auto empty = parseBytes(parser, QByteArray(), sink);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::Parse);
    const auto binary = parseBytes(parser, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), sink);
    ASSERT_FALSE(binary);
    EXPECT_EQ(binary.error().code, ErrorCode::Parse);
    const auto foreign = parseBytes(parser, "<?xml version=\"1.0\"?><xml><records/></xml>", sink);
    ASSERT_FALSE(foreign);
    EXPECT_TRUE(sink.records.empty());
}

TEST(PubmedXmlParserTest, StopsWhenTheSinkCancels)
{
    PubmedXmlParser parser;
    RecordCollector sink;
    sink.cancelAfter = 1;
    const auto result = parseFile(parser, sample("pubmed_sample.xml"), sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(sink.records.size(), 1u);
}

TEST(PubmedXmlParserTest, ConfidenceComesFromContent)
{
    PubmedXmlParser parser;
    EXPECT_GE(parser.confidence("<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC>\n<PubmedArticleSet>",
                                QStringLiteral("export.txt")),
              90);
    EXPECT_EQ(parser.confidence("<?xml version=\"1.0\"?><xml><records><record>", QStringLiteral("a.xml")), 0);
    EXPECT_EQ(parser.confidence("@article{a, title={b}}", QStringLiteral("a.xml")), 0);
}

TEST(PubmedXmlParserTest, FlattensItalicsInRealTitle)
{
    STEMMA_REQUIRE_SHARED();
    const RecordCollector sink = parsePath(shared("jabref_MedlineImporterTestArticleItalics.xml"));
    ASSERT_EQ(sink.records.size(), 1u);
    const auto& ref = sink.records[0].reference;
    EXPECT_EQ(ref.title, QStringLiteral("Genome-wide significant risk factors on chromosome 19 and the APOE locus."));
    EXPECT_EQ(ref.pmid, QStringLiteral("29872490"));
    EXPECT_EQ(ref.doi, QStringLiteral("10.18632/oncotarget.25083"));
    EXPECT_EQ(ref.journal, QStringLiteral("Oncotarget"));
    EXPECT_EQ(ref.volume, QStringLiteral("9"));
    EXPECT_EQ(ref.issue, QStringLiteral("37"));
    EXPECT_EQ(ref.year, 2018);
    EXPECT_EQ(ref.pages, QStringLiteral("24590-24600"));
    EXPECT_EQ(ref.authors.size(), 24);
    EXPECT_EQ(ref.authors[1], (Author{QString::fromUtf8("Hernández"), QStringLiteral("Isabel"), {}}));
    EXPECT_TRUE(ref.abstract.contains(QStringLiteral("P = 1.60 x 10 -19).")));
    EXPECT_EQ(ref.keywords.size(), 6);
    EXPECT_EQ(ref.keywords.last(), QStringLiteral("linkage disequilibrium"));
    EXPECT_EQ(sink.records[0].line, 2);
}

TEST(PubmedXmlParserTest, FlattensRealMathMl)
{
    STEMMA_REQUIRE_SHARED();
    const RecordCollector sink = parsePath(shared("jabref_MedlineImporterTestMathML.xml"));
    ASSERT_EQ(sink.records.size(), 1u);
    const auto& ref = sink.records[0].reference;
    EXPECT_EQ(ref.title, QStringLiteral("CellML 2.0."));
    EXPECT_EQ(ref.doi, QStringLiteral("10.1515/jib-2020-0021"));
    EXPECT_EQ(ref.pmid, QStringLiteral("32759406"));
    EXPECT_EQ(ref.issue, QStringLiteral("2-3"));
    // Presentation MathML keeps its characters without the layout white space; empty content
    // elements such as <infinity/> carry no text.
    EXPECT_TRUE(ref.abstract.startsWith(QString::fromUtf8("Following are examples of MathML elements: ηp2 0 1 0")))
        << ref.abstract.toStdString();
    EXPECT_TRUE(ref.abstract.contains(QString::fromUtf8("y=x23")));
    EXPECT_FALSE(ref.abstract.contains(QStringLiteral("<")));
    EXPECT_TRUE(ref.abstract.contains(QString::fromUtf8("∑i=1nai")));
    EXPECT_EQ(ref.keywords.size(), 9); // 5 author keywords, then 4 MeSH headings
    EXPECT_EQ(ref.keywords.first(), QStringLiteral("computational physiology"));
}

TEST(PubmedXmlParserTest, ReadsRealStructuredAbstract)
{
    STEMMA_REQUIRE_SHARED();
    const RecordCollector sink = parsePath(shared("pubmed-29768149.xml"));
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_TRUE(sink.problems.empty());
    const auto& ref = sink.records[0].reference;
    EXPECT_EQ(ref.title, QStringLiteral("Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma."));
    const QStringList sections = ref.abstract.split(QStringLiteral("\n\n"));
    ASSERT_EQ(sections.size(), 4);
    EXPECT_TRUE(sections[0].startsWith(QString::fromUtf8("BACKGROUND: In patients with mild asthma, as-needed use of "
                                                         "an inhaled glucocorticoid plus a fast-acting β 2-agonist")))
        << sections[0].toStdString();
    EXPECT_TRUE(sections[1].startsWith(QStringLiteral("METHODS: ")));
    EXPECT_TRUE(sections[2].startsWith(QStringLiteral("RESULTS: ")));
    EXPECT_TRUE(sections[3].startsWith(QStringLiteral("CONCLUSIONS: ")));
    EXPECT_EQ(ref.pmid, QStringLiteral("29768149")); // not the CommentIn PMIDs
    EXPECT_EQ(ref.journal, QStringLiteral("The New England journal of medicine"));
    EXPECT_EQ(ref.pages, QStringLiteral("1865-1876"));
    EXPECT_EQ(ref.doi, QStringLiteral("10.1056/NEJMoa1715274"));
    EXPECT_EQ(ref.authors.size(), 10);
    EXPECT_EQ(ref.authors[0], (Author{QStringLiteral("O'Byrne"), QStringLiteral("Paul M"), {}}));
    EXPECT_EQ(ref.keywords.size(), 23); // MeSH descriptors only
    EXPECT_EQ(ref.keywords.first(), QStringLiteral("Administration, Inhalation"));
    EXPECT_EQ(sink.records[0].line, 4);
}

TEST(PubmedXmlParserTest, StreamsInsteadOfReadingTheWholeFile)
{
    QByteArray bytes = "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n";
    for (int i = 0; i < 4000; ++i)
        bytes += QStringLiteral("<PubmedArticle><MedlineCitation><PMID>%1</PMID><Article><ArticleTitle>Article %1"
                                "</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n")
                     .arg(i + 1)
                     .toUtf8();
    bytes += "</PubmedArticleSet>\n";
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    stemma::test::StreamingProbe probe(buffer);
    PubmedXmlParser parser;
    ASSERT_TRUE(parser.parse(buffer, QStringLiteral("big.xml"), probe));
    EXPECT_EQ(probe.records, 4000);
    EXPECT_EQ(probe.problems, 0);
    EXPECT_LT(probe.positionAtFirstRecord, bytes.size() / 2);
}
