// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every format's own word for the kind of work (PubMed PublicationType, MEDLINE PT, Web of Science
// DT, Scopus "Document Type", RIS M3, EndNote's work type, BibTeX "type") is kept on the reference.
#include "core/db/ReferenceRepository.h"
#include "core/import/BibtexParser.h"
#include "core/import/CsvParser.h"
#include "core/import/EndnoteXmlParser.h"
#include "core/import/MedlineParser.h"
#include "core/import/PubmedXmlParser.h"
#include "core/import/RisParser.h"
#include "core/import/WosParser.h"
#include "tests/core/import/RecordCollector.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;
using namespace stemma::core::import;
using stemma::test::parseBytes;
using stemma::test::parseFile;
using stemma::test::RecordCollector;

namespace {

RecordCollector parseSample(RecordParser& parser, const char* name)
{
    RecordCollector sink;
    const auto result =
        parseFile(parser, stemma::test::testDataPath(QStringLiteral("import/") + QLatin1String(name)), sink);
    EXPECT_TRUE(result.hasValue()) << (result ? "" : result.error().message.toStdString());
    return sink;
}

TEST(PublicationTypesTest, MedlineKeepsEveryPtLine)
{
    MedlineParser parser;
    const RecordCollector sink = parseSample(parser, "medline_basic.nbib");
    ASSERT_GE(sink.records.size(), 2u);
    EXPECT_EQ(sink.records[0].reference.publicationTypes,
              (QStringList{QStringLiteral("Comparative Study"),
                           QStringLiteral("Journal Article"),
                           QStringLiteral("Randomized Controlled Trial")}));
    EXPECT_EQ(sink.records[1].reference.publicationTypes,
              (QStringList{QStringLiteral("Journal Article"), QStringLiteral("Review")}));
}

TEST(PublicationTypesTest, PubmedXmlKeepsThePublicationTypeList)
{
    PubmedXmlParser parser;
    const RecordCollector sink = parseSample(parser, "pubmed_sample.xml");
    ASSERT_FALSE(sink.records.empty());
    EXPECT_EQ(sink.records[0].reference.publicationTypes,
              (QStringList{QStringLiteral("Review"), QStringLiteral("Case Reports")}));
}

TEST(PublicationTypesTest, WebOfScienceAndScopusKeepTheDocumentType)
{
    WosParser wos;
    const RecordCollector wosSink = parseSample(wos, "wos_basic.txt");
    ASSERT_GE(wosSink.records.size(), 2u);
    EXPECT_EQ(wosSink.records[0].reference.publicationTypes, QStringList{QStringLiteral("Article")});
    EXPECT_EQ(wosSink.records[1].reference.publicationTypes, QStringList{QStringLiteral("Meeting Abstract")});

    CsvParser csv;
    RecordCollector scopus;
    ASSERT_TRUE(parseBytes(csv,
                           "Title,Authors,Year,Document Type\n"
                           "\"A trial\",\"Laar J.M.V.\",2014,\"Article; Early Access\"\n",
                           scopus));
    ASSERT_EQ(scopus.records.size(), 1u);
    EXPECT_EQ(scopus.records[0].reference.publicationTypes,
              (QStringList{QStringLiteral("Article"), QStringLiteral("Early Access")}));
}

TEST(PublicationTypesTest, RisM3IsATypeOfWorkUnlessItHoldsADoi)
{
    RisParser parser;
    RecordCollector sink;
    ASSERT_TRUE(parseBytes(parser,
                           "TY  - JOUR\nTI  - One\nM3  - Case Reports; Review\nER  - \n"
                           "TY  - JOUR\nTI  - Two\nM3  - 10.1000/xyz\nER  - \n",
                           sink));
    ASSERT_EQ(sink.records.size(), 2u);
    EXPECT_EQ(sink.records[0].reference.publicationTypes,
              (QStringList{QStringLiteral("Case Reports"), QStringLiteral("Review")}));
    EXPECT_TRUE(sink.records[1].reference.publicationTypes.isEmpty());
}

TEST(PublicationTypesTest, EndnoteWorkTypeAndBibtexTypeAreKept)
{
    EndnoteXmlParser endnote;
    RecordCollector endnoteSink;
    ASSERT_TRUE(parseBytes(endnote,
                           "<xml><records><record><ref-type name=\"Journal Article\">17</ref-type>"
                           "<titles><title>One</title></titles><work-type>Randomized Controlled Trial</work-type>"
                           "</record></records></xml>",
                           endnoteSink));
    ASSERT_EQ(endnoteSink.records.size(), 1u);
    EXPECT_EQ(endnoteSink.records[0].reference.publicationTypes,
              QStringList{QStringLiteral("Randomized Controlled Trial")});

    BibtexParser bibtex;
    RecordCollector bibtexSink;
    ASSERT_TRUE(parseBytes(bibtex, "@article{a, title={One}, type={Case Reports; Review}}\n", bibtexSink));
    ASSERT_EQ(bibtexSink.records.size(), 1u);
    EXPECT_EQ(bibtexSink.records[0].reference.publicationTypes,
              (QStringList{QStringLiteral("Case Reports"), QStringLiteral("Review")}));
}

TEST(PublicationTypesTest, TheRepositoryStoresThemInOrder)
{
    auto project = stemma::test::makeMemoryProject();
    ASSERT_TRUE(project);
    Reference reference;
    reference.title = QStringLiteral("A case");
    reference.publicationTypes = {QStringLiteral("Case Reports"), QStringLiteral("Journal Article")};
    auto id = project->references().insert(reference);
    ASSERT_TRUE(id);
    auto stored = project->references().get(*id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->publicationTypes, reference.publicationTypes);
    stored->publicationTypes = {QStringLiteral("Review")};
    ASSERT_TRUE(project->references().update(*stored));
    EXPECT_EQ(project->references().get(*id)->publicationTypes, QStringList{QStringLiteral("Review")});
}

} // namespace
