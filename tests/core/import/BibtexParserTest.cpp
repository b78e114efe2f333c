// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/BibtexParser.h"

#include "tests/core/import/RecordCollector.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QBuffer>

using stemma::core::Author;
using stemma::core::ErrorCode;
using stemma::core::PublicationType;
using stemma::core::import::BibtexParser;
using stemma::core::import::ImportProblem;
using stemma::test::parseBytes;
using stemma::test::parseFile;
using stemma::test::RecordCollector;

namespace {

RecordCollector parseSample(const QString& name)
{
    BibtexParser parser;
    RecordCollector sink;
    const auto result = parseFile(parser, stemma::test::testDataPath(QStringLiteral("import/") + name), sink);
    EXPECT_TRUE(result.hasValue()) << (result ? "" : result.error().message.toStdString());
    return sink;
}

RecordCollector parseShared(const QString& name)
{
    BibtexParser parser;
    RecordCollector sink;
    const auto result = parseFile(parser, stemma::test::sharedPath(QStringLiteral("realdata/bibtex/") + name), sink);
    EXPECT_TRUE(result.hasValue()) << (result ? "" : result.error().message.toStdString());
    return sink;
}

Author person(const char* family, const char* given)
{
    return Author{QString::fromUtf8(family), QString::fromUtf8(given), {}};
}

} // namespace

TEST(BibtexParserTest, ReadsEveryFieldOfAnArticle)
{
    const RecordCollector sink = parseSample(QStringLiteral("sample.bib"));
    ASSERT_EQ(sink.records.size(), 8u);
    EXPECT_EQ(sink.errorCount(), 0);
    const auto& record = sink.records[0];
    EXPECT_EQ(record.recordNumber, 1);
    EXPECT_EQ(record.line, 9);
    EXPECT_TRUE(record.rawText.startsWith(QStringLiteral("@article{vanLaar2014,")));
    EXPECT_TRUE(record.rawText.endsWith(QStringLiteral("}")));
    const auto& ref = record.reference;
    EXPECT_EQ(ref.type, PublicationType::JournalArticle);
    EXPECT_EQ(ref.title,
              QStringLiteral("Autologous Haematopoietic Stem Cell Transplantation vs Intravenous Pulse "
                             "Cyclophosphamide in Diffuse Cutaneous Systemic Sclerosis"));
    ASSERT_EQ(ref.authors.size(), 3); // "and others" is dropped
    EXPECT_EQ(ref.authors[0], person("van Laar", "Jacob M."));
    EXPECT_EQ(ref.authors[1], person("Farge", "Dominique"));
    EXPECT_EQ(ref.authors[2], person("Sont", "Jacob K."));
    EXPECT_EQ(ref.journal, QStringLiteral("Bone Marrow Transplant Reports")); // @string macro # "text"
    EXPECT_EQ(ref.year, 2014);
    EXPECT_EQ(ref.volume, QStringLiteral("311"));
    EXPECT_EQ(ref.issue, QStringLiteral("24"));
    EXPECT_EQ(ref.pages, QString::fromUtf8("2490–2498"));
    EXPECT_EQ(ref.doi, QStringLiteral("10.1001/jama.2014.6368"));
    EXPECT_EQ(ref.pmid, QStringLiteral("24958149"));
    EXPECT_EQ(ref.keywords,
              (QStringList{QStringLiteral("stem cells"),
                           QStringLiteral("scleroderma, diffuse"),
                           QStringLiteral("transplantation")}));
    EXPECT_EQ(ref.abstract,
              QString::fromUtf8("First paragraph about HSCT in β-cell and 5% of cases.\n\nSecond paragraph & more."));
    EXPECT_EQ(ref.url, QStringLiteral("https://example.org/a_b"));
    EXPECT_EQ(ref.language, QStringLiteral("English"));
    EXPECT_TRUE(record.notFound.isEmpty());
}

TEST(BibtexParserTest, DecodesAccentedAndCollectiveAuthors)
{
    const RecordCollector sink = parseSample(QStringLiteral("sample.bib"));
    ASSERT_GE(sink.records.size(), 2u);
    const auto& ref = sink.records[1].reference;
    EXPECT_EQ(ref.type, PublicationType::ConferencePaper);
    EXPECT_EQ(ref.title, QString::fromUtf8("Stem cells in Österreich and España – a review"));
    ASSERT_EQ(ref.authors.size(), 4);
    EXPECT_EQ(ref.authors[0], person("Müller", "Jörg"));
    EXPECT_EQ(ref.authors[1], person("Dupont", "François"));
    EXPECT_EQ(ref.authors[2], person("Kovač", "Šimon"));
    EXPECT_EQ(ref.authors[3], (Author{{}, {}, QStringLiteral("World Health Organization")}));
    EXPECT_EQ(ref.journal, QStringLiteral("Systemic Sclerosis Congress")); // booktitle, @string(...) form
    EXPECT_EQ(ref.pages, QString::fromUtf8("12—15"));
    EXPECT_EQ(ref.keywords,
              (QStringList{QStringLiteral("mesenchymal"), QStringLiteral("stromal"), QStringLiteral("cells")}));
    EXPECT_EQ(sink.records[1].recordNumber, 2);
    EXPECT_EQ(sink.records[1].line, 28);
}

TEST(BibtexParserTest, MapsEntryTypesAndNameForms)
{
    const RecordCollector sink = parseSample(QStringLiteral("sample.bib"));
    ASSERT_EQ(sink.records.size(), 8u);
    const auto& book = sink.records[2].reference;
    EXPECT_EQ(book.type, PublicationType::Book);
    EXPECT_EQ(book.title, QStringLiteral("A Book with (parentheses) in it"));
    EXPECT_EQ(book.authors, (QList<Author>{person("Editor", "Anna"), person("Editor", "Bob")})); // editors stand in
    EXPECT_EQ(book.year, 2001);

    const auto& misc = sink.records[3].reference;
    EXPECT_EQ(misc.type, PublicationType::Other);
    EXPECT_EQ(misc.authors, (QList<Author>{person("Single", "")}));
    EXPECT_EQ(sink.records[3].notFound, QStringList{QStringLiteral("year")});

    const auto& thesis = sink.records[4].reference;
    EXPECT_EQ(thesis.type, PublicationType::Thesis);
    EXPECT_EQ(thesis.authors, (QList<Author>{person("De Win", "Bart")}));

    const auto& report = sink.records[5].reference;
    EXPECT_EQ(report.type, PublicationType::Report);
    EXPECT_EQ(report.authors, (QList<Author>{person("van Beethoven", "Ludwig"), person("de la Cruz", "José")}));

    const auto& chapter = sink.records[6].reference;
    EXPECT_EQ(chapter.type, PublicationType::BookChapter);
    EXPECT_EQ(chapter.journal, QStringLiteral("Collected Works"));
    EXPECT_EQ(chapter.authors, (QList<Author>{person("Smith", "John"), person("Doe", "Jane")}));

    const auto& proceedings = sink.records[7].reference;
    EXPECT_EQ(proceedings.type, PublicationType::Book);
    EXPECT_EQ(sink.records[7].notFound, QStringList{QStringLiteral("authors")});
    EXPECT_EQ(sink.records[7].recordNumber, 8);
}

TEST(BibtexParserTest, ReportsBrokenEntriesAndResyncs)
{
    const RecordCollector sink = parseSample(QStringLiteral("broken.bib"));
    ASSERT_EQ(sink.records.size(), 3u);
    EXPECT_EQ(sink.records[0].reference.title, QStringLiteral("First good entry"));
    EXPECT_EQ(sink.records[0].recordNumber, 1);
    EXPECT_EQ(sink.records[1].reference.title, QStringLiteral("Second good entry"));
    EXPECT_EQ(sink.records[1].recordNumber, 4);
    EXPECT_EQ(sink.records[1].line, 18);
    EXPECT_EQ(sink.records[2].reference.title, QStringLiteral("Third good entry"));
    EXPECT_EQ(sink.records[2].recordNumber, 6);
    EXPECT_EQ(sink.records[2].line, 30);

    ASSERT_EQ(sink.problems.size(), 4u);
    const ImportProblem& unclosed = sink.problems[0];
    EXPECT_EQ(unclosed.severity, ImportProblem::Severity::Error);
    EXPECT_EQ(unclosed.line, 7);
    EXPECT_EQ(unclosed.record, 2);
    EXPECT_TRUE(unclosed.message.contains(QStringLiteral("not closed"))) << unclosed.message.toStdString();
    EXPECT_TRUE(unclosed.message.contains(QStringLiteral("Unclosed")));

    const ImportProblem& noKey = sink.problems[1];
    EXPECT_EQ(noKey.line, 13); // the line where a field stands in for the key
    EXPECT_EQ(noKey.record, 3);
    EXPECT_TRUE(noKey.message.contains(QStringLiteral("no citation key"))) << noKey.message.toStdString();

    const ImportProblem& macro = sink.problems[2];
    EXPECT_EQ(macro.severity, ImportProblem::Severity::Warning);
    EXPECT_EQ(macro.record, 4);
    EXPECT_TRUE(macro.message.contains(QStringLiteral("undefinedmacro")));

    const ImportProblem& badField = sink.problems[3];
    EXPECT_EQ(badField.severity, ImportProblem::Severity::Error);
    EXPECT_EQ(badField.line, 27);
    EXPECT_EQ(badField.record, 5);
    EXPECT_TRUE(badField.message.contains(QStringLiteral("expected '='"))) << badField.message.toStdString();
}

TEST(BibtexParserTest, ReportsAnEntryLeftOpenAtTheEnd)
{
    BibtexParser parser;
    RecordCollector sink;
    ASSERT_TRUE(parseBytes(parser, "@article{a, title={One}}\n\n@article{b,\n title = {never closed}\n", sink));
    ASSERT_EQ(sink.records.size(), 1u);
    ASSERT_EQ(sink.problems.size(), 1u);
    EXPECT_EQ(sink.problems[0].line, 3);
    EXPECT_EQ(sink.problems[0].record, 2);
}

TEST(BibtexParserTest, ReadsAnEscapedAccentInsideAQuotedValue)
{
    // Held-out export: the umlaut written bare inside quotes; bibutils' bib2xml reads "Müller".
    BibtexParser parser;
    RecordCollector sink;
    ASSERT_TRUE(parseBytes(parser,
                           "@article{c2019,\n Author = \"Christopeit, M. and M\\\"{u}ller, L. P.\",\n"
                           " Title = \"Stem cells in M\\\"unster\",\n Year = 2019\n}\n",
                           sink));
    ASSERT_EQ(sink.records.size(), 1u) << (sink.problems.empty() ? "" : sink.problems[0].message.toStdString());
    const auto& authors = sink.records[0].reference.authors;
    ASSERT_EQ(authors.size(), 2);
    EXPECT_EQ(authors[1].family, QStringLiteral("Müller"));
    EXPECT_EQ(authors[1].given, QStringLiteral("L. P."));
    EXPECT_EQ(sink.records[0].reference.title, QStringLiteral("Stem cells in Münster"));
    EXPECT_TRUE(sink.problems.empty());
}

TEST(BibtexParserTest, KeepsRejectingAQuoteThatIsNeverClosed)
{
    BibtexParser parser;
    RecordCollector sink;
    ASSERT_TRUE(parseBytes(parser,
                           "@article{a,\n title = \"Never closed M\\\"{u}ller,\n year = 2019\n}\n"
                           "@article{b, title={Fine}}\n",
                           sink));
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].reference.title, QStringLiteral("Fine"));
    ASSERT_FALSE(sink.problems.empty());
    EXPECT_EQ(sink.problems[0].record, 1);
}

TEST(BibtexParserTest, RejectsEmptyAndBinaryFiles)
{
    BibtexParser parser;
    RecordCollector sink;
    const auto empty = parseBytes(parser, QByteArray(), sink);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::Parse);

    const auto binary = parseBytes(parser, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR@article{", 24), sink);
    ASSERT_FALSE(binary);
    EXPECT_EQ(binary.error().code, ErrorCode::Parse);

    const auto prose = parseBytes(parser, "Just some text\nwith no entries\n", sink);
    ASSERT_FALSE(prose);
    EXPECT_TRUE(sink.records.empty());
}

TEST(BibtexParserTest, StopsWhenTheSinkCancels)
{
    BibtexParser parser;
    RecordCollector sink;
    sink.cancelAfter = 2;
    const auto result = parseFile(parser, stemma::test::testDataPath(QStringLiteral("import/sample.bib")), sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(sink.records.size(), 2u);
}

TEST(BibtexParserTest, HandlesEntriesOnOneLineAndParenthesisedEntries)
{
    BibtexParser parser;
    RecordCollector sink;
    ASSERT_TRUE(parseBytes(parser,
                           "@misc{a, title={A}}@misc{b, title = \"B {with} brace\"}\n"
                           "@article(c, title = \"Has ) inside\", year = {1999})\n",
                           sink));
    ASSERT_EQ(sink.records.size(), 3u);
    EXPECT_EQ(sink.records[1].reference.title, QStringLiteral("B with brace"));
    EXPECT_EQ(sink.records[1].line, 1);
    EXPECT_EQ(sink.records[2].reference.title, QStringLiteral("Has ) inside"));
    EXPECT_EQ(sink.records[2].line, 2);
}

TEST(BibtexParserTest, ConfidenceComesFromContent)
{
    BibtexParser parser;
    EXPECT_GE(parser.confidence("% Encoding: UTF-8\n\n@Article{key,\n title = {x}}", QStringLiteral("a.txt")), 90);
    EXPECT_GT(parser.confidence("@article{key, title={x}}", QStringLiteral("a.bib")),
              parser.confidence("@article{key, title={x}}", QStringLiteral("a.txt")));
    EXPECT_EQ(parser.confidence("TY  - JOUR\nER  - \n", QStringLiteral("a.ris")), 0);
    EXPECT_EQ(parser.confidence("<?xml version=\"1.0\"?><xml><records>", QStringLiteral("a.xml")), 0);
}

TEST(BibtexParserTest, ReadsJabrefAuthorsFile)
{
    STEMMA_REQUIRE_SHARED();
    const RecordCollector sink = parseShared(QStringLiteral("jabref-authors.bib"));
    // 214 entries: inproceedings 149, article 48, techreport 6, incollection 5, proceedings 3,
    // phdthesis 1, and 2 @Comment blocks that are not records.
    ASSERT_EQ(sink.records.size(), 212u);
    EXPECT_EQ(sink.errorCount(), 0);
    const auto& first = sink.records[0].reference;
    EXPECT_EQ(first.title, QStringLiteral("CORDIC II: A New Improved CORDIC Algorithm"));
    EXPECT_EQ(first.journal, QStringLiteral("IEEE Trans. on Circuits and Systems"));
    EXPECT_EQ(first.pages, QString::fromUtf8("186–190"));
    EXPECT_EQ(sink.records[0].line, 3);
    const auto& second = sink.records[1].reference; // H{\aa}kan Johansson
    ASSERT_EQ(second.authors.size(), 2);
    EXPECT_EQ(second.authors[1], person("Johansson", "Håkan"));
    EXPECT_EQ(second.type, PublicationType::ConferencePaper);
    int theses = 0;
    int reports = 0;
    for (const auto& record : sink.records) {
        theses += record.reference.type == PublicationType::Thesis ? 1 : 0;
        reports += record.reference.type == PublicationType::Report ? 1 : 0;
    }
    EXPECT_EQ(theses, 1);
    EXPECT_EQ(reports, 6);
}

TEST(BibtexParserTest, ReadsJabrefComplexFile)
{
    STEMMA_REQUIRE_SHARED();
    const RecordCollector sink = parseShared(QStringLiteral("jabref_complex.bib"));
    // 32 blocks, of which 9 @Comment, 2 @String and 1 @Preamble are not records.
    ASSERT_EQ(sink.records.size(), 20u);
    EXPECT_EQ(sink.errorCount(), 0);
    const auto& thesis = sink.records[0].reference;
    EXPECT_EQ(thesis.type, PublicationType::Thesis);
    EXPECT_EQ(thesis.title,
              QStringLiteral("The postcranial anatomy of Procolophon (Parareptilia: Procolophonidae) "
                             "and its implications for the origin of turtles"));
    EXPECT_EQ(thesis.authors, (QList<Author>{person("deBraga", "Michael")}));
    const auto& bostrom = sink.records[2].reference; // Gustav Bostr\"{o}m ... Marine Bod\'{e}n
    ASSERT_EQ(bostrom.authors.size(), 5);
    EXPECT_EQ(bostrom.authors[0], person("Boström", "Gustav"));
    EXPECT_EQ(bostrom.authors[1], person("Wäyrynen", "Jaana"));
    EXPECT_EQ(bostrom.authors[2], person("Bodén", "Marine"));
    bool sawComplexNames = false;
    for (const auto& record : sink.records) {
        if (record.reference.title != QStringLiteral("Article with complex Authornames"))
            continue;
        sawComplexNames = true;
        EXPECT_EQ(record.reference.authors,
                  (QList<Author>{person("von Hippel", "Eric"),
                                 person("Reagle", "Joseph M."),
                                 person("Sherry", "John F."),
                                 person("van den Huevel", "Johan A")}));
    }
    EXPECT_TRUE(sawComplexNames);
    const auto& book = std::find_if(sink.records.begin(), sink.records.end(), [](const auto& r) {
        return r.reference.type == PublicationType::Book;
    });
    ASSERT_NE(book, sink.records.end());
    EXPECT_EQ(book->reference.title, QStringLiteral("Security and Usability"));
}

TEST(BibtexParserTest, ReadsWebOfScienceExportWithBom)
{
    STEMMA_REQUIRE_SHARED();
    const RecordCollector sink = parseShared(QStringLiteral("litsearchr_WoS_corecollection_final_2.bib"));
    ASSERT_EQ(sink.records.size(), 460u);
    EXPECT_EQ(sink.errorCount(), 0);
    const auto& record = sink.records[0];
    EXPECT_EQ(record.line, 2); // the BOM is followed by an empty first line
    const auto& ref = record.reference;
    EXPECT_EQ(ref.title,
              QStringLiteral("Fire Frequency Affects Structure and Composition of Xeric Forests of Eastern Oklahoma"));
    EXPECT_EQ(ref.journal, QStringLiteral("NATURAL AREAS JOURNAL"));
    EXPECT_EQ(ref.year, 2010);
    EXPECT_EQ(ref.volume, QStringLiteral("30"));
    EXPECT_EQ(ref.pages, QStringLiteral("370-379"));
    EXPECT_EQ(ref.doi, QStringLiteral("10.3375/043.030.0401"));
    EXPECT_EQ(ref.language, QStringLiteral("English"));
    ASSERT_EQ(ref.authors.size(), 3);
    EXPECT_EQ(ref.authors[0], person("Burton", "Jesse A."));
    ASSERT_GE(ref.keywords.size(), 5);
    EXPECT_EQ(ref.keywords.mid(0, 5),
              (QStringList{QStringLiteral("forest dynamics"),
                           QStringLiteral("mesophication"),
                           QStringLiteral("Oklahoma"),
                           QStringLiteral("prescribed fire"),
                           QStringLiteral("Quercus stellata")}));
    int conferencePapers = 0;
    for (const auto& r : sink.records)
        conferencePapers += r.reference.type == PublicationType::ConferencePaper ? 1 : 0;
    EXPECT_EQ(conferencePapers, 15);
}

TEST(BibtexParserTest, StreamsInsteadOfReadingTheWholeFile)
{
    QByteArray bytes;
    for (int i = 0; i < 20000; ++i)
        bytes +=
            QStringLiteral("@article{key%1,\n  title = {Entry number %1},\n  year = {2001}\n}\n\n").arg(i).toUtf8();
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    stemma::test::StreamingProbe probe(buffer);
    BibtexParser parser;
    ASSERT_TRUE(parser.parse(buffer, QStringLiteral("big.bib"), probe));
    EXPECT_EQ(probe.records, 20000);
    EXPECT_EQ(probe.problems, 0);
    EXPECT_LT(probe.positionAtFirstRecord, bytes.size() / 2); // the first record left before the file was read
}

TEST(BibtexParserTest, DropsAnOversizedEntryAndResyncs)
{
    QByteArray bytes = "@article{runaway, title = {never closed\n";
    const QByteArray filler(1000, 'x');
    for (int i = 0; i < 9000; ++i)
        bytes += filler + '\n';
    bytes += "@article{after, title = {Read again}}\n";
    BibtexParser parser;
    RecordCollector sink;
    ASSERT_TRUE(parseBytes(parser, bytes, sink));
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].reference.title, QStringLiteral("Read again"));
    EXPECT_EQ(sink.records[0].recordNumber, 2);
    EXPECT_EQ(sink.records[0].line, 9002);
    ASSERT_EQ(sink.problems.size(), 1u);
    EXPECT_EQ(sink.problems[0].line, 1);
    EXPECT_TRUE(sink.problems[0].message.contains(QStringLiteral("longer than")))
        << sink.problems[0].message.toStdString();
}

TEST(BibtexParserTest, ReadsLatin1FilesWithAWarning)
{
    BibtexParser parser;
    RecordCollector sink;
    ASSERT_TRUE(parseBytes(parser, "@article{a, title = {Caf\xe9 au lait}, author = {M\xfcller, Hans}}\n", sink));
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].reference.title, QString::fromUtf8("Café au lait"));
    EXPECT_EQ(sink.records[0].reference.authors, (QList<Author>{person("Müller", "Hans")}));
    ASSERT_EQ(sink.problems.size(), 1u);
    EXPECT_EQ(sink.problems[0].severity, ImportProblem::Severity::Warning);
}
