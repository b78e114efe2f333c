// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/RisParser.h"

#include "core/import/MedlineParser.h"
#include "core/import/WosParser.h"
#include "tests/core/import/CollectingSink.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace stemma::core;
using namespace stemma::core::import;
using stemma::test::parseBytes;
using stemma::test::parseFile;
using Severity = ImportProblem::Severity;

namespace {

QString sample(const char* name)
{
    return stemma::test::testDataPath(QStringLiteral("import/") + QString::fromUtf8(name));
}

QString realRis(const char* name)
{
    return stemma::test::sharedPath(QStringLiteral("realdata/ris/") + QString::fromUtf8(name));
}

} // namespace

TEST(RisParserTest, NamesItsFormat)
{
    RisParser parser;
    EXPECT_EQ(parser.format(), QStringLiteral("ris"));
    EXPECT_EQ(parser.displayName(), QStringLiteral("RIS"));
}

TEST(RisParserTest, ConfidenceComesFromTheTypeLine)
{
    RisParser parser;
    EXPECT_GE(parser.confidence("TY  - JOUR\nTI  - x\nER  - \n", QStringLiteral("a.txt")), 90);
    EXPECT_GE(parser.confidence("\xEF\xBB\xBFTY  - JOUR\r\nER  - \r\n", QStringLiteral("a.txt")), 90);
    EXPECT_GT(parser.confidence("TY - JOUR\nER - \n", QStringLiteral("a.txt")), 50);
    EXPECT_GT(parser.confidence("TY  - JOUR\n", QStringLiteral("a.ris")),
              parser.confidence("TY  - JOUR\n", QStringLiteral("a.txt")));
    EXPECT_EQ(parser.confidence("PMID- 123\nTI  - x\n", QStringLiteral("a.nbib")), 0);
    EXPECT_EQ(parser.confidence("FN Clarivate\nVR 1.0\nPT J\n", QStringLiteral("a.txt")), 0);
    EXPECT_EQ(parser.confidence("@article{x, title={y}}", QStringLiteral("a.ris")), 0);
}

TEST(RisParserTest, ReadsAJournalRecordFieldByField)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("ris_basic.ris"));
    ASSERT_TRUE(outcome.result) << outcome.result.error().message.toStdString();
    ASSERT_EQ(outcome.sink.records.size(), 3);
    EXPECT_TRUE(outcome.sink.problems.isEmpty());

    const ParsedRecord& first = outcome.sink.records[0];
    EXPECT_EQ(first.recordNumber, 1);
    EXPECT_EQ(first.line, 1);
    const Reference& ref = first.reference;
    EXPECT_EQ(ref.type, PublicationType::JournalArticle);
    ASSERT_EQ(ref.authors.size(), 3);
    EXPECT_EQ(ref.authors[0], (Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M"), {}}));
    EXPECT_EQ(ref.authors[1], (Author{QStringLiteral("Farge"), QStringLiteral("Dominique"), {}}));
    EXPECT_EQ(ref.authors[2].collective, QStringLiteral("EBMT/EULAR Scleroderma Study Group"));
    // The indented continuation line joins the title with one space.
    EXPECT_EQ(ref.title,
              QStringLiteral("Autologous hematopoietic stem cell transplantation vs intravenous pulse "
                             "cyclophosphamide in diffuse cutaneous systemic sclerosis"));
    EXPECT_EQ(ref.journal, QStringLiteral("JAMA"));
    EXPECT_EQ(ref.year, 2014);
    EXPECT_EQ(ref.volume, QStringLiteral("311"));
    EXPECT_EQ(ref.issue, QStringLiteral("24"));
    EXPECT_EQ(ref.pages, QStringLiteral("2490-8")) << "pages stay raw; the normaliser expands them";
    EXPECT_EQ(ref.doi, QStringLiteral("https://doi.org/10.1001/JAMA.2014.6368")) << "the parser does not normalise";
    // A blank line and a labelled line both open a new paragraph of the abstract.
    EXPECT_EQ(ref.abstract,
              QStringLiteral("IMPORTANCE: Uncontrolled studies suggested benefit.\n\n"
                             "OBJECTIVE: To compare efficacy and safety.\n\n"
                             "RESULTS: Treatment-related mortality was higher."));
    EXPECT_EQ(ref.keywords,
              (QStringList{QStringLiteral("systemic sclerosis"), QStringLiteral("stem cell transplantation")}));
    EXPECT_EQ(ref.language, QStringLiteral("eng"));
    EXPECT_EQ(ref.url, QStringLiteral("https://example.org/record/1"));
    EXPECT_TRUE(ref.pmid.isEmpty());
    EXPECT_TRUE(first.notFound.isEmpty());
    EXPECT_FALSE(first.isGreyLiterature);
    EXPECT_TRUE(first.rawText.startsWith(QStringLiteral("TY  - JOUR\nAU  - van Laar, Jacob M\n")));
    EXPECT_TRUE(first.rawText.endsWith(QStringLiteral("UR  - https://example.org/record/1\nER  - ")));
}

TEST(RisParserTest, ReadsOneSpaceTagsAndPubmedAccessionNumbers)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("ris_basic.ris"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 3);
    const ParsedRecord& second = outcome.sink.records[1];
    EXPECT_EQ(second.recordNumber, 2);
    EXPECT_EQ(second.line, 25);
    EXPECT_EQ(second.reference.type, PublicationType::ConferenceAbstract);
    ASSERT_EQ(second.reference.authors.size(), 1);
    EXPECT_EQ(second.reference.authors[0], (Author{QStringLiteral("Smith"), QStringLiteral("Anna"), {}}));
    EXPECT_EQ(second.reference.title, QStringLiteral("Mesenchymal stromal cells in systemic sclerosis: a pilot"));
    EXPECT_EQ(second.reference.year, 2008) << "Y1 2008/05//";
    EXPECT_EQ(second.reference.journal, QStringLiteral("Annals of the Rheumatic Diseases"));
    EXPECT_EQ(second.reference.pages, QStringLiteral("112-113"));
    EXPECT_EQ(second.reference.doi, QStringLiteral("10.1136/ard.2008.001")) << "found after doi: in N1";
    EXPECT_EQ(second.reference.pmid, QStringLiteral("18123456")) << "AN is a PMID because DB says PubMed";

    const ParsedRecord& third = outcome.sink.records[2];
    EXPECT_EQ(third.reference.type, PublicationType::Book);
    EXPECT_EQ(third.reference.title, QStringLiteral("Handbook of Cellular Therapy")) << "BT is a book's title";
    EXPECT_TRUE(third.reference.journal.isEmpty());
    EXPECT_EQ(third.reference.doi, QStringLiteral("http://dx.doi.org/10.1007/978-3-030-00001-1"));
    EXPECT_TRUE(third.reference.pmid.isEmpty()) << "an accession number from another database is no PMID";
    EXPECT_EQ(third.rawText,
              QStringLiteral("TY  - BOOK\nAU  - Jones, B.\nBT  - Handbook of Cellular Therapy\n"
                             "PY  - 2019\nL2  - http://dx.doi.org/10.1007/978-3-030-00001-1\n"
                             "AN  - 2023-25572-001\nER  -"));
}

TEST(RisParserTest, ReadsCrlfAndJoinsContinuationLines)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("ris_crlf.ris"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("First CRLF title"));
    EXPECT_EQ(outcome.sink.records[0].reference.authors[0].family, QStringLiteral("Doe"));
    EXPECT_EQ(outcome.sink.records[0].rawText,
              QStringLiteral("TY  - JOUR\nTI  - First CRLF title\nAU  - Doe, Jane\nPY  - 2020\nER  - "));
    EXPECT_EQ(outcome.sink.records[1].reference.title, QStringLiteral("Second CRLF title continued here"));
    EXPECT_EQ(outcome.sink.records[1].reference.type, PublicationType::BookChapter);
    EXPECT_EQ(outcome.sink.records[1].line, 7);
    EXPECT_EQ(outcome.sink.records[1].reference.year, 2021);
}

TEST(RisParserTest, DropsTheByteOrderMark)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("ris_bom.ris"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 1);
    EXPECT_EQ(outcome.sink.records[0].reference.type, PublicationType::Thesis);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("A thesis after a BOM"));
    EXPECT_TRUE(outcome.sink.records[0].rawText.startsWith(QStringLiteral("TY  - THES")));
}

TEST(RisParserTest, ReadsClassicMacLineEnds)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("ris_cr_only.ris"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_EQ(outcome.sink.records[0].reference.type, PublicationType::Report);
    EXPECT_EQ(outcome.sink.records[0].reference.year, 1999);
    EXPECT_EQ(outcome.sink.records[1].reference.type, PublicationType::WebPage);
    EXPECT_TRUE(outcome.sink.records[1].isGreyLiterature);
    EXPECT_EQ(outcome.sink.records[1].line, 5);
    EXPECT_EQ(outcome.sink.records[1].reference.url, QStringLiteral("https://example.org/page"));
    EXPECT_EQ(outcome.sink.records[1].notFound, (QStringList{QStringLiteral("authors"), QStringLiteral("year")}));
}

TEST(RisParserTest, ReportsBrokenRecordsAndKeepsWhatIsSafe)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("ris_broken.ris"));
    ASSERT_TRUE(outcome.result);
    // The unclosed first record and the truncated last one are kept; the one without TY is not.
    ASSERT_EQ(outcome.sink.records.size(), 3);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("First record never closed"));
    EXPECT_EQ(outcome.sink.records[0].rawText,
              QStringLiteral("TY  - JOUR\nTI  - First record never closed\nPY  - 2001"));
    EXPECT_EQ(outcome.sink.records[1].reference.title, QStringLiteral("Second record closed"));
    EXPECT_EQ(outcome.sink.records[1].line, 4);
    EXPECT_EQ(outcome.sink.records[2].reference.title, QStringLiteral("Truncated last record"));
    EXPECT_EQ(outcome.sink.records[2].recordNumber, 3);
    EXPECT_EQ(outcome.sink.records[2].reference.year, std::nullopt) << "PY 20 is no year";

    ASSERT_EQ(outcome.sink.problems.size(), 3);
    const ImportProblem& unclosed = outcome.sink.problems[0];
    EXPECT_EQ(unclosed.severity, Severity::Warning);
    EXPECT_EQ(unclosed.line, 4);
    EXPECT_EQ(unclosed.record, 1);
    EXPECT_TRUE(unclosed.message.contains(QStringLiteral("ER"))) << unclosed.message.toStdString();
    const ImportProblem& orphan = outcome.sink.problems[1];
    EXPECT_EQ(orphan.severity, Severity::Error);
    EXPECT_EQ(orphan.line, 9);
    EXPECT_EQ(orphan.record, 0);
    EXPECT_TRUE(orphan.message.contains(QStringLiteral("TY")));
    EXPECT_EQ(orphan.toString().left(orphan.file.size() + 3), orphan.file + QStringLiteral(":9:"));
    const ImportProblem& truncated = outcome.sink.problems[2];
    EXPECT_EQ(truncated.severity, Severity::Warning);
    EXPECT_EQ(truncated.record, 3);
    EXPECT_TRUE(truncated.message.contains(QStringLiteral("file ends")));
}

TEST(RisParserTest, GarbageImportsNothing)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("ris_garbage.ris"));
    ASSERT_FALSE(outcome.result);
    EXPECT_EQ(outcome.result.error().code, ErrorCode::Parse);
    EXPECT_TRUE(outcome.result.error().message.contains(QStringLiteral("contains no RIS records")));
    EXPECT_TRUE(outcome.sink.records.isEmpty());
    ASSERT_EQ(outcome.sink.problems.size(), 1);
    EXPECT_EQ(outcome.sink.problems[0].line, 1);
}

TEST(RisParserTest, EmptyFileIsAnError)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("empty.ris"));
    ASSERT_FALSE(outcome.result);
    EXPECT_TRUE(outcome.result.error().message.contains(QStringLiteral("contains no RIS records")));
}

TEST(RisParserTest, BinaryFileIsAnError)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("ris_binary.ris"));
    ASSERT_FALSE(outcome.result);
    EXPECT_EQ(outcome.result.error().code, ErrorCode::Parse);
    EXPECT_TRUE(outcome.result.error().message.contains(QStringLiteral("binary")));
    EXPECT_TRUE(outcome.sink.records.isEmpty());
}

TEST(RisParserTest, InvalidUtf8IsAWarningAndTheLineStillReads)
{
    RisParser parser;
    auto outcome = parseFile(parser, sample("ris_latin1.ris"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 1);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("Caf\u00e9 au lait spots"));
    ASSERT_EQ(outcome.sink.problems.size(), 1);
    EXPECT_EQ(outcome.sink.problems[0].severity, Severity::Warning);
    EXPECT_EQ(outcome.sink.problems[0].line, 2);
    EXPECT_EQ(outcome.sink.problems[0].record, 1);
}

TEST(RisParserTest, StopsWhenTheSinkCancels)
{
    RisParser parser;
    stemma::test::CollectingSink sink;
    sink.stopAfter = 1;
    QFile file(sample("ris_basic.ris"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Result<void> result = parser.parse(file, file.fileName(), sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(sink.records.size(), 1);
}

TEST(RisParserTest, KeepsRepeatedAndEmptyTags)
{
    RisParser parser;
    auto outcome = parseBytes(parser,
                              "TY  - JOUR\nAU  - A, One\nAU  - B, Two\nAU  -\nKW  - \nKW  - x\nSP  - 5\n"
                              "EP  - 5\nU1  - 35957633 [PMID]\nER  - \n");
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 1);
    const Reference& ref = outcome.sink.records[0].reference;
    ASSERT_EQ(ref.authors.size(), 2);
    EXPECT_EQ(ref.authors[1].family, QStringLiteral("B"));
    EXPECT_EQ(ref.keywords, QStringList{QStringLiteral("x")});
    EXPECT_EQ(ref.pages, QStringLiteral("5"));
    EXPECT_EQ(ref.pmid, QStringLiteral("35957633"));
    EXPECT_EQ(outcome.sink.records[0].notFound, (QStringList{QStringLiteral("title"), QStringLiteral("year")}));
}

TEST(RisParserTest, MapsTypes)
{
    const std::pair<const char*, PublicationType> cases[] = {
        {"JOUR", PublicationType::JournalArticle},
        {"ABST", PublicationType::ConferenceAbstract},
        {"CONF", PublicationType::ConferencePaper},
        {"CPAPER", PublicationType::ConferencePaper},
        {"BOOK", PublicationType::Book},
        {"CHAP", PublicationType::BookChapter},
        {"THES", PublicationType::Thesis},
        {"RPRT", PublicationType::Report},
        {"ELEC", PublicationType::WebPage},
        {"WEB", PublicationType::WebPage},
        {"GEN", PublicationType::Other},
        {"Journal Article", PublicationType::JournalArticle},
    };
    for (const auto& [name, type] : cases) {
        RisParser parser;
        auto outcome = parseBytes(parser, QByteArray("TY  - ") + name + "\nTI  - t\nER  - \n");
        ASSERT_EQ(outcome.sink.records.size(), 1) << name;
        EXPECT_EQ(outcome.sink.records[0].reference.type, type) << name;
    }
}

// ---- Real exports from ../shared/realdata ----

TEST(RisParserTest, ReadsEveryRealFileWithTheManifestCounts)
{
    STEMMA_REQUIRE_SHARED();
    const std::pair<const char*, int> files[] = {
        {"20221207_gambling-harms_psycinfo_124.ris", 124},
        {"20221207_gambling-harms_pubmed_176.ris", 176},
        {"20221207_gambling-harms_scopus_255.ris", 255},
        {"CiteSource_benchmark_Search1_1.ris", 978}, // counted: 978 "TY  - " lines, 978 "ER  - " lines
        {"Dimensions_246.ris", 246},
        {"lens_343.ris", 343},
        {"rispy_example_bom.ris", 1},
        {"rispy_example_empty_tag.ris", 1},
        {"rispy_example_multiline.ris", 3},
        {"rispy_example_utf_chars.ris", 1},
        {"schoot-lgmm-ptsd-included-1.ris", 363},
        {"wos_278.ris", 278},
    };
    QStringList seen;
    for (const auto& [name, count] : files) {
        RisParser parser;
        auto outcome = parseFile(parser, realRis(name));
        ASSERT_TRUE(outcome.result) << name << ": " << outcome.result.error().message.toStdString();
        EXPECT_EQ(outcome.sink.records.size(), count) << name;
        EXPECT_EQ(outcome.sink.countProblems(Severity::Error), 0) << name;
        for (qsizetype i = 0; i < outcome.sink.records.size(); ++i) {
            const ParsedRecord& record = outcome.sink.records[i];
            EXPECT_EQ(record.recordNumber, i + 1) << name;
            EXPECT_TRUE(record.rawText.startsWith(QStringLiteral("TY  - "))) << name << " record " << i + 1;
            EXPECT_TRUE(record.rawText.endsWith(QStringLiteral("ER  -")) ||
                        record.rawText.endsWith(QStringLiteral("ER  - ")))
                << name << " record " << i + 1;
        }
        seen << QString::fromUtf8(name);
    }
    // Every file in the folder is covered, except the deliberately corrupted one tested below.
    QStringList all = QDir(stemma::test::sharedPath(QStringLiteral("realdata/ris")))
                          .entryList({QStringLiteral("*.ris")}, QDir::Files, QDir::Name);
    all.removeAll(QStringLiteral("jabref_RisImporterCorrupted.ris"));
    seen.sort();
    EXPECT_EQ(all, seen);
}

TEST(RisParserTest, ReportsTheCorruptedJabrefFile)
{
    STEMMA_REQUIRE_SHARED();
    RisParser parser;
    auto outcome = parseFile(parser, realRis("jabref_RisImporterCorrupted.ris"));
    ASSERT_FALSE(outcome.result);
    EXPECT_EQ(outcome.result.error().code, ErrorCode::Parse);
    EXPECT_TRUE(outcome.sink.records.isEmpty());
    ASSERT_EQ(outcome.sink.problems.size(), 1);
    EXPECT_EQ(outcome.sink.problems[0].line, 2) << "the tags start on line 2, after a line holding only the BOM";
    EXPECT_TRUE(outcome.sink.problems[0].message.contains(QStringLiteral("TY")));
}

TEST(RisParserTest, ReadsTheBomFileFirstTag)
{
    STEMMA_REQUIRE_SHARED();
    RisParser parser;
    auto outcome = parseFile(parser, realRis("rispy_example_bom.ris"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 1);
    EXPECT_EQ(outcome.sink.records[0].reference.type, PublicationType::JournalArticle);
    EXPECT_EQ(outcome.sink.records[0].reference.doi, QStringLiteral("10.1186/s40981-020-0316-0"));
    EXPECT_EQ(outcome.sink.records[0].rawText, QStringLiteral("TY  - JOUR\nDO  - 10.1186/s40981-020-0316-0\nER  - "));
}

TEST(RisParserTest, ReadsRispyEmptyTagAndMultilineExamples)
{
    STEMMA_REQUIRE_SHARED();
    RisParser parser;
    auto empty = parseFile(parser, realRis("rispy_example_empty_tag.ris"));
    ASSERT_TRUE(empty.result);
    ASSERT_EQ(empty.sink.records.size(), 1);
    const Reference& ref = empty.sink.records[0].reference;
    EXPECT_TRUE(ref.pages.isEmpty()) << "SP has no value";
    EXPECT_EQ(ref.year, 2020);
    EXPECT_EQ(ref.journal, QStringLiteral("Orthopaedic Journal of Sports Medicine"));
    EXPECT_EQ(ref.doi, QStringLiteral("http://dx.doi.org/10.1177/2325967120950040"));
    EXPECT_EQ(ref.authors, QList<Author>{(Author{QStringLiteral("Fanning"), QStringLiteral("E."), {}})});
    EXPECT_EQ(ref.keywords.size(), 3);
    EXPECT_TRUE(ref.abstract.startsWith(QStringLiteral("Background: Athletic endeavor")));
    EXPECT_TRUE(ref.abstract.endsWith(QStringLiteral("considerable repetition. Outcome measures are valuable when "
                                                     "determining an athlete's safe return to sport...")));

    auto multi = parseFile(parser, realRis("rispy_example_multiline.ris"));
    ASSERT_TRUE(multi.result);
    ASSERT_EQ(multi.sink.records.size(), 3);
    // An untagged line starting with "ER" is text, not the end of the record.
    for (const ParsedRecord& record : multi.sink.records)
        EXPECT_EQ(record.reference.abstract,
                  QStringLiteral("first line, ER then second line and at the end the last line"))
            << record.recordNumber;
}

TEST(RisParserTest, ReadsRealExportDetails)
{
    STEMMA_REQUIRE_SHARED();
    RisParser parser;
    auto utf = parseFile(parser, realRis("rispy_example_utf_chars.ris"));
    ASSERT_TRUE(utf.result);
    ASSERT_EQ(utf.sink.records.size(), 1);
    EXPECT_EQ(utf.sink.records[0].reference.type, PublicationType::JournalArticle) << "TY - Journal Article";
    EXPECT_EQ(utf.sink.records[0].reference.authors.size(), 5);
    EXPECT_EQ(utf.sink.records[0].reference.authors[0],
              (Author{QStringLiteral("Dobrokhotova"), QStringLiteral("Yu E."), {}}));
    EXPECT_EQ(utf.sink.records[0].reference.volume, QStringLiteral("8")) << "VO is the old volume tag";
    EXPECT_EQ(utf.sink.records[0].reference.pages, QStringLiteral("52-57"));

    // psycinfo via EBSCOhost: AN is an accession number, not a PMID.
    auto psycinfo = parseFile(parser, realRis("20221207_gambling-harms_psycinfo_124.ris"));
    ASSERT_TRUE(psycinfo.result);
    for (const ParsedRecord& record : psycinfo.sink.records)
        EXPECT_TRUE(record.reference.pmid.isEmpty()) << record.recordNumber;
    EXPECT_EQ(psycinfo.sink.records[0].reference.title,
              QStringLiteral("Frameworks of gambling harms: A comparative review and synthesis"));
    EXPECT_EQ(psycinfo.sink.records[0].reference.journal, QStringLiteral("Addiction Research & Theory"));
}

TEST(RisParserTest, ConfidenceSeparatesTheRealTaggedFormats)
{
    STEMMA_REQUIRE_SHARED();
    RisParser ris;
    MedlineParser medline;
    WosParser wos;
    const std::pair<const char*, RecordParser*> folders[] = {
        {"realdata/ris", &ris}, {"realdata/medline", &medline}, {"realdata/wos", &wos}};
    RecordParser* parsers[] = {&ris, &medline, &wos};
    for (const auto& [folder, owner] : folders) {
        const QDir dir(stemma::test::sharedPath(QString::fromUtf8(folder)));
        for (const QString& name : dir.entryList(QDir::Files)) {
            if (name.contains(QStringLiteral("Corrupted")) || name.contains(QStringLiteral("tabdelimited")))
                continue;
            QFile file(dir.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(8192);
            for (RecordParser* parser : parsers) {
                if (parser == owner)
                    EXPECT_GE(parser->confidence(head, name), 90) << name.toStdString();
                else
                    EXPECT_EQ(parser->confidence(head, name), 0)
                        << name.toStdString() << " as " << parser->format().toStdString();
            }
        }
    }
}

TEST(RisParserTest, ReadsEndnoteStyleListsAndPubmedAccessions)
{
    STEMMA_REQUIRE_SHARED();
    RisParser parser;
    auto outcome = parseFile(parser, realRis("schoot-lgmm-ptsd-included-1.ris"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 363);

    // Record 2 lists its keywords and links one per untagged line after a single tag.
    const ParsedRecord& second = outcome.sink.records[1];
    EXPECT_EQ(second.line, 23);
    EXPECT_EQ(second.reference.keywords,
              (QStringList{QStringLiteral("Adolescence"),
                           QStringLiteral("Complex trauma"),
                           QStringLiteral("Mental health"),
                           QStringLiteral("Polytraumatization"),
                           QStringLiteral("Polyvictimization")}));
    EXPECT_TRUE(second.reference.url.startsWith(QStringLiteral("http://www.scopus.com/inward/record.url?")));
    EXPECT_EQ(second.reference.doi, QStringLiteral("10.1037/a0039713"));
    EXPECT_EQ(second.reference.pages, QStringLiteral("145-155"));
    EXPECT_EQ(second.reference.authors.size(), 8);
    EXPECT_TRUE(second.reference.pmid.isEmpty()) << "DB Scopus";

    // Record 4 came from PubMed through EndNote ("DP - NLM"): its AN is the PMID.
    const ParsedRecord& fourth = outcome.sink.records[3];
    EXPECT_EQ(fourth.line, 75);
    EXPECT_EQ(fourth.reference.pmid, QStringLiteral("26176500"));
    EXPECT_EQ(fourth.reference.doi, QStringLiteral("10.1089/neu.2015.3992"));
}

TEST(RisParserTest, KeepsAbstractSectionsOfDimensionsExports)
{
    STEMMA_REQUIRE_SHARED();
    RisParser parser;
    auto outcome = parseFile(parser, realRis("Dimensions_246.ris"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 246);
    const ParsedRecord& first = outcome.sink.records[0];
    EXPECT_EQ(first.line, 2) << "the file starts with a blank line";
    EXPECT_EQ(first.reference.pmid, QStringLiteral("35957633")) << "from U1 - 35957633 [PMID]";
    EXPECT_EQ(first.reference.journal, QStringLiteral("European Journal of Psychotraumatology"));
    EXPECT_EQ(first.reference.pages, QStringLiteral("2087980"));
    EXPECT_EQ(first.reference.url, QStringLiteral("https://app.dimensions.ai/details/publication/pub.1149029839"));
    const QStringList sections = first.reference.abstract.split(QStringLiteral("\n\n"));
    ASSERT_GE(sections.size(), 4);
    EXPECT_TRUE(sections[0].startsWith(QStringLiteral("Background: The long-term health effects of bushfires")));
    EXPECT_TRUE(sections[1].startsWith(QStringLiteral("Objective: This review aimed")));
    EXPECT_TRUE(sections[2].startsWith(QStringLiteral("Method: A systematic search")));
    EXPECT_TRUE(sections[3].startsWith(QStringLiteral("Results: We included 21 articles")));
}

TEST(RisParserTest, ListsOnlyTheFirstEncodingProblems)
{
    QByteArray latin1 = "TY  - JOUR\n";
    for (int i = 0; i < 30; ++i)
        latin1 += "KW  - caf\xe9\n";
    latin1 += "ER  - \n";
    RisParser parser;
    auto outcome = parseBytes(parser, latin1);
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 1);
    EXPECT_EQ(outcome.sink.records[0].reference.keywords.size(), 30);
    ASSERT_EQ(outcome.sink.problems.size(), 21) << "twenty lines, then one note that more are not listed";
    EXPECT_EQ(outcome.sink.problems.last().line, 21);
    EXPECT_TRUE(outcome.sink.problems.last().message.contains(QStringLiteral("not listed")));
}

TEST(RisParserTest, AClosedDeviceIsAnIoError)
{
    RisParser parser;
    QBuffer closed;
    stemma::test::CollectingSink sink;
    const Result<void> result = parser.parse(closed, QStringLiteral("closed.ris"), sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Io);
}

TEST(RisParserTest, PrefersTheFullJournalName)
{
    RisParser parser;
    auto outcome = parseBytes(parser,
                              "TY  - JOUR\nJO  - Ann Rheum Dis\nT2  - Annals of the Rheumatic Diseases\n"
                              "ER  - \nTY  - CHAP\nTI  - A chapter\nBT  - The book\nER  - \n");
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_EQ(outcome.sink.records[0].reference.journal, QStringLiteral("Annals of the Rheumatic Diseases"));
    EXPECT_EQ(outcome.sink.records[1].reference.title, QStringLiteral("A chapter"));
    EXPECT_EQ(outcome.sink.records[1].reference.journal, QStringLiteral("The book")) << "a chapter's container";
}

TEST(RisParserTest, ReadsAUtf16Export)
{
    const QString text = QStringLiteral("TY  - JOUR\r\nTI  - Sch\u00e4del\r\nER  - \r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    RisParser parser;
    EXPECT_GE(parser.confidence(bytes, QStringLiteral("export.txt")), 90);
    auto outcome = parseBytes(parser, bytes);
    ASSERT_TRUE(outcome.result) << outcome.result.error().message.toStdString();
    ASSERT_EQ(outcome.sink.records.size(), 1);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("Sch\u00e4del"));
    EXPECT_TRUE(outcome.sink.problems.isEmpty());
}
