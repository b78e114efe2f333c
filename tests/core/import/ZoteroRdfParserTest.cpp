// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// tests/data/import/zotero-export.rdf was written by hand in the shape Zotero's "Zotero RDF"
// export writes (zotero/translators, "Zotero RDF.js": the journal as a bib:Journal holding title,
// volume, issue and "DOI …" identifiers, either a separate urn:issn resource or nested in
// dcterms:isPartOf; tags as dc:subject, automatic ones as z:AutomaticTag; "PMID: …" in
// dc:description; attachments and notes as resources of their own). No public Zotero RDF export
// of these trials was found; the bibliographic facts are those of the published articles.
#include "core/import/ZoteroRdfParser.h"

#include "core/import/ParserRegistry.h"
#include "tests/core/import/RecordCollector.h"
#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>

using namespace stemma::core;
using stemma::core::import::ZoteroRdfParser;
using stemma::test::parseBytes;
using stemma::test::parseFile;
using stemma::test::RecordCollector;

namespace {

QString fixture()
{
    return stemma::test::testDataPath(QStringLiteral("import/zotero-export.rdf"));
}

TEST(ZoteroRdfParserTest, ReadsItemsButNotAttachmentsOrNotes)
{
    ZoteroRdfParser parser;
    RecordCollector sink;
    ASSERT_TRUE(parseFile(parser, fixture(), sink));
    ASSERT_EQ(sink.records.size(), 3u);
    EXPECT_TRUE(sink.problems.empty());

    const Reference& assist = sink.records[0].reference;
    EXPECT_EQ(assist.type, PublicationType::JournalArticle);
    EXPECT_TRUE(assist.title.contains(QStringLiteral("(ASSIST)")));
    ASSERT_EQ(assist.authors.size(), 2);
    EXPECT_EQ(assist.authors[0], (Author{QStringLiteral("Burt"), QStringLiteral("Richard K."), {}}));
    EXPECT_EQ(assist.year, 2011);
    // The journal is a separate resource the item points at (urn:issn:…).
    EXPECT_EQ(assist.journal, QStringLiteral("Lancet"));
    EXPECT_EQ(assist.volume, QStringLiteral("378"));
    EXPECT_EQ(assist.issue, QStringLiteral("9790"));
    EXPECT_EQ(assist.pages, QStringLiteral("498-506"));
    EXPECT_EQ(assist.doi, QStringLiteral("10.1016/S0140-6736(11)60982-3"));
    EXPECT_EQ(assist.pmid, QStringLiteral("21777972"));
    EXPECT_EQ(assist.url, QStringLiteral("https://www.ncbi.nlm.nih.gov/pubmed/21777972"));
    EXPECT_EQ(assist.language, QStringLiteral("eng"));
    EXPECT_EQ(assist.keywords,
              (QStringList{QStringLiteral("Scleroderma, Systemic"),
                           QStringLiteral("Hematopoietic Stem Cell Transplantation")}));
    EXPECT_FALSE(assist.abstract.isEmpty());
    EXPECT_EQ(sink.records[0].line, 10);

    const Reference& scot = sink.records[1].reference;
    // Here the journal is nested in dcterms:isPartOf; the group author has only a surname.
    EXPECT_EQ(scot.journal, QStringLiteral("The New England Journal of Medicine"));
    EXPECT_EQ(scot.doi, QStringLiteral("10.1056/NEJMoa1703327"));
    ASSERT_EQ(scot.authors.size(), 2);
    EXPECT_EQ(scot.authors[1].collective, QStringLiteral("SCOT Study Investigators"));

    const Reference& report = sink.records[2].reference;
    EXPECT_EQ(report.type, PublicationType::Report);
    EXPECT_EQ(report.publicationTypes, QStringList{QStringLiteral("Technical report")});
    EXPECT_EQ(report.authors[0].family, QStringLiteral("Müller"));
}

TEST(ZoteroRdfParserTest, IsRecognisedFromContent)
{
    QFile file(fixture());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    import::ParserRegistry registry;
    auto* parser = registry.detect(file.read(4096), QStringLiteral("My Library.xml"));
    ASSERT_NE(parser, nullptr);
    EXPECT_EQ(parser->format(), QStringLiteral("zotero-rdf"));
}

TEST(ZoteroRdfParserTest, RefusesMalformedXmlAndNestingBeyondAnyExport)
{
    ZoteroRdfParser parser;
    RecordCollector sink;
    auto broken = parseBytes(
        parser, "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<a>\n</rdf:RDF>", sink);
    ASSERT_FALSE(broken);
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("memory:3: malformed XML")))
        << broken.error().message.toStdString();

    QByteArray deep = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">";
    for (int i = 0; i < 100; ++i)
        deep += "<x>";
    for (int i = 0; i < 100; ++i)
        deep += "</x>";
    deep += "</rdf:RDF>";
    auto nested = parseBytes(parser, deep, sink);
    ASSERT_FALSE(nested);
    EXPECT_TRUE(nested.error().message.contains(QStringLiteral("nested more than")));
}

} // namespace
