// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/Normalize.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using namespace stemma::core::import;

namespace {

Author person(const char* family, const char* given)
{
    return Author{QString::fromUtf8(family), QString::fromUtf8(given), {}};
}

Author group(const char* name)
{
    return Author{{}, {}, QString::fromUtf8(name)};
}

} // namespace

TEST(NormalizeTest, DoiLosesResolverPrefixesCaseAndTrailingPunctuation)
{
    const QString expected = QStringLiteral("10.1001/jama.2014.6368");
    EXPECT_EQ(normalizeDoi(QStringLiteral("10.1001/jama.2014.6368")), expected);
    EXPECT_EQ(normalizeDoi(QStringLiteral("https://doi.org/10.1001/JAMA.2014.6368.")), expected);
    EXPECT_EQ(normalizeDoi(QStringLiteral("http://dx.doi.org/10.1001/jama.2014.6368")), expected);
    EXPECT_EQ(normalizeDoi(QStringLiteral("https://doi.org/10.1001%2Fjama.2014.6368")), expected);
    EXPECT_EQ(normalizeDoi(QStringLiteral("doi:10.1001/jama.2014.6368")), expected);
    EXPECT_EQ(normalizeDoi(QStringLiteral("DOI: 10.1001/JAMA.2014.6368;")), expected);
    EXPECT_EQ(normalizeDoi(QStringLiteral("  10.1001/jama.2014.6368 [doi]")), expected);
    EXPECT_EQ(normalizeDoi(QStringLiteral("(10.1001/jama.2014.6368)")), expected);
    EXPECT_EQ(normalizeDoi(QStringLiteral("10.1001/jama.2014.6368\",")), expected);
    EXPECT_EQ(normalizeDoi(QStringLiteral("see 10.1002/(SICI)1097-0258(19980115)17:1&lt;1::AID-SIM680&gt;3.0.CO;2-O")),
              QStringLiteral("10.1002/(sici)1097-0258(19980115)17:1<1::aid-sim680>3.0.co;2-o"));
    EXPECT_TRUE(normalizeDoi(QStringLiteral("not a doi")).isEmpty());
    EXPECT_TRUE(normalizeDoi(QString()).isEmpty());
    EXPECT_TRUE(normalizeDoi(QStringLiteral("10.12/too-short-prefix")).isEmpty());
}

TEST(NormalizeTest, DoiKeepsBalancedClosingParentheses)
{
    EXPECT_EQ(normalizeDoi(QStringLiteral("10.1016/0370-1573(79)90074-7")),
              QStringLiteral("10.1016/0370-1573(79)90074-7"));
    EXPECT_EQ(normalizeDoi(QStringLiteral("10.1016/S0140-6736(05)")), QStringLiteral("10.1016/s0140-6736(05)"));
    EXPECT_EQ(normalizeDoi(QStringLiteral("(doi: 10.1016/S0140-6736(05)).")), QStringLiteral("10.1016/s0140-6736(05)"));
}

TEST(NormalizeTest, PmidKeepsOnlyTheDigits)
{
    EXPECT_EQ(normalizePmid(QStringLiteral("24958149")), QStringLiteral("24958149"));
    EXPECT_EQ(normalizePmid(QStringLiteral("PMID: 24958149")), QStringLiteral("24958149"));
    EXPECT_EQ(normalizePmid(QStringLiteral("24958149 [pmid]")), QStringLiteral("24958149"));
    EXPECT_EQ(normalizePmid(QStringLiteral(" 35957633 [PMID] ")), QStringLiteral("35957633"));
    EXPECT_TRUE(normalizePmid(QStringLiteral("none")).isEmpty());
    EXPECT_TRUE(normalizePmid(QString()).isEmpty());
}

TEST(NormalizeTest, PagesExpandAbbreviatedRangesAndUnifyDashes)
{
    EXPECT_EQ(normalizePages(QStringLiteral("2490-8")), QStringLiteral("2490-2498"));
    EXPECT_EQ(normalizePages(QStringLiteral("454-81")), QStringLiteral("454-481"));
    EXPECT_EQ(normalizePages(QStringLiteral("2490-2498")), QStringLiteral("2490-2498"));
    EXPECT_EQ(normalizePages(QStringLiteral("1062 \u2013 1064")), QStringLiteral("1062-1064"));
    EXPECT_EQ(normalizePages(QStringLiteral("1062\u20144")), QStringLiteral("1062-1064"));
    EXPECT_EQ(normalizePages(QStringLiteral("1062\u20114")), QStringLiteral("1062-1064")) << "non-breaking hyphen";
    EXPECT_EQ(normalizePages(QStringLiteral("1062--1064")), QStringLiteral("1062-1064"));
    EXPECT_EQ(normalizePages(QStringLiteral("98-102")), QStringLiteral("98-102"));
    EXPECT_EQ(normalizePages(QStringLiteral("S12-5")), QStringLiteral("S12-S15"));
    EXPECT_EQ(normalizePages(QStringLiteral("S12-S15")), QStringLiteral("S12-S15"));
    EXPECT_EQ(normalizePages(QStringLiteral("112-112")), QStringLiteral("112"));
    EXPECT_EQ(normalizePages(QStringLiteral("e12")), QStringLiteral("e12"));
    EXPECT_EQ(normalizePages(QStringLiteral("e0006219")), QStringLiteral("e0006219"));
    EXPECT_EQ(normalizePages(QStringLiteral("pp. 12-15")), QStringLiteral("12-15"));
    EXPECT_EQ(normalizePages(QStringLiteral("p.\u00a07")), QStringLiteral("7"));
    EXPECT_EQ(normalizePages(QStringLiteral("P12-P15")), QStringLiteral("P12-P15"));
    EXPECT_EQ(normalizePages(QString()), QString());
}

TEST(NormalizeTest, CompoundPagesKeepTheArticlesFirstRange)
{
    EXPECT_EQ(normalizePages(QStringLiteral("12-3; discussion 13-14")), QStringLiteral("12-13"));
    EXPECT_EQ(normalizePages(QStringLiteral("12-3, 20")), QStringLiteral("12-13"));
    EXPECT_EQ(normalizePages(QStringLiteral("S12-5; quiz S16")), QStringLiteral("S12-S15"));
    EXPECT_EQ(normalizePages(QStringLiteral("e1234; author reply e1235")), QStringLiteral("e1234"));
    EXPECT_EQ(normalizePages(QStringLiteral("1062 – 4 ; discussion 1065")), QStringLiteral("1062-1064"));
    EXPECT_EQ(normalizePages(QStringLiteral("e1234")), QStringLiteral("e1234"));
    EXPECT_EQ(normalizePages(QStringLiteral("S12-5")), QStringLiteral("S12-S15"));
    EXPECT_EQ(normalizePages(QStringLiteral("iii, 1-130")), QStringLiteral("iii, 1-130")) << "no leading page number";
}

TEST(NormalizeTest, MarkupLeavesTitlesAndAbstractsButNotTheirText)
{
    Reference reference;
    reference.title =
        QStringLiteral("A global<i> meta</i>-analysis of CO<sub>2</sub> and <mml:math><mml:mi>x</mml:mi></mml:math>");
    reference.abstract = QStringLiteral("<jats:sec><jats:title>Background</jats:title><jats:p><p dir=\"ltr\">Patients "
                                        "aged &lt;10 years (p &lt; 0.05).</p></jats:p></jats:sec>"
                                        "<jats:sec><jats:title>Results</jats:title><jats:p>H<jats:sub>2</jats:sub>O "
                                        "helped</jats:p></jats:sec>");
    normalizeReference(reference);
    EXPECT_EQ(reference.title, QStringLiteral("A global meta-analysis of CO2 and x"));
    EXPECT_EQ(reference.abstract,
              QStringLiteral("Background\n\nPatients aged <10 years (p < 0.05).\n\nResults\n\nH2O helped"));
}

TEST(NormalizeTest, DoubleEncodedMarkupIsDecodedOnceMore)
{
    Reference lens;
    lens.abstract = QStringLiteral(
        "&lt;p dir=\"ltr\"&gt;First paragraph &amp;amp; more.&lt;/p&gt;&lt;p&gt;Second &amp;lt;5%.&lt;/p&gt;"
        "&lt;p&gt;&amp;amp;#8220;model&amp;amp;#8221;&lt;/p&gt;");
    normalizeReference(lens);
    EXPECT_EQ(lens.abstract, QStringLiteral("First paragraph & more.\n\nSecond <5%.\n\n\u201Cmodel\u201D"));

    Reference csv;
    csv.abstract = QStringLiteral("<p>Context: <i>evidence</i> &lt;em&gt;based&lt;/em&gt; practice.</p>");
    normalizeReference(csv);
    EXPECT_EQ(csv.abstract, QStringLiteral("Context: evidence based practice."));
}

TEST(NormalizeTest, AngleBracketsThatAreNotMarkupStay)
{
    for (const char* text :
         {"p < 0.05 and p<0.01", "<10 years", "a <b and c> d", "x <unknown-tag> y", "dose >5 mg/kg <br/ >", "T <= 3"}) {
        Reference reference;
        reference.title = QString::fromUtf8(text);
        reference.abstract = QString::fromUtf8(text);
        normalizeReference(reference);
        EXPECT_EQ(reference.title, QString::fromUtf8(text)) << text;
        EXPECT_EQ(reference.abstract, QString::fromUtf8(text)) << text;
    }
    Reference wos;
    wos.abstract = QStringLiteral("a resolution of 0<middle dot>25 degree");
    normalizeReference(wos);
    EXPECT_EQ(wos.abstract, QStringLiteral("a resolution of 0\u00B725 degree"));
    EXPECT_EQ(stripMarkup(QStringLiteral("one<br>two<BR/>three"), QStringLiteral(" ")),
              QStringLiteral("one two three"));
}

TEST(NormalizeTest, TitleLosesTheSpaceBeforeAndAfterItsFullStop)
{
    for (const char* text : {"Evidence-based software engineering. ",
                             "Evidence-based software engineering .",
                             "Evidence-based software engineering. .",
                             "Evidence-based software engineering<i>.</i>"}) {
        Reference reference;
        reference.title = QString::fromUtf8(text);
        normalizeReference(reference);
        EXPECT_EQ(reference.title, QStringLiteral("Evidence-based software engineering")) << text;
    }
}

TEST(NormalizeTest, WhitespaceCollapses)
{
    EXPECT_EQ(normalizeWhitespace(QStringLiteral("  a \t b\n\nc\u00a0d\u200b ")), QStringLiteral("a b c d"));
    EXPECT_EQ(normalizeWhitespace(QStringLiteral("   ")), QString());
}

TEST(NormalizeTest, EntitiesDecode)
{
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("Research &amp; Theory")), QStringLiteral("Research & Theory"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("caf&eacute; &#233; &#xE9; &#XE9;")),
              QStringLiteral("caf\u00e9 \u00e9 \u00e9 \u00e9"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&lt;i&gt;in vivo&lt;/i&gt;")), QStringLiteral("<i>in vivo</i>"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&#x1F600;")), QString::fromUtf8("\xF0\x9F\x98\x80"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("IL&ndash;6 &ge; 5")), QStringLiteral("IL\u20136 \u2265 5"));
    // Unknown names and bare ampersands stay as they are.
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("AT&T &unknown; a & b")), QStringLiteral("AT&T &unknown; a & b"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&#0; &#xD800;")), QStringLiteral("&#0; &#xD800;"));
    EXPECT_EQ(decodeHtmlEntities(QStringLiteral("&amp;lt;")), QStringLiteral("&lt;")) << "decoded once only";
}

TEST(NormalizeTest, YearFromDates)
{
    EXPECT_EQ(extractYear(QStringLiteral("2008/05//")), 2008);
    EXPECT_EQ(extractYear(QStringLiteral("2011 Aug-Sep")), 2011);
    EXPECT_EQ(extractYear(QStringLiteral("Spring 1999")), 1999);
    EXPECT_EQ(extractYear(QStringLiteral("2100")), 2100);
    EXPECT_EQ(extractYear(QStringLiteral("12345")), std::nullopt);
    EXPECT_EQ(extractYear(QStringLiteral("1499")), std::nullopt);
    EXPECT_EQ(extractYear(QStringLiteral("JAN")), std::nullopt);
    EXPECT_EQ(extractYear(QString()), std::nullopt);
}

TEST(NormalizeTest, AuthorNamesInEveryForm)
{
    EXPECT_EQ(parseAuthorName(QStringLiteral("van Laar, Jacob M")), person("van Laar", "Jacob M"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("van Laar JM")), person("van Laar", "JM"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Jacob M. van Laar")), person("van Laar", "Jacob M."));
    EXPECT_EQ(parseAuthorName(QStringLiteral("VAN LAAR, J. M.")), person("VAN LAAR", "J. M."));
    EXPECT_EQ(parseAuthorName(QStringLiteral("van Laar, Jacob M.")), person("van Laar", "Jacob M."));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Farge D")), person("Farge", "D"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Fanning E.")), person("Fanning", "E."));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Anna Smith")), person("Smith", "Anna"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Selvamani")), person("Selvamani", ""));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Smith, John, Jr")), person("Smith", "John Jr"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Ajjampur, Sitara S. R.")), person("Ajjampur", "Sitara S. R."));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Gwayi-Chore MC")), person("Gwayi-Chore", "MC"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Garc&iacute;a,  Mar&iacute;a")), person("Garc\u00eda", "Mar\u00eda"));
    // A family name written in capitals after the given name is not a block of initials.
    EXPECT_EQ(parseAuthorName(QStringLiteral("Jacob VAN LAAR")), person("VAN LAAR", "Jacob"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Pawel STACZEK")), person("STACZEK", "Pawel"));
    EXPECT_EQ(parseAuthorName(QString()), Author{});
}

TEST(NormalizeTest, CollectiveAuthors)
{
    EXPECT_EQ(parseAuthorName(QStringLiteral("EBMT/EULAR Scleroderma Study Group")),
              group("EBMT/EULAR Scleroderma Study Group"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Pelvic Floor Disorders Network")),
              group("Pelvic Floor Disorders Network"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("ASTIS Trial Investigators")), group("ASTIS Trial Investigators"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("DeWorm3 Implementation Sci Team")),
              group("DeWorm3 Implementation Sci Team"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("EBMT EULAR Scleroderma Study Grp")),
              group("EBMT EULAR Scleroderma Study Grp"));
    EXPECT_EQ(parseAuthorName(QStringLiteral("Canadian Co-infection Cohort Study")),
              group("Canadian Co-infection Cohort Study"));
    EXPECT_TRUE(looksCollective(QStringLiteral("Scleroderma Clinical Trials Consortium")));
    EXPECT_TRUE(looksCollective(QStringLiteral("World Health Organization")));
    EXPECT_FALSE(looksCollective(QStringLiteral("van Laar, Jacob M")));
    EXPECT_FALSE(looksCollective(QStringLiteral("Groupe, Anne"))) << "a word only contains a keyword";
}

TEST(NormalizeTest, NormalizeReferenceCleansEveryField)
{
    Reference reference;
    reference.title = QStringLiteral("  Stem cells &amp; sclerosis:\n a  trial. ");
    reference.journal = QStringLiteral(" Annals\u00a0of Rheumatology ");
    reference.pages = QStringLiteral("2490-8");
    reference.doi = QStringLiteral("https://doi.org/10.1001/JAMA.2014.6368.");
    reference.pmid = QStringLiteral("PMID: 24958149");
    reference.year = 1200;
    reference.abstract = QStringLiteral("BACKGROUND: one\n  line.\n\n \nRESULTS:   two.");
    reference.keywords = {
        QStringLiteral(" Scleroderma "), QStringLiteral("scleroderma"), QString(), QStringLiteral("HSCT")};
    reference.authors = {Author{QStringLiteral(" van  Laar "), QStringLiteral("Jacob\tM"), {}}, Author{}};
    reference.url = QStringLiteral(" https://example.org ");
    normalizeReference(reference);
    EXPECT_EQ(reference.title, QStringLiteral("Stem cells & sclerosis: a trial"));
    EXPECT_EQ(reference.journal, QStringLiteral("Annals of Rheumatology"));
    EXPECT_EQ(reference.pages, QStringLiteral("2490-2498"));
    EXPECT_EQ(reference.doi, QStringLiteral("10.1001/jama.2014.6368"));
    EXPECT_EQ(reference.pmid, QStringLiteral("24958149"));
    EXPECT_EQ(reference.year, std::nullopt) << "a year outside 1500-2100 is dropped";
    EXPECT_EQ(reference.abstract, QStringLiteral("BACKGROUND: one line.\n\nRESULTS: two."));
    EXPECT_EQ(reference.keywords, (QStringList{QStringLiteral("Scleroderma"), QStringLiteral("HSCT")}));
    ASSERT_EQ(reference.authors.size(), 1);
    EXPECT_EQ(reference.authors[0], person("van Laar", "Jacob M"));
    EXPECT_EQ(reference.url, QStringLiteral("https://example.org"));
}

TEST(NormalizeTest, NormalizeReferenceKeepsQuestionMarksAndEllipses)
{
    Reference question;
    question.title = QStringLiteral("Transplant or not?");
    question.abstract = QStringLiteral("[No abstract available]");
    normalizeReference(question);
    EXPECT_EQ(question.title, QStringLiteral("Transplant or not?"));
    EXPECT_TRUE(question.abstract.isEmpty());

    Reference ellipsis;
    ellipsis.title = QStringLiteral("Wait for it...");
    normalizeReference(ellipsis);
    EXPECT_EQ(ellipsis.title, QStringLiteral("Wait for it..."));
}
