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
