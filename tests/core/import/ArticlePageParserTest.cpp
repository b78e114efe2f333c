// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ArticlePageParser.h"

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
        return accept;
    }
    void problem(const ImportProblem& problem) override { problems.append(problem); }

    QList<ParsedRecord> records;
    QList<ImportProblem> problems;
    bool accept = true;
};

/** Parses one page and returns its record; fails the test when there is none. */
ParsedRecord parsePage(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    ArticlePageParser parser;
    CollectingSink sink;
    const auto result = parser.parse(file, QFileInfo(path).fileName(), sink);
    EXPECT_TRUE(result);
    EXPECT_EQ(sink.records.size(), 1);
    return sink.records.isEmpty() ? ParsedRecord{} : sink.records.front();
}

Result<void> parseBytes(const QByteArray& bytes, CollectingSink& sink)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ArticlePageParser parser;
    return parser.parse(buffer, QStringLiteral("page.txt"), sink);
}

QString seed(const char* name)
{
    return stemma::test::sharedPath(QStringLiteral("seeds/") + QString::fromLatin1(name));
}

} // namespace

TEST(ArticlePageParserTest, ReadsATextPageFieldByField)
{
    const ParsedRecord record = parsePage(stemma::test::testDataPath(QStringLiteral("import/article_page.txt")));
    const Reference& r = record.reference;
    EXPECT_EQ(record.recordNumber, 1);
    EXPECT_EQ(record.line, 1);
    EXPECT_EQ(r.title, QStringLiteral("Invented outcomes of a made-up cell therapy in scleroderma"));
    ASSERT_EQ(r.authors.size(), 3);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("Fictive"), QStringLiteral("Anna"), {}}));
    EXPECT_EQ(r.authors[2], (Author{QStringLiteral("Madeup"), QStringLiteral("Carla"), {}}));
    EXPECT_EQ(r.journal, QStringLiteral("J INVENTED MED"));
    EXPECT_EQ(r.volume, QStringLiteral("5"));
    EXPECT_EQ(r.issue, QStringLiteral("12"));
    EXPECT_EQ(r.pages, QStringLiteral("77-83"));
    EXPECT_EQ(r.year, 2022); // from the page's own "how to cite" line
    EXPECT_EQ(r.abstract,
              QStringLiteral("Objectives: To describe an invented cohort treated with made-up cells.\n\n"
                             "Methods: Twenty invented patients were followed for an invented year.\n\n"
                             "Results: The invented skin score improved in most made-up patients.\n\n"
                             "Conclusions: Made-up data support nothing at all."));
    EXPECT_EQ(r.keywords,
              (QStringList{QStringLiteral("cell therapy"), QStringLiteral("scleroderma"), QStringLiteral("invented")}));
    EXPECT_EQ(
        record.citedReferences,
        (QStringList{QStringLiteral("Writer A, Author B. A first invented reference on cells. J Fict Res. "
                                    "2018;2(1):1-8."),
                     QStringLiteral("Penman C. A second invented reference on skin. Made Up Derm. 2019;7(3):33-40.")}));
    EXPECT_EQ(r.type, PublicationType::JournalArticle);
    EXPECT_FALSE(record.isGreyLiterature);
    EXPECT_EQ(record.notFound, QStringList{QStringLiteral("doi")});
    EXPECT_TRUE(record.rawText.startsWith(QStringLiteral("Article Text\n")));
}

TEST(ArticlePageParserTest, PrefersCitationMetaTagsInHtml)
{
    const ParsedRecord record = parsePage(stemma::test::testDataPath(QStringLiteral("import/article_page.html")));
    const Reference& r = record.reference;
    EXPECT_EQ(r.title, QStringLiteral("Stromal cells in a made-up sclerosis trial: 12\u2011month results"));
    ASSERT_EQ(r.authors.size(), 2);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("Example"), QStringLiteral("Alice"), {}}));
    EXPECT_EQ(r.authors[1], (Author{QStringLiteral("Sample"), QStringLiteral("Bob J."), {}}));
    EXPECT_EQ(r.journal, QStringLiteral("Journal of Invented Medicine"));
    EXPECT_EQ(r.year, 2021);
    EXPECT_EQ(r.volume, QStringLiteral("7"));
    EXPECT_EQ(r.issue, QStringLiteral("2"));
    EXPECT_EQ(r.pages, QStringLiteral("101-109"));
    EXPECT_EQ(r.doi, QStringLiteral("10.5555/jim.2021.007"));
    EXPECT_EQ(r.abstract,
              QStringLiteral("Background: An invented background & rationale.\n\n"
                             "Methods: Twelve invented patients received invented cells.\n\n"
                             "Results: Skin scores fell by 4 points.\n\n"
                             "Conclusions: Nothing here is real."));
    EXPECT_EQ(r.keywords,
              (QStringList{QStringLiteral("stromal cells"), QStringLiteral("sclerosis"), QStringLiteral("trial")}));
    ASSERT_EQ(record.citedReferences.size(), 2);
    EXPECT_EQ(record.citedReferences[1],
              QStringLiteral("Other C. A second invented reference. Made Up Med. 2020;4(1):1-9."));
    EXPECT_TRUE(record.notFound.isEmpty());
    EXPECT_FALSE(record.isGreyLiterature);
}

TEST(ArticlePageParserTest, HtmlToTextDropsScriptsStylesAndTags)
{
    const QString text = ArticlePageParser::htmlToText(
        QStringLiteral("<html><head><title>T</title><style>p{}</style></head><body><script>x()</script>"
                       "<p>One &amp; <b>two</b></p><ul><li>three</li></ul></body></html>"));
    EXPECT_EQ(text, QStringLiteral("One & two\n\n\u2022 three"));
}

TEST(ArticlePageParserTest, ConfidenceIsLowForTextAndHigherForCitationHtml)
{
    ArticlePageParser parser;
    EXPECT_EQ(parser.confidence("Some plain text about a study.\n", QStringLiteral("a.txt")), 10);
    EXPECT_EQ(parser.confidence("<!DOCTYPE html><html><head><title>x</title></head>", QStringLiteral("a.html")), 15);
    EXPECT_EQ(parser.confidence("<html><head><meta name=\"citation_title\" content=\"x\">", QStringLiteral("a.html")),
              70);
    EXPECT_EQ(parser.confidence(QByteArray("%PDF\0\0\0", 7), QStringLiteral("a.pdf")), 0);
    EXPECT_EQ(parser.confidence(QByteArray(), QStringLiteral("a.txt")), 0);
}

TEST(ArticlePageParserTest, RejectsEmptyAndBinaryFilesAndHonoursCancel)
{
    CollectingSink sink;
    const auto empty = parseBytes("  \n\n", sink);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().code, ErrorCode::Parse);

    const auto binary = parseBytes(QByteArray("GIF89a\0\0\x01\x02", 10), sink);
    ASSERT_FALSE(binary);
    EXPECT_TRUE(binary.error().message.contains(QStringLiteral("NUL")));

    sink.accept = false;
    const auto cancelled = parseBytes("A title line of a page\nSome text.\n", sink);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
}

TEST(ArticlePageParserTest, Seed000KeepsTheAbstractAndPairedAuthorsWithoutGuessingATitle)
{
    STEMMA_REQUIRE_SHARED();
    const ParsedRecord record = parsePage(seed("000_270a30f6e82f66a4.txt"));
    const Reference& r = record.reference;
    EXPECT_TRUE(r.title.isEmpty());
    ASSERT_EQ(r.authors.size(), 3);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("Choudhery"), QStringLiteral("Mahmood S"), {}}));
    EXPECT_EQ(r.authors[1], (Author{QStringLiteral("Arif"), QStringLiteral("Taqdees"), {}}));
    EXPECT_EQ(r.authors[2], (Author{QStringLiteral("Mahmood"), QStringLiteral("Ruhma"), {}}));
    EXPECT_TRUE(r.abstract.startsWith(QStringLiteral("Systemic sclerosis is a complex autoimmune disease")));
    EXPECT_TRUE(r.abstract.endsWith(QStringLiteral("promising therapeutic option but requires refinement.")));
    // The site's machine-written summary under "Generated Jul 03, 2025" is not the authors' abstract.
    EXPECT_FALSE(r.abstract.contains(QStringLiteral("The paper reviews")));
    EXPECT_FALSE(r.year.has_value());
    EXPECT_EQ(record.notFound,
              (QStringList{
                  QStringLiteral("title"), QStringLiteral("year"), QStringLiteral("journal"), QStringLiteral("doi")}));
    EXPECT_FALSE(record.isGreyLiterature);
    EXPECT_TRUE(record.citedReferences.isEmpty());
}

TEST(ArticlePageParserTest, Seed001IsFlaggedAsGreyLiterature)
{
    STEMMA_REQUIRE_SHARED();
    const ParsedRecord record = parsePage(seed("001_6d645891da20cf60.txt"));
    EXPECT_TRUE(record.isGreyLiterature);
    EXPECT_EQ(record.reference.type, PublicationType::WebPage);
    EXPECT_TRUE(record.reference.title.isEmpty());
    EXPECT_TRUE(record.reference.authors.isEmpty());
    EXPECT_TRUE(record.reference.journal.isEmpty());
    EXPECT_TRUE(record.notFound.contains(QStringLiteral("title")));
    EXPECT_TRUE(record.notFound.contains(QStringLiteral("authors")));
    EXPECT_TRUE(record.notFound.contains(QStringLiteral("year")));
    EXPECT_TRUE(record.notFound.contains(QStringLiteral("journal")));
    // The page text is kept so screening can still read it.
    EXPECT_TRUE(record.reference.abstract.startsWith(QStringLiteral("Autoimmune ailments have an effect")));
    EXPECT_TRUE(record.reference.abstract.contains(QStringLiteral("\n\nStem cells are unique")));
}

TEST(ArticlePageParserTest, Seed002KeepsTheEnglishTitleAndReadsTheCitationLine)
{
    STEMMA_REQUIRE_SHARED();
    const ParsedRecord record = parsePage(seed("002_ef45b5741622b456.txt"));
    const Reference& r = record.reference;
    EXPECT_EQ(r.title,
              QStringLiteral("Clinico-morphological characteristics of patients with systemic scleroderma "
                             "before and after autologous bone marrow-derived mesenchymal stem cells "
                             "transplantation"));
    ASSERT_EQ(r.authors.size(), 6);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("Krivoruchko"), QStringLiteral("Natalya"), {}}));
    EXPECT_EQ(r.authors[3], (Author{QStringLiteral("Fedotovskikh"), QStringLiteral("Galina"), {}}));
    EXPECT_EQ(r.authors[5].given, QStringLiteral("Saltanat"));
    EXPECT_EQ(r.journal, QStringLiteral("J CLIN MED KAZ"));
    EXPECT_EQ(r.volume, QStringLiteral("3"));
    EXPECT_EQ(r.issue, QStringLiteral("49"));
    EXPECT_EQ(r.pages, QStringLiteral("50-54"));
    EXPECT_EQ(r.year, 2018);
    EXPECT_TRUE(r.abstract.startsWith(QStringLiteral("The article describes the clinical and morphological dynamics")));
    EXPECT_TRUE(r.abstract.endsWith(QStringLiteral("restoration of skin epithelium.")));
    EXPECT_FALSE(r.abstract.contains(QStringLiteral("National Scientific Medical Center")));
    ASSERT_EQ(record.citedReferences.size(), 4);
    EXPECT_EQ(record.citedReferences[0],
              QStringLiteral("Steen VD, Medsger Jr TA. Severe organ involvement in systemic "
                             "sclerosis with diffuse scleroderma. Arthritis & Rheumatism. "
                             "2000;43(11):2437-44."));
    EXPECT_TRUE(record.citedReferences[2].startsWith(QStringLiteral("Gusseva N.G. Sistemnaya")));
    EXPECT_TRUE(record.citedReferences[3].startsWith(QStringLiteral("Santiago B, Galindo M")));
    EXPECT_EQ(record.notFound, QStringList{QStringLiteral("doi")});
    EXPECT_FALSE(record.isGreyLiterature);
}

TEST(ArticlePageParserTest, Seed003ReadsTheConferenceAbstract)
{
    STEMMA_REQUIRE_SHARED();
    const ParsedRecord record = parsePage(seed("003_de25009799aa1a8d.txt"));
    const Reference& r = record.reference;
    EXPECT_EQ(r.title,
              QStringLiteral("Case report of allogeneic unrelated-donor mesenchymal stem cells (msc) infusion "
                             "in systemic sclerosis (ssc)"));
    EXPECT_EQ(r.type, PublicationType::ConferenceAbstract);
    EXPECT_EQ(r.pages, QStringLiteral("AB0505"));
    ASSERT_EQ(r.authors.size(), 19);
    EXPECT_EQ(r.authors[0], (Author{QStringLiteral("Chakr"), QStringLiteral("R."), {}}));
    EXPECT_EQ(r.authors[1], (Author{QStringLiteral("Pavan"), QStringLiteral("T."), {}}));
    EXPECT_EQ(r.authors[18], (Author{QStringLiteral("Brenol"), QStringLiteral("J."), {}}));
    const QStringList sections = r.abstract.split(QStringLiteral("\n\n"));
    ASSERT_EQ(sections.size(), 5);
    EXPECT_TRUE(sections[0].startsWith(QStringLiteral("Background: Intravenous MSC infusion has been reported")));
    EXPECT_TRUE(sections[1].startsWith(QStringLiteral("Objectives: To report the case")));
    EXPECT_TRUE(sections[2].startsWith(QStringLiteral("Methods: Literature review")));
    EXPECT_TRUE(sections[3].startsWith(QStringLiteral("Results: A 36 year-old white female")));
    EXPECT_TRUE(
        sections[4].startsWith(QStringLiteral("Conclusions: Intravenous MSC infusion has been reported in few")));
    ASSERT_EQ(record.citedReferences.size(), 3);
    EXPECT_TRUE(record.citedReferences[0].startsWith(QStringLiteral("Christopeit M, Schendel M, Foll J, et al.")));
    EXPECT_TRUE(record.citedReferences[2].endsWith(QStringLiteral("Arthritis Rheum. 2011 Aug;63(8):2540-2.")));
    // The page names no journal and no year; the references' years must not leak in.
    EXPECT_FALSE(r.year.has_value());
    EXPECT_EQ(record.notFound, (QStringList{QStringLiteral("year"), QStringLiteral("journal"), QStringLiteral("doi")}));
    EXPECT_FALSE(r.abstract.contains(QStringLiteral("RightsLink")));
    EXPECT_FALSE(r.abstract.contains(QStringLiteral("Disclosure")));
}

TEST(ArticlePageParserTest, ReadsAnHtmlPageWithoutMetaTagsFromItsText)
{
    CollectingSink sink;
    ASSERT_TRUE(parseBytes("<!DOCTYPE html><html><head><title>Site | Invented</title></head><body>"
                           "<h1>A made-up cohort of invented patients</h1>"
                           "<p>Jane Roe<sup>1</sup>, John Doe<sup>2</sup></p>"
                           "<p>Abstract</p><p>An invented abstract &mdash; written for this test, long enough "
                           "to read as a paragraph.</p><p>References</p></body></html>",
                           sink));
    ASSERT_EQ(sink.records.size(), 1);
    const ParsedRecord& record = sink.records.front();
    EXPECT_EQ(record.reference.title, QStringLiteral("A made-up cohort of invented patients"));
    ASSERT_EQ(record.reference.authors.size(), 2);
    EXPECT_EQ(record.reference.authors[0], (Author{QStringLiteral("Roe"), QStringLiteral("Jane"), {}}));
    EXPECT_EQ(record.reference.authors[1], (Author{QStringLiteral("Doe"), QStringLiteral("John"), {}}));
    EXPECT_EQ(record.reference.abstract,
              QStringLiteral("An invented abstract \u2014 written for this test, long enough to read as a paragraph."));
    EXPECT_EQ(record.notFound, (QStringList{QStringLiteral("year"), QStringLiteral("journal"), QStringLiteral("doi")}));
}

TEST(ArticlePageParserTest, FlagsAPromotionalHtmlPageAndKeepsItsTitleTag)
{
    CollectingSink sink;
    ASSERT_TRUE(parseBytes("<html><head><title>Invented Stem Cell Clinic | Home</title></head><body>"
                           "<p>Our clinic offers invented cell treatments for many conditions, and our team answers "
                           "every question you may have about them in a friendly way.</p>"
                           "<p>Book a consultation today or contact us by phone.</p></body></html>",
                           sink));
    ASSERT_EQ(sink.records.size(), 1);
    const ParsedRecord& record = sink.records.front();
    EXPECT_TRUE(record.isGreyLiterature);
    EXPECT_EQ(record.reference.type, PublicationType::WebPage);
    EXPECT_EQ(record.reference.title, QStringLiteral("Invented Stem Cell Clinic"));
    EXPECT_TRUE(record.reference.authors.isEmpty());
    EXPECT_TRUE(record.notFound.contains(QStringLiteral("authors")));
}
