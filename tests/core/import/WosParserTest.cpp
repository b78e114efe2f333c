// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

QString realWos(const QString& name)
{
    return stemma::test::sharedPath(QStringLiteral("realdata/wos/") + name);
}

} // namespace

TEST(WosParserTest, NamesItsFormat)
{
    WosParser parser;
    EXPECT_EQ(parser.format(), QStringLiteral("wos"));
    EXPECT_FALSE(parser.displayName().isEmpty());
}

TEST(WosParserTest, ConfidenceComesFromTheHeaderOrFirstRecord)
{
    WosParser parser;
    EXPECT_EQ(parser.confidence("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n", QStringLiteral("a.txt")), 100);
    EXPECT_EQ(parser.confidence("\xEF\xBB\xBF"
                                "FN Clarivate\r\nVR 1.0\r\n",
                                QStringLiteral("a.txt")),
              100);
    EXPECT_GT(parser.confidence("PT J\nAU Doe, J\nTI A title\nER\n", QStringLiteral("a.isi")), 50);
    EXPECT_EQ(parser.confidence("TY  - JOUR\nER  - \n", QStringLiteral("a.txt")), 0);
    EXPECT_EQ(parser.confidence("PMID- 1\nTI  - x\n", QStringLiteral("a.txt")), 0);
    // The tab-delimited export is another format.
    EXPECT_EQ(parser.confidence("PT\tAU\tBA\tBE\tGP\tAF\tBF\tCA\tTI\r", QStringLiteral("a.txt")), 0);
}

TEST(WosParserTest, ReadsARecordFieldByField)
{
    WosParser parser;
    auto outcome = parseFile(parser, sample("wos_basic.txt"));
    ASSERT_TRUE(outcome.result) << outcome.result.error().message.toStdString();
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_TRUE(outcome.sink.problems.isEmpty());

    const ParsedRecord& first = outcome.sink.records[0];
    EXPECT_EQ(first.recordNumber, 1);
    EXPECT_EQ(first.line, 3);
    const Reference& ref = first.reference;
    ASSERT_EQ(ref.authors.size(), 3);
    EXPECT_EQ(ref.authors[0], (Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M."), {}})) << "AF over AU";
    EXPECT_EQ(ref.authors[1], (Author{QStringLiteral("Farge"), QStringLiteral("Dominique"), {}}));
    EXPECT_EQ(ref.authors[2], (Author{{}, {}, QStringLiteral("EBMT EULAR Scleroderma Study Grp")}));
    EXPECT_EQ(ref.title,
              QStringLiteral("Autologous hematopoietic stem cell transplantation vs intravenous pulse "
                             "cyclophosphamide in diffuse cutaneous systemic sclerosis"));
    EXPECT_EQ(ref.journal, QStringLiteral("JAMA-JOURNAL OF THE AMERICAN MEDICAL ASSOCIATION"));
    EXPECT_EQ(ref.language, QStringLiteral("English"));
    EXPECT_EQ(ref.type, PublicationType::JournalArticle);
    EXPECT_EQ(ref.keywords,
              (QStringList{QStringLiteral("systemic sclerosis"),
                           QStringLiteral("stem cell transplantation"),
                           QStringLiteral("cyclophosphamide"),
                           QStringLiteral("SCLERODERMA"),
                           QStringLiteral("THERAPY")}));
    EXPECT_EQ(ref.abstract,
              QStringLiteral("A short sample abstract written for this test, wrapped onto a second line."));
    EXPECT_EQ(ref.year, 2014);
    EXPECT_EQ(ref.volume, QStringLiteral("311"));
    EXPECT_EQ(ref.issue, QStringLiteral("24"));
    EXPECT_EQ(ref.pages, QStringLiteral("2490-2498"));
    EXPECT_EQ(ref.doi, QStringLiteral("10.1001/jama.2014.6368"));
    EXPECT_EQ(ref.pmid, QStringLiteral("24958149"));
    EXPECT_TRUE(first.rawText.startsWith(QStringLiteral("PT J\nAU van Laar, JM\n   Farge, D\n")));
    EXPECT_TRUE(first.rawText.endsWith(QStringLiteral("UT WOS:000338178300016\nER")));

    const ParsedRecord& second = outcome.sink.records[1];
    EXPECT_EQ(second.line, 30);
    EXPECT_EQ(second.reference.type, PublicationType::ConferenceAbstract);
    EXPECT_EQ(second.reference.pages, QStringLiteral("e0200001")) << "article number when there are no pages";
    EXPECT_EQ(second.reference.authors, QList<Author>{(Author{QStringLiteral("Smith"), QStringLiteral("A"), {}})})
        << "AU when there is no AF";
}

TEST(WosParserTest, ReadsClassicMacLineEndsAndKeepsATruncatedRecord)
{
    WosParser parser;
    auto outcome = parseFile(parser, sample("wos_cr_truncated.txt"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("Classic Mac line ends"));
    EXPECT_EQ(outcome.sink.records[0].reference.year, 1998);
    EXPECT_EQ(outcome.sink.records[1].reference.type, PublicationType::Book);
    EXPECT_EQ(outcome.sink.records[1].reference.title, QStringLiteral("Truncated book"));
    EXPECT_EQ(outcome.sink.records[1].line, 9);
    EXPECT_EQ(outcome.sink.records[1].notFound, QStringList{QStringLiteral("year")});
    ASSERT_EQ(outcome.sink.problems.size(), 1);
    EXPECT_EQ(outcome.sink.problems[0].severity, Severity::Warning);
    EXPECT_EQ(outcome.sink.problems[0].record, 2);
    EXPECT_EQ(outcome.sink.problems[0].line, 12);
}

TEST(WosParserTest, ReportsTagsOutsideRecordsAndUnclosedRecords)
{
    WosParser parser;
    auto outcome = parseBytes(parser, "FN x\nVR 1.0\nAU Lost, A\nTI Orphan\nER\nPT J\nTI One\nPT J\nTI Two\nER\nEF\n");
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("One"));
    EXPECT_EQ(outcome.sink.records[0].rawText, QStringLiteral("PT J\nTI One"));
    EXPECT_EQ(outcome.sink.records[1].reference.title, QStringLiteral("Two"));
    ASSERT_EQ(outcome.sink.problems.size(), 2);
    EXPECT_EQ(outcome.sink.problems[0].severity, Severity::Error);
    EXPECT_EQ(outcome.sink.problems[0].line, 3);
    EXPECT_EQ(outcome.sink.problems[1].severity, Severity::Warning);
    EXPECT_EQ(outcome.sink.problems[1].line, 8);
    EXPECT_EQ(outcome.sink.problems[1].record, 1);
}

TEST(WosParserTest, EmptyGarbageBinaryAndCancelled)
{
    WosParser parser;
    auto empty = parseBytes(parser, "FN Clarivate\nVR 1.0\nEF\n");
    ASSERT_FALSE(empty.result);
    EXPECT_TRUE(empty.result.error().message.contains(QStringLiteral("contains no Web of Science records")));
    auto binary = parseBytes(parser, QByteArray("PT J\nTI \0\n", 10));
    ASSERT_FALSE(binary.result);
    EXPECT_TRUE(binary.result.error().message.contains(QStringLiteral("binary")));

    stemma::test::CollectingSink sink;
    sink.stopAfter = 1;
    QFile file(sample("wos_basic.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Result<void> result = parser.parse(file, file.fileName(), sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(sink.records.size(), 1);
}

// ---- Real exports from ../shared/realdata ----

TEST(WosParserTest, ReadsEveryRealPlainTextFileWithTheManifestCounts)
{
    STEMMA_REQUIRE_SHARED();
    const std::pair<const char*, int> files[] = {
        {"WoS_other_reference_software_r4001-4012.txt", 12},
        {"metaknowledge_testFile.isi", 34},
    };
    for (const auto& [name, count] : files) {
        WosParser parser;
        auto outcome = parseFile(parser, realWos(QString::fromUtf8(name)));
        ASSERT_TRUE(outcome.result) << name << ": " << outcome.result.error().message.toStdString();
        EXPECT_EQ(outcome.sink.records.size(), count) << name;
        EXPECT_EQ(outcome.sink.countProblems(Severity::Error), 0) << name;
        for (qsizetype i = 0; i < outcome.sink.records.size(); ++i) {
            const ParsedRecord& record = outcome.sink.records[i];
            EXPECT_EQ(record.recordNumber, i + 1) << name;
            EXPECT_TRUE(record.rawText.startsWith(QStringLiteral("PT "))) << name;
            EXPECT_TRUE(record.rawText.endsWith(QStringLiteral("\nER"))) << name;
            EXPECT_FALSE(record.reference.title.isEmpty()) << name << " record " << i + 1;
        }
    }
    // Every plain-text export in the folder is covered; the tab-delimited one is not this format.
    const QStringList tagged = QDir(stemma::test::sharedPath(QStringLiteral("realdata/wos")))
                                   .entryList({QStringLiteral("*.txt"), QStringLiteral("*.isi")}, QDir::Files);
    QStringList plainText;
    for (const QString& name : tagged) {
        if (!name.contains(QStringLiteral("tabdelimited")))
            plainText << name;
        QFile file(realWos(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(4096);
        WosParser parser;
        if (name.contains(QStringLiteral("tabdelimited")))
            EXPECT_EQ(parser.confidence(head, name), 0) << name.toStdString();
        else
            EXPECT_EQ(parser.confidence(head, name), 100) << name.toStdString();
    }
    plainText.sort();
    EXPECT_EQ(plainText,
              (QStringList{QStringLiteral("WoS_other_reference_software_r4001-4012.txt"),
                           QStringLiteral("metaknowledge_testFile.isi")}));
}

TEST(WosParserTest, RefusesTheTabDelimitedExportWithoutCrashing)
{
    STEMMA_REQUIRE_SHARED();
    WosParser parser;
    auto outcome = parseFile(parser, realWos(QStringLiteral("litsearchr_WoS_corecollection_tabdelimited.txt")));
    ASSERT_FALSE(outcome.result);
    EXPECT_EQ(outcome.result.error().code, ErrorCode::Parse);
    EXPECT_TRUE(outcome.sink.records.isEmpty());
}

TEST(WosParserTest, ReadsRealExportDetails)
{
    STEMMA_REQUIRE_SHARED();
    WosParser parser;
    auto outcome = parseFile(parser, realWos(QStringLiteral("WoS_other_reference_software_r4001-4012.txt")));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 12);
    const ParsedRecord& first = outcome.sink.records[0];
    EXPECT_EQ(first.line, 3) << "after the FN/VR header; the BOM is dropped";
    EXPECT_EQ(first.reference.title,
              QStringLiteral("Caregivers' views on stigmatization and discrimination of "
                             "people affected by leprosy in Ghana"));
    ASSERT_EQ(first.reference.authors.size(), 3);
    EXPECT_EQ(first.reference.authors[0], (Author{QStringLiteral("Asampong"), QStringLiteral("Emmanuel"), {}}));
    EXPECT_EQ(first.reference.authors[1],
              (Author{QStringLiteral("Gyeke"), QStringLiteral("Mavis Dako Plusminus"), {}}));
    EXPECT_EQ(first.reference.journal, QStringLiteral("PLOS NEGLECTED TROPICAL DISEASES"));
    EXPECT_EQ(first.reference.year, 2018);
    EXPECT_EQ(first.reference.pages, QStringLiteral("e0006219"));
    EXPECT_EQ(first.reference.doi, QStringLiteral("10.1371/journal.pntd.0006219"));
    EXPECT_EQ(first.reference.pmid, QStringLiteral("29377890"));
    EXPECT_EQ(first.reference.keywords,
              (QStringList{QStringLiteral("MENTAL-HEALTH"), QStringLiteral("STIGMA"), QStringLiteral("INDIA")}));

    // Record 5 lists its group author in CA after nineteen people.
    const ParsedRecord& fifth = outcome.sink.records[4];
    EXPECT_EQ(fifth.line, 339);
    ASSERT_EQ(fifth.reference.authors.size(), 20);
    EXPECT_EQ(fifth.reference.authors[0], (Author{QStringLiteral("Means"), QStringLiteral("Arianna Rubin"), {}}));
    EXPECT_EQ(fifth.reference.authors.last(), (Author{{}, {}, QStringLiteral("DeWorm3 Implementation Sci Team")}));
    EXPECT_EQ(fifth.reference.doi, QStringLiteral("10.1371/journal.pntd.0005988"));

    auto isi = parseFile(parser, realWos(QStringLiteral("metaknowledge_testFile.isi")));
    ASSERT_TRUE(isi.result);
    ASSERT_EQ(isi.sink.records.size(), 34);
    const Reference& brevik = isi.sink.records[0].reference;
    EXPECT_EQ(brevik.title,
              QStringLiteral("EXPERIMENTS IN PHENOMENOLOGICAL ELECTRODYNAMICS AND THE ELECTROMAGNETIC "
                             "ENERGY-MOMENTUM TENSOR"));
    EXPECT_EQ(brevik.authors, QList<Author>{(Author{QStringLiteral("BREVIK"), QStringLiteral("I"), {}})});
    EXPECT_EQ(brevik.year, 1979);
    EXPECT_EQ(brevik.pages, QStringLiteral("133-201"));
    EXPECT_EQ(brevik.doi, QStringLiteral("10.1016/0370-1573(79)90074-7"));
    EXPECT_EQ(brevik.type, PublicationType::JournalArticle) << "DT Review";
    // "AUGilles, H" lacks the space after its tag: reported, and the record still reads.
    ASSERT_EQ(isi.sink.problems.size(), 1);
    EXPECT_EQ(isi.sink.problems[0].severity, Severity::Warning);
    EXPECT_EQ(isi.sink.problems[0].line, 416);
    EXPECT_EQ(isi.sink.problems[0].record, 6);
    const Reference& gilles = isi.sink.records[5].reference;
    ASSERT_EQ(gilles.authors.size(), 3);
    EXPECT_EQ(gilles.authors[2], (Author{QStringLiteral("Hamel"), QStringLiteral("J"), {}}));
    EXPECT_EQ(gilles.title,
              QStringLiteral("Simple technique for measuring the Goos-Hanchen effect with polarization "
                             "modulation and a position-sensitive detector"));
}
