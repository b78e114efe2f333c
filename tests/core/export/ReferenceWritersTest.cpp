// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One reference with everything that trips writers up (LaTeX specials, a group author, a
// particle, accents, a keyword holding a comma, paragraphs) survives every format both ways.
// Unlike the round trips on ../shared/realdata this needs no shared data.
#include "core/db/ReferenceRepository.h"
#include "core/export/ReferenceExporter.h"
#include "tests/core/export/ExportTestSupport.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace stemma::core;
using namespace stemma::core::exports;

namespace {

Reference trickyReference()
{
    Reference reference;
    reference.title = QStringLiteral("Mesenchymal stromal cells ~ 10% & $5 -- a {pilot} trial's ``quoted'' #1_a");
    reference.authors = {Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M."), {}},
                         Author{QStringLiteral("Müller"), QStringLiteral("Lutz P."), {}},
                         Author{{}, {}, QStringLiteral("ASTIS Study Group")}};
    reference.year = 2014;
    reference.journal = QStringLiteral("Annals of the Rheumatic Diseases");
    reference.volume = QStringLiteral("73");
    reference.issue = QStringLiteral("4");
    reference.pages = QStringLiteral("2490-2498");
    reference.doi = QStringLiteral("10.1001/jama.2014.6368");
    reference.pmid = QStringLiteral("24938034");
    reference.abstract = QStringLiteral("OBJECTIVE: First paragraph, with 5% of \"quotes\".\n\nRESULTS: Second one.");
    reference.keywords = {QStringLiteral("Stem Cells, Mesenchymal"), QStringLiteral("Scleroderma")};
    reference.publicationTypes = {QStringLiteral("Randomized Controlled Trial"), QStringLiteral("Journal Article")};
    reference.language = QStringLiteral("eng");
    reference.url = QStringLiteral("https://example.org/a_b?c=1%202");
    return reference;
}

class ReferenceWritersTest : public testing::TestWithParam<ReferenceFormat>
{
};

TEST_P(ReferenceWritersTest, AReferenceWithEveryHazardComesBackWhole)
{
    const ReferenceFormat format = GetParam();
    auto source = stemma::test::makeMemoryProject();
    ASSERT_TRUE(source);
    ASSERT_TRUE(source->references().insert(trickyReference()));
    ReferenceExportOptions options;
    options.format = format;
    auto exported = exportReferences(*source, options);
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    ASSERT_EQ(exported->count, 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.") + fileSuffix(format));
    stemma::test::writeBytes(path, exported->content);
    auto copy = stemma::test::makeMemoryProject();
    ASSERT_TRUE(copy);
    const auto report = stemma::test::importInto(*copy, path);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.value(0).toString().toStdString();
    const auto after = stemma::test::liveReferences(*copy);
    ASSERT_EQ(after.size(), 1u) << exported->content.toStdString();
    const Reference expected = trickyReference();
    const Reference& got = after.front();
    EXPECT_EQ(got.title, expected.title) << exported->content.toStdString();
    ASSERT_EQ(got.authors.size(), expected.authors.size());
    for (qsizetype i = 0; i < expected.authors.size(); ++i)
        EXPECT_EQ(got.authors[i], expected.authors[i])
            << i << ": " << got.authors[i].family.toStdString() << "|" << got.authors[i].given.toStdString() << "|"
            << got.authors[i].collective.toStdString();
    EXPECT_EQ(got.year, expected.year);
    EXPECT_EQ(got.journal, expected.journal);
    EXPECT_EQ(got.volume, expected.volume);
    EXPECT_EQ(got.issue, expected.issue);
    EXPECT_EQ(got.pages, expected.pages);
    EXPECT_EQ(got.doi, expected.doi);
    EXPECT_EQ(got.pmid, expected.pmid);
    EXPECT_EQ(got.abstract, expected.abstract);
    EXPECT_EQ(got.keywords, expected.keywords);
    EXPECT_EQ(got.publicationTypes, expected.publicationTypes);
    EXPECT_EQ(got.language, expected.language);
    EXPECT_EQ(got.type, expected.type);
    if (format != ReferenceFormat::Nbib) { // MEDLINE has no URL tag
        EXPECT_EQ(got.url, expected.url);
    }
}

const QList<ReferenceFormat> FORMATS = allReferenceFormats();

INSTANTIATE_TEST_SUITE_P(AllFormats,
                         ReferenceWritersTest,
                         testing::ValuesIn(FORMATS.begin(), FORMATS.end()),
                         [](const auto& info) { return formatName(info.param).toStdString(); });

} // namespace
