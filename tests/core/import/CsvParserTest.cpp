// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/CsvParser.h"

#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

using namespace stemma::core;
using namespace stemma::core::import;

namespace {

class CollectingSink : public ParseSink
{
public:
    bool record(ParsedRecord&& record) override
    {
        records.append(std::move(record));
        return stopAfter < 0 || records.size() < stopAfter;
    }
    void problem(const ImportProblem& problem) override { problems.append(problem); }

    QList<ParsedRecord> records;
    QList<ImportProblem> problems;
    qsizetype stopAfter = -1;
};

Result<void> parseFile(const QString& path, CollectingSink& sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, path);
    CsvParser parser;
    return parser.parse(file, QFileInfo(path).fileName(), sink);
}

Result<void> parseBytes(const QByteArray& bytes, CollectingSink& sink)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvParser parser;
    return parser.parse(buffer, QStringLiteral("x.csv"), sink);
}

} // namespace

TEST(CsvParserTest, ReadsScopusColumnsFieldByField)
{
    CollectingSink sink;
    ASSERT_TRUE(parseFile(stemma::test::testDataPath(QStringLiteral("import/scopus_sample.csv")), sink));
    ASSERT_EQ(sink.records.size(), 3);

    const ParsedRecord& first = sink.records[0];
    EXPECT_EQ(first.recordNumber, 1);
    EXPECT_EQ(first.line, 2);
    const Reference& r = first.reference;
    EXPECT_EQ(r.title, QStringLiteral("Autologous stem cell transplantation, a \"reset\" for systemic sclerosis"));
    ASSERT_EQ(r.authors.size(), 3);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M."), {}}));
    EXPECT_EQ(r.authors[1], (Author{QStringLiteral("Farge"), QStringLiteral("Dominique"), {}}));
    EXPECT_EQ(r.authors[2], (Author{QStringLiteral("Sont"), QStringLiteral("Jacob K."), {}}));
    EXPECT_EQ(r.year, 2014);
    EXPECT_EQ(r.journal, QStringLiteral("Journal of Imaginary Rheumatology"));
    EXPECT_EQ(r.volume, QStringLiteral("311"));
    EXPECT_EQ(r.issue, QStringLiteral("24"));
    EXPECT_EQ(r.pages, QStringLiteral("2490-2498"));
    EXPECT_EQ(r.doi, QStringLiteral("10.1000/JIR.2014.6368")); // normalised later, by the pipeline
    EXPECT_EQ(r.pmid, QStringLiteral("24958149"));
    EXPECT_EQ(r.url, QStringLiteral("https://www.scopus.com/inward/record.uri?eid=2-s2.0-1"));
    EXPECT_EQ(r.abstract, QStringLiteral("First line of the abstract.\nSecond line, with a comma."));
    EXPECT_EQ(r.keywords,
              (QStringList{QStringLiteral("stem cells"),
                           QStringLiteral("systemic sclerosis"),
                           QStringLiteral("Humans"),
                           QStringLiteral("Transplantation")}));
    EXPECT_EQ(r.type, PublicationType::JournalArticle);
    EXPECT_EQ(r.language, QStringLiteral("English"));
    EXPECT_TRUE(first.rawText.startsWith(QStringLiteral("\"Laar J.M.V.; Farge D.; Sont J.K.\",")));
    EXPECT_TRUE(first.rawText.endsWith(QStringLiteral("\"24958149\"")));

    const ParsedRecord& second = sink.records[1];
    EXPECT_EQ(second.line, 4);
    EXPECT_TRUE(second.reference.abstract.isEmpty()); // "[No abstract available]"
    EXPECT_EQ(second.reference.pages, QStringLiteral("e12"));
    EXPECT_EQ(second.reference.type, PublicationType::ConferencePaper);
    ASSERT_EQ(second.reference.authors.size(), 1);
    EXPECT_EQ(second.reference.authors[0], (Author{QStringLiteral("Smith"), QStringLiteral("Anna"), {}}));

    // Without "Author full names", the older "Surname I., Surname I." style splits after each initial.
    const ParsedRecord& third = sink.records[2];
    EXPECT_EQ(third.recordNumber, 4);
    EXPECT_EQ(third.line, 7);
    ASSERT_EQ(third.reference.authors.size(), 2);
    EXPECT_EQ(third.reference.authors[0].family, QStringLiteral("Craig"));
    EXPECT_EQ(third.reference.authors[1].family, QStringLiteral("Mazerolle"));
    EXPECT_EQ(third.reference.pages, QStringLiteral("134-141"));

    ASSERT_EQ(sink.problems.size(), 1);
    EXPECT_EQ(sink.problems[0].line, 5);
    EXPECT_EQ(sink.problems[0].record, 3);
    EXPECT_EQ(sink.problems[0].toString(),
              QStringLiteral("scopus_sample.csv:5: record 3: the row has 3 fields but the header has 17; row skipped"));
}

TEST(CsvParserTest, ReadsGenericScreeningColumns)
{
    CollectingSink sink;
    ASSERT_TRUE(parseFile(stemma::test::testDataPath(QStringLiteral("import/screening_sample.csv")), sink));
    ASSERT_EQ(sink.records.size(), 2);
    const Reference& r = sink.records[0].reference;
    EXPECT_EQ(r.title, QStringLiteral("Mesenchymal cells in a made-up trial"));
    EXPECT_EQ(r.abstract, QStringLiteral("An abstract with \"quotes\" and, commas."));
    ASSERT_EQ(r.authors.size(), 2);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("Doe"), QStringLiteral("Jane"), {}}));
    EXPECT_EQ(r.authors[1], (Author{QStringLiteral("Roe"), QStringLiteral("Richard"), {}}));
    EXPECT_EQ(r.year, 2019);
    EXPECT_EQ(r.journal, QStringLiteral("Made-up Journal"));
    EXPECT_EQ(r.doi, QStringLiteral("10.1000/abc.1"));
    EXPECT_EQ(r.pmid, QStringLiteral("12345678"));
    EXPECT_EQ(r.keywords, (QStringList{QStringLiteral("MSC"), QStringLiteral("SSc")}));
    EXPECT_EQ(r.url, QStringLiteral("https://example.org/1"));

    const ParsedRecord& second = sink.records[1];
    EXPECT_TRUE(second.reference.abstract.isEmpty());
    ASSERT_EQ(second.reference.authors.size(), 1);
    EXPECT_TRUE(second.reference.authors[0].isCollective());
    EXPECT_TRUE(second.notFound.isEmpty());
}

TEST(CsvParserTest, ReadsWebOfScienceTabDelimitedWithCrEndingsAndTrailingTab)
{
    CollectingSink sink;
    ASSERT_TRUE(parseFile(stemma::test::testDataPath(QStringLiteral("import/wos_sample.txt")), sink));
    EXPECT_TRUE(sink.problems.isEmpty());
    ASSERT_EQ(sink.records.size(), 2);
    const Reference& r = sink.records[0].reference;
    EXPECT_EQ(r.title, QStringLiteral("\"Quoted\" start of a made-up title"));
    ASSERT_EQ(r.authors.size(), 2);
    EXPECT_EQ(r.authors[1], (Author{QStringLiteral("Doe"), QStringLiteral("Jane A."), {}}));
    EXPECT_EQ(r.journal, QStringLiteral("JOURNAL OF MADE-UP STUDIES"));
    EXPECT_EQ(r.year, 2018);
    EXPECT_EQ(r.volume, QStringLiteral("12"));
    EXPECT_EQ(r.issue, QStringLiteral("3"));
    EXPECT_EQ(r.pages, QStringLiteral("100-110"));
    EXPECT_EQ(r.doi, QStringLiteral("10.1000/wos.1"));
    EXPECT_EQ(r.abstract, QStringLiteral("A tab-delimited abstract."));
    EXPECT_EQ(
        r.keywords,
        (QStringList{
            QStringLiteral("cells"), QStringLiteral("fibrosis"), QStringLiteral("SKIN"), QStringLiteral("LUNG")}));
    EXPECT_EQ(sink.records[0].line, 2);
    EXPECT_EQ(sink.records[1].line, 3);
    EXPECT_EQ(sink.records[1].reference.pmid, QStringLiteral("29000000"));
    EXPECT_EQ(sink.records[1].reference.pages, QStringLiteral("5-9"));
}

TEST(CsvParserTest, ConfidenceFollowsTheHeader)
{
    CsvParser parser;
    EXPECT_EQ(parser.confidence("PT\tAU\tAF\tTI\tSO\r", QStringLiteral("x.txt")), 90);
    EXPECT_EQ(parser.confidence("Authors,Title,Year,Source title\n", QStringLiteral("scopus.csv")), 85);
    EXPECT_EQ(parser.confidence("record_id,title,abstract\n", QStringLiteral("a.csv")), 70);
    EXPECT_EQ(parser.confidence("TY  - JOUR\nAU  - Smith\n", QStringLiteral("a.ris")), 0);
    EXPECT_EQ(parser.confidence("%PDF-1.7\n\0\0", QStringLiteral("a.pdf")), 0);
}

TEST(CsvParserTest, RejectsEmptyBinaryAndTitlelessInput)
{
    CollectingSink sink;
    const auto empty = parseBytes(QByteArray(), sink);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::Parse);

    const auto binary = parseBytes(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), sink);
    ASSERT_FALSE(binary);
    EXPECT_EQ(binary.error().code, ErrorCode::Parse);

    const auto noTitle = parseBytes("name,age\nx,3\n", sink);
    ASSERT_FALSE(noTitle);
    EXPECT_TRUE(noTitle.error().message.contains(QStringLiteral("no title column")));
    EXPECT_TRUE(sink.records.isEmpty());
}

TEST(CsvParserTest, StopsWhenTheSinkCancels)
{
    CollectingSink sink;
    sink.stopAfter = 1;
    const auto result = parseBytes("title\nA\nB\nC\n", sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(sink.records.size(), 1);
}

TEST(CsvParserTest, ReportsAnUnclosedQuoteWithItsLine)
{
    CollectingSink sink;
    ASSERT_TRUE(parseBytes("title,year\nGood,2001\n\"Bad,2002\nLost,2003\n", sink));
    ASSERT_EQ(sink.records.size(), 1);
    ASSERT_EQ(sink.problems.size(), 1);
    EXPECT_EQ(sink.problems[0].line, 3);
    EXPECT_EQ(sink.problems[0].record, 2);
}

TEST(CsvParserTest, ReadsTheRealScopusExport)
{
    STEMMA_REQUIRE_SHARED();
    CollectingSink sink;
    ASSERT_TRUE(
        parseFile(stemma::test::sharedPath(QStringLiteral("realdata/scopus/litsearchr_borealis_scopus.csv")), sink));
    EXPECT_TRUE(sink.problems.isEmpty());
    ASSERT_EQ(sink.records.size(), 137);
    const Reference& r = sink.records[0].reference;
    EXPECT_EQ(r.title,
              QStringLiteral("Predictors of habitat use and nesting success for two sympatric species of boreal "
                             "woodpeckers in an unburned, managed forest landscape"));
    ASSERT_EQ(r.authors.size(), 5);
    EXPECT_EQ(r.authors[0].family, QStringLiteral("Craig"));
    EXPECT_EQ(r.authors[4].family, QStringLiteral("Villard"));
    EXPECT_EQ(r.authors[4].given, QStringLiteral("M.-A."));
    EXPECT_EQ(r.year, 2019);
    EXPECT_EQ(r.journal, QStringLiteral("Forest Ecology and Management"));
    EXPECT_EQ(r.volume, QStringLiteral("438"));
    EXPECT_EQ(r.pages, QStringLiteral("134-141"));
    EXPECT_EQ(r.doi, QStringLiteral("10.1016/j.foreco.2019.02.016"));
    EXPECT_EQ(r.type, PublicationType::JournalArticle);
    EXPECT_EQ(sink.records.back().recordNumber, 137);
    // Non-ASCII names survive, and the older comma style splits only after initials.
    const QList<Author>& third = sink.records[2].reference.authors;
    ASSERT_EQ(third.size(), 3);
    EXPECT_EQ(third[1], (Author{QStringLiteral("Hj\u00E4lt\u00E9n"), QStringLiteral("J."), {}}));
    EXPECT_EQ(third[2], (Author{QStringLiteral("Roberge"), QStringLiteral("J.-M."), {}}));
}

TEST(CsvParserTest, ReadsTheRealScreeningDatasets)
{
    STEMMA_REQUIRE_SHARED();
    struct Expected
    {
        const char* file;
        qsizetype records;
        qsizetype withoutAbstract;
    };
    for (const Expected& expected : {Expected{"Cohen_2006_ADHD.csv", 851, 48},
                                     Expected{"Kitchenham_2010.csv", 1704, 4},
                                     Expected{"Nagtegaal_2019.csv", 2019, 169}}) {
        SCOPED_TRACE(expected.file);
        CollectingSink sink;
        ASSERT_TRUE(parseFile(
            stemma::test::sharedPath(QStringLiteral("realdata/screening/") + QString::fromLatin1(expected.file)),
            sink));
        EXPECT_TRUE(sink.problems.isEmpty());
        ASSERT_EQ(sink.records.size(), expected.records);
        qsizetype withoutAbstract = 0;
        for (const ParsedRecord& record : sink.records) {
            EXPECT_FALSE(record.reference.title.isEmpty());
            if (record.reference.abstract.isEmpty())
                ++withoutAbstract;
        }
        EXPECT_EQ(withoutAbstract, expected.withoutAbstract);
    }
}

TEST(CsvParserTest, ReadsCohenAuthorsAndPmids)
{
    STEMMA_REQUIRE_SHARED();
    CollectingSink sink;
    ASSERT_TRUE(parseFile(stemma::test::sharedPath(QStringLiteral("realdata/screening/Cohen_2006_ADHD.csv")), sink));
    ASSERT_FALSE(sink.records.isEmpty());
    const Reference& r = sink.records[0].reference;
    EXPECT_EQ(r.title,
              QStringLiteral("The effectiveness of clonidine as an analgesic in paediatric adenotonsillectomy."));
    EXPECT_EQ(r.pmid, QStringLiteral("10051933"));
    ASSERT_EQ(r.authors.size(), 6);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("Reimer"), QStringLiteral("E J"), {}}));
    EXPECT_EQ(r.keywords.front(), QStringLiteral("Acetaminophen"));
}

TEST(CsvParserTest, ReadsKitchenhamEmbeddedNewlinesWithLines)
{
    STEMMA_REQUIRE_SHARED();
    CollectingSink sink;
    ASSERT_TRUE(parseFile(stemma::test::sharedPath(QStringLiteral("realdata/screening/Kitchenham_2010.csv")), sink));
    ASSERT_EQ(sink.records.size(), 1704);
    qsizetype multiLine = 0;
    for (qsizetype i = 1; i < sink.records.size(); ++i) {
        EXPECT_GT(sink.records[i].line, sink.records[i - 1].line);
        if (sink.records[i - 1].rawText.contains(QLatin1Char('\n')))
            ++multiLine;
    }
    if (sink.records.back().rawText.contains(QLatin1Char('\n')))
        ++multiLine;
    EXPECT_EQ(multiLine, 53);
    EXPECT_EQ(sink.records[0].reference.year, 2006);
}

TEST(CsvParserTest, ReadsTheRealWebOfScienceTabDelimitedExport)
{
    STEMMA_REQUIRE_SHARED();
    CollectingSink sink;
    ASSERT_TRUE(parseFile(
        stemma::test::sharedPath(QStringLiteral("realdata/wos/litsearchr_WoS_corecollection_tabdelimited.txt")), sink));
    EXPECT_TRUE(sink.problems.isEmpty());
    ASSERT_EQ(sink.records.size(), 163);
    const ParsedRecord& first = sink.records[0];
    EXPECT_EQ(first.line, 2);
    const Reference& r = first.reference;
    EXPECT_EQ(r.title,
              QStringLiteral("Effects of pine-oak woodland restoration on breeding bird densities in the "
                             "Ozark-Ouachita Interior Highlands"));
    ASSERT_EQ(r.authors.size(), 3);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("Roach"), QStringLiteral("Melissa C."), {}}));
    EXPECT_EQ(r.authors[2], (Author{QStringLiteral("Jones-Farrand"), QStringLiteral("Todd"), {}}));
    EXPECT_EQ(r.journal, QStringLiteral("FOREST ECOLOGY AND MANAGEMENT"));
    EXPECT_EQ(r.year, 2019);
    EXPECT_EQ(r.volume, QStringLiteral("437"));
    EXPECT_EQ(r.pages, QStringLiteral("443-459"));
    EXPECT_EQ(r.doi, QStringLiteral("10.1016/j.foreco.2018.12.057"));
    EXPECT_EQ(r.language, QStringLiteral("English"));
    EXPECT_EQ(r.keywords.front(), QStringLiteral("Woodland"));
    EXPECT_EQ(sink.records.back().line, 164);
}

TEST(CsvParserTest, StreamsRecordsBeforeTheWholeFileIsRead)
{
    // Constant memory: the first record reaches the sink while most of the device is still unread.
    QByteArray data("title,abstract\n");
    const QByteArray abstract(1000, 'a');
    for (int i = 0; i < 4000; ++i)
        data += "Title " + QByteArray::number(i) + "," + abstract + "\n";
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);

    class PositionSink : public CollectingSink
    {
    public:
        explicit PositionSink(QIODevice& device)
            : m_device(device)
        {
        }
        bool record(ParsedRecord&& record) override
        {
            if (records.isEmpty())
                positionAtFirst = m_device.pos();
            return CollectingSink::record(std::move(record));
        }
        qint64 positionAtFirst = -1;

    private:
        QIODevice& m_device;
    } sink(buffer);

    CsvParser parser;
    ASSERT_TRUE(parser.parse(buffer, QStringLiteral("big.csv"), sink));
    EXPECT_EQ(sink.records.size(), 4000);
    EXPECT_EQ(sink.records.back().line, 4001);
    EXPECT_GT(sink.positionAtFirst, 0);
    EXPECT_LT(sink.positionAtFirst, data.size() / 10);
}

TEST(CsvParserTest, WarnsOnceAboutInvalidUtf8)
{
    CollectingSink sink;
    ASSERT_TRUE(parseBytes("title\nCaf\xE9 one\nCaf\xE9 two\n", sink));
    ASSERT_EQ(sink.records.size(), 2);
    EXPECT_EQ(sink.records[0].reference.title, QStringLiteral("Caf\u00E9 one"));
    EXPECT_EQ(sink.records[1].reference.title, QStringLiteral("Caf\u00E9 two"));
    ASSERT_EQ(sink.problems.size(), 1);
    EXPECT_EQ(sink.problems[0].severity, ImportProblem::Severity::Warning);
    EXPECT_EQ(sink.problems[0].line, 2);
}

TEST(CsvParserTest, RejectsADeviceThatCannotBeRead)
{
    QFile missing(stemma::test::testDataPath(QStringLiteral("import/does-not-exist.csv")));
    CsvParser parser;
    CollectingSink sink;
    const auto result = parser.parse(missing, QStringLiteral("does-not-exist.csv"), sink);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Io);
}

TEST(CsvParserTest, SplitsScopusSemicolonAuthorsWithoutFullNames)
{
    CollectingSink sink;
    ASSERT_TRUE(
        parseBytes("Authors,Title,Year\n\"Smith J.; van der Berg A.B.; [No author name available]\",T,2020\n", sink));
    ASSERT_EQ(sink.records.size(), 1);
    const QList<Author>& authors = sink.records[0].reference.authors;
    ASSERT_EQ(authors.size(), 2);
    EXPECT_EQ(authors[0], (Author{QStringLiteral("Smith"), QStringLiteral("J."), {}}));
    EXPECT_EQ(authors[1], (Author{QStringLiteral("van der Berg"), QStringLiteral("A.B."), {}}));
}
