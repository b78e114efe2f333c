// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Deeply nested XML: a few hundred KB of nested tags once made the XML importers rebuild the
// element path on every tag (quadratic: depth 40,000 took a minute). Now the path is kept
// incrementally and nesting past XmlRecordReader::DEFAULT_MAX_DEPTH stops reading with an
// error naming the file, the line and the limit; the records before it are kept.
#include "core/import/ElementPath.h"
#include "core/import/EndnoteXmlParser.h"
#include "core/import/PubmedXmlParser.h"
#include "core/import/XmlRecordReader.h"
#include "tests/core/import/CollectingSink.h"

#include <gtest/gtest.h>

using namespace stemma::core::import;
using stemma::test::parseBytes;

namespace {

constexpr int HOSTILE_DEPTH = 100000;

QByteArray nested(const char* name, int depth)
{
    QByteArray open = QByteArray("<") + name + ">";
    QByteArray close = QByteArray("</") + name + ">";
    return open.repeated(depth) + "x" + close.repeated(depth);
}

QByteArray pubmed(const QByteArray& secondArticleBody)
{
    return "<PubmedArticleSet>\n"
           "<PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>Kept</ArticleTitle>"
           "</Article></MedlineCitation></PubmedArticle>\n"
           "<PubmedArticle><MedlineCitation><PMID>2</PMID><Article><ArticleTitle>Deep</ArticleTitle>" +
           secondArticleBody + "</Article></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>\n";
}

QByteArray endnote(const QByteArray& secondRecordBody)
{
    return "<xml><records>\n"
           "<record><titles><title>Kept</title></titles></record>\n"
           "<record><titles><title>Deep</title></titles>" +
           secondRecordBody + "</record>\n</records></xml>\n";
}

bool reportsTheLimit(const stemma::test::CollectingSink& sink)
{
    for (const ImportProblem& problem : sink.problems) {
        const QString text = problem.toString();
        if (text.startsWith(QStringLiteral("test:3:")) &&
            text.contains(QStringLiteral("nested more than %1 deep").arg(XmlRecordReader::DEFAULT_MAX_DEPTH)))
            return true;
    }
    return false;
}

} // namespace

TEST(ElementPathTest, KeepsTheJoinedPathAsTagsOpenAndClose)
{
    ElementPath path;
    EXPECT_TRUE(path.isEmpty());
    path.push(u"MedlineCitation");
    path.push(u"Article");
    path.push(u"ArticleTitle");
    EXPECT_EQ(path.joined(), QStringLiteral("MedlineCitation/Article/ArticleTitle"));
    EXPECT_EQ(path.depth(), 3);
    path.pop();
    path.push(u"Journal");
    EXPECT_TRUE(path == QLatin1String("MedlineCitation/Article/Journal"));
    EXPECT_TRUE(path.endsWith(QLatin1String("Article/Journal")));
    path.pop();
    path.pop();
    path.pop();
    path.pop(); // one too many is ignored
    EXPECT_TRUE(path.isEmpty());
    EXPECT_EQ(path.joined(), QString());
}

TEST(DeepXmlNestingTest, PubmedStopsAtTheDepthLimitNamingLineAndLimit)
{
    PubmedXmlParser parser;
    const auto outcome = parseBytes(parser, pubmed(nested("i", HOSTILE_DEPTH)));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 1) << "the article before the deep one is kept";
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("Kept"));
    EXPECT_TRUE(reportsTheLimit(outcome.sink)) << outcome.sink.problems.value(0).toString().toStdString();
}

TEST(DeepXmlNestingTest, EndnoteStopsAtTheDepthLimitNamingLineAndLimit)
{
    EndnoteXmlParser parser;
    const auto outcome = parseBytes(parser, endnote(nested("style", HOSTILE_DEPTH)));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 1);
    EXPECT_EQ(outcome.sink.records[0].reference.title, QStringLiteral("Kept"));
    EXPECT_TRUE(reportsTheLimit(outcome.sink)) << outcome.sink.problems.value(0).toString().toStdString();
}

TEST(DeepXmlNestingTest, NestingWithinTheLimitIsReadNormally)
{
    // The article and its ancestors take six levels; 200 more stay under the limit of 256.
    PubmedXmlParser parser;
    const auto outcome = parseBytes(parser, pubmed("<Unknown>" + nested("b", 200) + "</Unknown>"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_EQ(outcome.sink.records[1].reference.title, QStringLiteral("Deep"));
    EXPECT_EQ(outcome.sink.records[1].reference.pmid, QStringLiteral("2"));
    EXPECT_TRUE(outcome.sink.problems.isEmpty());
}

TEST(DeepXmlNestingTest, DeepMarkupInsideATitleIsFlattenedWithinTheLimit)
{
    EndnoteXmlParser parser;
    const auto outcome = parseBytes(parser, endnote("<pages>" + nested("style", 200) + "</pages>"));
    ASSERT_TRUE(outcome.result);
    ASSERT_EQ(outcome.sink.records.size(), 2);
    EXPECT_EQ(outcome.sink.records[1].reference.pages, QStringLiteral("x"));
}

TEST(DeepXmlNestingTest, NestingOutsideAnyRecordIsReportedToo)
{
    PubmedXmlParser parser;
    const auto outcome =
        parseBytes(parser, "<PubmedArticleSet>\n\n" + nested("x", HOSTILE_DEPTH) + "</PubmedArticleSet>");
    ASSERT_TRUE(outcome.result);
    EXPECT_TRUE(outcome.sink.records.isEmpty());
    EXPECT_TRUE(reportsTheLimit(outcome.sink)) << outcome.sink.problems.value(0).toString().toStdString();
}
