// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/MedlineParser.h"

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

QString realMedline(const char* name)
{
    return stemma::test::sharedPath(QStringLiteral("realdata/medline/") + QString::fromUtf8(name));
}

} // namespace

TEST(MedlineParserTest, NamesItsFormat)
{
    MedlineParser parser;
    EXPECT_EQ(parser.format(), QStringLiteral("medline"));
    EXPECT_EQ(parser.displayName(), QStringLiteral("PubMed MEDLINE (nbib)"));
}

TEST(MedlineParserTest, ConfidenceComesFromThePmidLine)
{
    MedlineParser parser;
    EXPECT_GE(parser.confidence("PMID- 24958149\nOWN - NLM\n", QStringLiteral("a.txt")), 90);
    EXPECT_GE(parser.confidence("\nPMID- 1\r\n", QStringLiteral("a.nbib")), 90);
    EXPECT_EQ(parser.confidence("TY  - JOUR\nTI  - x\n", QStringLiteral("a.txt")), 0);
    EXPECT_EQ(parser.confidence("FN Clarivate\nVR 1.0\n", QStringLiteral("a.txt")), 0);
}

TEST(MedlineParserTest, ReadsARecordFieldByField)
{
    MedlineParser parser;
    auto outcome = parseFile(parser, sample("medline_basic.nbib"));
    ASSERT_TRUE(outcome.result) << outcome.result.error().message.toStdString();
    ASSERT_EQ(outcome.sink.records.size(), 3);
    EXPECT_TRUE(outcome.sink.problems.isEmpty());

    const ParsedRecord& first = outcome.sink.records[0];
    EXPECT_EQ(first.recordNumber, 1);
    EXPECT_EQ(first.line, 1);
    const Reference& ref = first.reference;
    EXPECT_EQ(ref.pmid, QStringLiteral("24958149"));
    EXPECT_EQ(ref.title,
              QStringLiteral("Autologous hematopoietic stem cell transplantation vs intravenous pulse "
                             "cyclophosphamide in diffuse cutaneous systemic sclerosis: a randomized "
                             "clinical trial."));
    EXPECT_EQ(ref.abstract,
              QStringLiteral("IMPORTANCE: A short sample abstract written for this test. OBJECTIVE: "
                             "To check that wrapped lines join with one space."));
    // Full names from FAU, not the initials of AU; CN is a group author.
    ASSERT_EQ(ref.authors.size(), 3);
    EXPECT_EQ(ref.authors[0], (Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M"), {}}));
    EXPECT_EQ(ref.authors[1], (Author{QStringLiteral("Farge"), QStringLiteral("Dominique"), {}}));
    EXPECT_EQ(ref.authors[2], (Author{{}, {}, QStringLiteral("EBMT/EULAR Scleroderma Study Group")}));
    EXPECT_EQ(ref.year, 2014);
    EXPECT_EQ(ref.volume, QStringLiteral("311"));
    EXPECT_EQ(ref.issue, QStringLiteral("24"));
    EXPECT_EQ(ref.pages, QStringLiteral("2490-8")) << "pages stay raw; the normaliser expands them";
    EXPECT_EQ(ref.doi, QStringLiteral("10.1001/jama.2014.6368"));
    EXPECT_EQ(ref.journal, QStringLiteral("JAMA"));
    EXPECT_EQ(ref.language, QStringLiteral("eng"));
    EXPECT_EQ(ref.type, PublicationType::JournalArticle);
    EXPECT_EQ(ref.keywords,
              (QStringList{QStringLiteral("scleroderma"),
                           QStringLiteral("Humans"),
                           QStringLiteral("Scleroderma, Diffuse/*therapy")}));
    EXPECT_TRUE(first.notFound.isEmpty());
    EXPECT_TRUE(first.rawText.startsWith(QStringLiteral("PMID- 24958149\nOWN - NLM\n")));
    EXPECT_TRUE(first.rawText.endsWith(QStringLiteral("SO  - JAMA. 2014 Jun 25;311(24):2490-8.")));
}

TEST(MedlineParserTest, FallsBackToInitialsAndAbbreviatedJournal)
{
    MedlineParser parser;
    auto outcome = parseFile(parser, sample("medline_basic.nbib"));
    ASSERT_EQ(outcome.sink.records.size(), 3);
    const ParsedRecord& second = outcome.sink.records[1];
    EXPECT_EQ(second.recordNumber, 2);
    EXPECT_EQ(second.line, 33);
    EXPECT_EQ(second.reference.year, 2011) << "DP 2011 Aug-Sep";
    ASSERT_EQ(second.reference.authors.size(), 2);
    EXPECT_EQ(second.reference.authors[0], (Author{QStringLiteral("Smith"), QStringLiteral("AB"), {}}));
    EXPECT_EQ(second.reference.authors[1], (Author{QStringLiteral("de Souza"), QStringLiteral("C"), {}}));
    EXPECT_EQ(second.reference.journal, QStringLiteral("Rheumatology (Oxford)")) << "TA when there is no JT";
    EXPECT_TRUE(second.reference.doi.isEmpty()) << "a [pii] is never a DOI";
    EXPECT_EQ(second.reference.pages, QStringLiteral("101-9"));
    EXPECT_EQ(second.reference.type, PublicationType::JournalArticle) << "a review is a journal article";

    const ParsedRecord& third = outcome.sink.records[2];
    EXPECT_EQ(third.reference.type, PublicationType::ConferencePaper);
    EXPECT_EQ(third.reference.journal, QStringLiteral("Bone Marrow Transplantation"));
    EXPECT_EQ(third.notFound, QStringList{QStringLiteral("authors")});
    EXPECT_EQ(third.rawText,
              QStringLiteral("PMID- 21000002\nTI  - Proceedings of a meeting.\nDP  - 2019\n"
                             "PT  - Congress\nJT  - Bone Marrow Transplantation"));
}

TEST(MedlineParserTest, ReadsCrlf)
{
    MedlineParser parser;
    auto outcome = parseFile(parser, sample("medline_crlf.nbib"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("CRLF title continued"));
    EXPECT_EQ(outcome.sink.records[1].reference.pmid, QStringLiteral("2"));
    EXPECT_EQ(outcome.sink.records[1].line, 6);
    EXPECT_EQ(outcome.sink.records[1].reference.year, 2002) << "the last record needs no blank line after it";
}

TEST(MedlineParserTest, ReportsBlocksWithoutPmidAndKeepsGoing)
{
    MedlineParser parser;
    auto outcome = parseFile(parser, sample("medline_broken.nbib"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("Kept record"));
    EXPECT_EQ(outcome.sink.records[0].line, 6);
    EXPECT_EQ(outcome.sink.records[1].reference.title, QStringLiteral("Record that follows without a blank line"));
    EXPECT_EQ(outcome.sink.records[1].line, 9);
    EXPECT_EQ(outcome.sink.records[1].recordNumber, 2);
    ASSERT_EQ(outcome.sink.problems.size(), 2);
    EXPECT_EQ(outcome.sink.problems[0].severity, Severity::Warning);
    EXPECT_EQ(outcome.sink.problems[0].line, 1);
    EXPECT_EQ(outcome.sink.problems[1].severity, Severity::Error);
    EXPECT_EQ(outcome.sink.problems[1].line, 3);
    EXPECT_TRUE(outcome.sink.problems[1].message.contains(QStringLiteral("PMID")));
}

TEST(MedlineParserTest, EmptyGarbageAndBinaryFilesAreErrors)
{
    MedlineParser parser;
    auto empty = parseBytes(parser, QByteArray());
    ASSERT_FALSE(empty.result);
    EXPECT_TRUE(empty.result.error().message.contains(QStringLiteral("contains no MEDLINE records")));
    auto garbage = parseBytes(parser, "hello\nworld\n");
    ASSERT_FALSE(garbage.result);
    EXPECT_EQ(garbage.sink.problems.size(), 1);
    auto binary = parseBytes(parser, QByteArray("PMID- 1\nTI  - x\0y\n", 17));
    ASSERT_FALSE(binary.result);
    EXPECT_TRUE(binary.result.error().message.contains(QStringLiteral("binary")));
    EXPECT_TRUE(binary.sink.records.isEmpty());
}

TEST(MedlineParserTest, InvalidUtf8IsAWarning)
{
    MedlineParser parser;
    auto outcome = parseBytes(parser, "PMID- 1\nTI  - Na\xefve\n");
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 1);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("Na\u00efve"));
    ASSERT_EQ(outcome.sink.problems.size(), 1);
    EXPECT_EQ(outcome.sink.problems[0].severity, Severity::Warning);
    EXPECT_EQ(outcome.sink.problems[0].line, 2);
}

TEST(MedlineParserTest, StopsWhenTheSinkCancels)
{
    MedlineParser parser;
    stemma::test::CollectingSink sink;
    sink.stopAfter = 2;
    QFile file(sample("medline_basic.nbib"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Result<void> result = parser.parse(file, file.fileName(), sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(sink.records.size(), 2);
}

TEST(MedlineParserTest, MapsPublicationTypes)
{
    const std::pair<const char*, PublicationType> cases[] = {
        {"PT  - Journal Article\nPT  - Review\n", PublicationType::JournalArticle},
        {"PT  - Case Reports\n", PublicationType::JournalArticle},
        {"PT  - Congress\n", PublicationType::ConferencePaper},
        {"PT  - Preprint\n", PublicationType::Preprint},
        {"PT  - Technical Report\n", PublicationType::Report},
        {"BTI - A book\nPT  - Review\n", PublicationType::Book},
        {"TI  - A chapter\nBTI - A book\n", PublicationType::BookChapter},
        {"", PublicationType::JournalArticle},
    };
    for (const auto& [fields, type] : cases) {
        MedlineParser parser;
        auto outcome = parseBytes(parser, QByteArray("PMID- 1\n") + fields);
        ASSERT_EQ(outcome.sink.records.size(), 1) << fields;
        EXPECT_EQ(outcome.sink.records[0].reference.type, type) << fields;
    }
}

// ---- Real exports from ../shared/realdata ----

TEST(MedlineParserTest, ReadsEveryRealFileWithTheManifestCounts)
{
    STEMMA_REQUIRE_SHARED();
    const std::pair<const char*, int> files[] = {
        {"jabref_MedlinePlainImporterTestMultipleEntries.txt", 5},
        {"jabref_NbibImporterTest.nbib", 1},
        {"metaknowledge_medline_test.nbib", 175},
    };
    QStringList seen;
    for (const auto& [name, count] : files) {
        MedlineParser parser;
        auto outcome = parseFile(parser, realMedline(name));
        ASSERT_TRUE(outcome.result) << name << ": " << outcome.result.error().message.toStdString();
        EXPECT_EQ(outcome.sink.records.size(), count) << name;
        for (qsizetype i = 0; i < outcome.sink.records.size(); ++i) {
            EXPECT_EQ(outcome.sink.records[i].recordNumber, i + 1) << name;
            EXPECT_TRUE(outcome.sink.records[i].rawText.startsWith(QStringLiteral("PMID-"))) << name;
        }
        seen << QString::fromUtf8(name);
    }
    QStringList all =
        QDir(stemma::test::sharedPath(QStringLiteral("realdata/medline"))).entryList(QDir::Files, QDir::Name);
    seen.sort();
    EXPECT_EQ(all, seen);
}

TEST(MedlineParserTest, ReadsMetaknowledgeDetails)
{
    STEMMA_REQUIRE_SHARED();
    MedlineParser parser;
    auto outcome = parseFile(parser, realMedline("metaknowledge_medline_test.nbib"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 175);
    EXPECT_TRUE(outcome.sink.problems.isEmpty());

    const ParsedRecord& first = outcome.sink.records[0];
    EXPECT_EQ(first.line, 2) << "the file starts with a blank line";
    EXPECT_EQ(first.reference.pmid, QStringLiteral("26524502"));
    EXPECT_EQ(first.reference.title, QStringLiteral("Bioinformatic survey of ABC transporters in dermatophytes."));
    EXPECT_EQ(first.reference.doi, QStringLiteral("10.1016/j.gene.2015.10.064")) << "the [doi] LID, not the [pii]";
    EXPECT_EQ(first.reference.pages, QStringLiteral("466-75"));
    EXPECT_EQ(first.reference.issue, QStringLiteral("1 Pt 3"));
    EXPECT_EQ(first.reference.year, 2016);
    EXPECT_EQ(first.reference.journal, QStringLiteral("Gene"));
    // Continuation lines with trailing blanks join with exactly one space.
    EXPECT_TRUE(first.reference.abstract.startsWith(
        QStringLiteral("ATP binding cassette (ABC) transporters constitute a very large and ubiquitous superfamily "
                       "of membrane proteins. They are responsible for ATP hydrolysis driven translocation of "
                       "countless substrates.")));
    EXPECT_TRUE(first.reference.abstract.endsWith(QStringLiteral("could lead to novel substrate specificity.")));
    ASSERT_EQ(first.reference.authors.size(), 3);
    EXPECT_EQ(first.reference.authors[0], (Author{QStringLiteral("Gadzalski"), QStringLiteral("Marek"), {}}));

    // Record 17 has a group author after its three people.
    const ParsedRecord& grouped = outcome.sink.records[16];
    EXPECT_EQ(grouped.reference.pmid, QStringLiteral("26516810"));
    EXPECT_EQ(grouped.line, 1383);
    ASSERT_FALSE(grouped.reference.authors.isEmpty());
    EXPECT_EQ(grouped.reference.authors.last(), (Author{{}, {}, QStringLiteral("Pelvic Floor Disorders Network")}));
    EXPECT_EQ(grouped.reference.journal, QStringLiteral("Female pelvic medicine & reconstructive surgery"));
}

TEST(MedlineParserTest, ReadsTheJabrefFilesAndReportsTheirOddBlocks)
{
    STEMMA_REQUIRE_SHARED();
    MedlineParser parser;
    auto multiple = parseFile(parser, realMedline("jabref_MedlinePlainImporterTestMultipleEntries.txt"));
    ASSERT_TRUE(multiple.result);
    ASSERT_EQ(multiple.sink.records.size(), 5);
    const Reference& first = multiple.sink.records[0].reference;
    EXPECT_EQ(first.title,
              QStringLiteral("From danger and motherhood to health and beauty: health advice for the "
                             "factory girl in early twentieth-century Britain."));
    EXPECT_EQ(first.journal, QStringLiteral("20 century British history"));
    ASSERT_EQ(first.authors.size(), 2);
    EXPECT_EQ(first.authors[1], (Author{QStringLiteral("Marland"), QStringLiteral("Hilary"), {}}));
    EXPECT_EQ(first.pages, QStringLiteral("454-81"));
    // "PMID-22664220" has no space after the dash.
    EXPECT_EQ(multiple.sink.records[1].reference.pmid, QStringLiteral("22664220"));
    EXPECT_EQ(multiple.sink.records[1].line, 87);
    EXPECT_EQ(multiple.sink.records[1].reference.type, PublicationType::Report);
    EXPECT_EQ(multiple.sink.records[1].reference.doi, QStringLiteral("10.1016/j.cpr.2005.02.002"));
    EXPECT_EQ(multiple.sink.records[2].reference.journal, QStringLiteral("Inproceedings book title"));
    EXPECT_EQ(multiple.sink.records[4].reference.pmid, QStringLiteral("45984220"));
    // The stray text line and the two blocks that have no PMID line.
    ASSERT_EQ(multiple.sink.problems.size(), 3);
    EXPECT_EQ(multiple.sink.problems[0].line, 53);
    EXPECT_EQ(multiple.sink.problems[0].severity, Severity::Warning);
    EXPECT_EQ(multiple.sink.problems[1].line, 55);
    EXPECT_EQ(multiple.sink.problems[2].line, 77);

    auto nbib = parseFile(parser, realMedline("jabref_NbibImporterTest.nbib"));
    ASSERT_TRUE(nbib.result);
    ASSERT_EQ(nbib.sink.records.size(), 1);
    const Reference& ref = nbib.sink.records[0].reference;
    EXPECT_EQ(ref.pmid, QStringLiteral("27169098"));
    EXPECT_EQ(ref.doi, QStringLiteral("10.4103/2277-9175.180636"));
    EXPECT_EQ(ref.journal, QStringLiteral("Advanced biomedical research"));
    EXPECT_EQ(ref.pages, QStringLiteral("67"));
    ASSERT_EQ(ref.authors.size(), 4);
    EXPECT_EQ(ref.authors[0], (Author{QStringLiteral("Shruthi"), QStringLiteral("Basavaradhya Sahukar"), {}}));
    EXPECT_EQ(ref.authors[2], (Author{QStringLiteral("Selvamani"), {}, {}}));
    EXPECT_EQ(ref.authors[3], (Author{{}, {}, QStringLiteral("corporater")}));
    EXPECT_EQ(ref.keywords.first(), QStringLiteral("Biomarkers"));
    EXPECT_EQ(ref.type, PublicationType::JournalArticle);
}
