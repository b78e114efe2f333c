// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every real export in ../shared/realdata goes through the whole import pipeline with its format
// detected from the content, and yields exactly the record count its MANIFEST states.
#include "core/db/ReferenceRepository.h"
#include "core/import/Importer.h"
#include "core/import/ParserRegistry.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QRegularExpression>

#include <cctype>
#include <ostream>
#include <string>

using namespace stemma::core;

namespace {

struct RealFile
{
    const char* path;
    const char* format;
    int records;
};

// Printed by ctest and in failure messages instead of the struct's bytes.
void PrintTo(const RealFile& file, std::ostream* out)
{
    *out << file.path;
}

class RealDataImportTest : public ::testing::TestWithParam<RealFile>
{
};

} // namespace

TEST_P(RealDataImportTest, DetectsTheFormatAndImportsEveryRecord)
{
    STEMMA_REQUIRE_SHARED();
    const RealFile file = GetParam();
    auto project = stemma::test::makeMemoryProject();
    import::ParserRegistry registry;
    import::Importer importer(project->database(), registry);
    auto report = importer.importFile(stemma::test::sharedPath(QString::fromLatin1(file.path)));
    ASSERT_TRUE(report) << file.path << ": " << report.error().message.toStdString();
    EXPECT_EQ(report->format, QString::fromLatin1(file.format)) << file.path;
    EXPECT_EQ(report->records, file.records) << file.path;
    EXPECT_EQ(report->imported + report->merged, file.records) << file.path;
    EXPECT_EQ(*project->references().count(true), file.records) << file.path;
}

INSTANTIATE_TEST_SUITE_P(
    Manifest,
    RealDataImportTest,
    ::testing::Values(RealFile{"realdata/bibtex/jabref-authors.bib", "bibtex", 212},
                      RealFile{"realdata/bibtex/jabref_complex.bib", "bibtex", 20},
                      RealFile{"realdata/bibtex/litsearchr_WoS_corecollection_final_2.bib", "bibtex", 460},
                      RealFile{"realdata/endnotexml/jabref_EndnoteXmlImporterTestArticle2.xml", "endnote-xml", 2},
                      RealFile{
                          "realdata/endnotexml/jabref_EndnoteXmlImporterTestLabelAndMultiTitle.xml", "endnote-xml", 3},
                      RealFile{"realdata/medline/jabref_MedlinePlainImporterTestMultipleEntries.txt", "medline", 5},
                      RealFile{"realdata/medline/jabref_NbibImporterTest.nbib", "medline", 1},
                      RealFile{"realdata/medline/metaknowledge_medline_test.nbib", "medline", 175},
                      RealFile{"realdata/pubmedxml/jabref_MedlineImporterTestArticleItalics.xml", "pubmed-xml", 1},
                      RealFile{"realdata/pubmedxml/jabref_MedlineImporterTestMathML.xml", "pubmed-xml", 1},
                      RealFile{"realdata/pubmedxml/pubmed-29768149.xml", "pubmed-xml", 1},
                      RealFile{"realdata/ris/20221207_gambling-harms_psycinfo_124.ris", "ris", 124},
                      RealFile{"realdata/ris/20221207_gambling-harms_pubmed_176.ris", "ris", 176},
                      RealFile{"realdata/ris/20221207_gambling-harms_scopus_255.ris", "ris", 255},
                      RealFile{"realdata/ris/CiteSource_benchmark_Search1_1.ris", "ris", 978},
                      RealFile{"realdata/ris/Dimensions_246.ris", "ris", 246},
                      RealFile{"realdata/ris/lens_343.ris", "ris", 343},
                      RealFile{"realdata/ris/rispy_example_bom.ris", "ris", 1},
                      RealFile{"realdata/ris/rispy_example_empty_tag.ris", "ris", 1},
                      RealFile{"realdata/ris/rispy_example_multiline.ris", "ris", 3},
                      RealFile{"realdata/ris/rispy_example_utf_chars.ris", "ris", 1},
                      RealFile{"realdata/ris/schoot-lgmm-ptsd-included-1.ris", "ris", 363},
                      RealFile{"realdata/ris/wos_278.ris", "ris", 278},
                      RealFile{"realdata/scopus/litsearchr_borealis_scopus.csv", "csv", 137},
                      RealFile{"realdata/screening/Cohen_2006_ADHD.csv", "csv", 851},
                      RealFile{"realdata/screening/Kitchenham_2010.csv", "csv", 1704},
                      RealFile{"realdata/screening/Nagtegaal_2019.csv", "csv", 2019},
                      RealFile{"realdata/wos/WoS_other_reference_software_r4001-4012.txt", "wos", 12},
                      RealFile{"realdata/wos/litsearchr_WoS_corecollection_tabdelimited.txt", "csv", 163},
                      RealFile{"realdata/wos/metaknowledge_testFile.isi", "wos", 34}),
    // Name each case after its file so ctest lists which export failed.
    [](const ::testing::TestParamInfo<RealFile>& info) {
        std::string name = QFileInfo(QString::fromLatin1(info.param.path)).completeBaseName().toStdString();
        for (char& c : name) {
            if (!std::isalnum(static_cast<unsigned char>(c)))
                c = '_';
        }
        return name;
    });

TEST(RealDataImportTest, CorruptedRisFileIsReportedNotImported)
{
    STEMMA_REQUIRE_SHARED();
    auto project = stemma::test::makeMemoryProject();
    import::ParserRegistry registry;
    import::Importer importer(project->database(), registry);
    auto report =
        importer.importFile(stemma::test::sharedPath(QStringLiteral("realdata/ris/jabref_RisImporterCorrupted.ris")));
    ASSERT_FALSE(report);
    EXPECT_FALSE(report.error().message.isEmpty());
    EXPECT_EQ(*project->references().count(true), 0);
}

namespace {

/** Every reference imported from the shared files \a paths, merged duplicates included. */
std::vector<Reference> importShared(ReviewProject& project, const QStringList& paths)
{
    import::ParserRegistry registry;
    import::Importer importer(project.database(), registry);
    for (const QString& path : paths) {
        auto report = importer.importFile(stemma::test::sharedPath(path));
        EXPECT_TRUE(report) << path.toStdString() << ": " << (report ? "" : report.error().message.toStdString());
    }
    db::ReferenceQuery all;
    all.includeMerged = true;
    return *project.references().list(all);
}

const Reference* findTitle(const std::vector<Reference>& references, const QString& start)
{
    for (const Reference& reference : references)
        if (reference.title.startsWith(start))
            return &reference;
    return nullptr;
}

} // namespace

TEST(RealDataImportTest, MarkupPagesAndFullStopsOfRealExportsAreCleaned)
{
    STEMMA_REQUIRE_SHARED();
    auto project = stemma::test::makeMemoryProject();
    const auto references = importShared(*project,
                                         {QStringLiteral("realdata/ris/wos_278.ris"),
                                          QStringLiteral("realdata/ris/Dimensions_246.ris"),
                                          QStringLiteral("realdata/ris/lens_343.ris"),
                                          QStringLiteral("realdata/screening/Kitchenham_2010.csv"),
                                          QStringLiteral("realdata/ris/20221207_gambling-harms_pubmed_176.ris")});
    ASSERT_EQ(references.size(), std::size_t(278 + 246 + 343 + 1704 + 176));

    const Reference* meta = findTitle(references, QStringLiteral("Effects of fire on the soil microbial metabolic"));
    ASSERT_TRUE(meta);
    EXPECT_EQ(meta->title,
              QStringLiteral("Effects of fire on the soil microbial metabolic quotient: A global meta-analysis"));
    const Reference* co2 = findTitle(references, QStringLiteral("Soil surface CO"));
    ASSERT_TRUE(co2);
    EXPECT_TRUE(co2->title.startsWith(QStringLiteral("Soil surface CO2 flux increases"))) << co2->title.toStdString();
    const Reference* gambling = findTitle(references, QStringLiteral("Before, during and after measures to reduce"));
    ASSERT_TRUE(gambling);
    EXPECT_EQ(gambling->pages, QStringLiteral("12-13"));
    const Reference* tool = nullptr;
    for (const Reference& reference : references)
        if (reference.title.endsWith(QStringLiteral("systematic review in software engineering")))
            tool = &reference;
    ASSERT_TRUE(tool) << "the title that ended in \"engineering. .\"";

    static const QRegularExpression tag(
        QStringLiteral("</?(?:jats:|mml:)?(?:p|i|b|sub|sup|em|u|sec|title|italic|AbstractText)\\b[^>]*>"));
    for (const Reference& reference : references) {
        EXPECT_FALSE(tag.match(reference.title).hasMatch()) << reference.title.toStdString();
        EXPECT_FALSE(tag.match(reference.abstract).hasMatch()) << reference.abstract.left(200).toStdString();
        EXPECT_FALSE(reference.abstract.contains(QStringLiteral("&lt;"))) << reference.abstract.left(200).toStdString();
        EXPECT_FALSE(reference.title.endsWith(QLatin1Char(' '))) << reference.title.toStdString();
    }
}
