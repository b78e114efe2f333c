// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Export → import into a fresh project gives the same references, for every format and for
// real search exports from ../shared/realdata (files other tools wrote). Each format is held
// to the fields it has a place for; what it cannot carry is listed in carries().
#include "core/export/ReferenceExporter.h"
#include "core/export/ReferenceWriters.h"
#include "tests/core/export/ExportTestSupport.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace stemma::core;
using namespace stemma::core::exports;

namespace {

struct Carried
{
    bool pmid = true;
    bool url = true;
    bool type = true;
    bool publicationTypes = true;
};

/** What a format cannot hold: MEDLINE has no URL tag, and its type is read back from PT. */
Carried carries(ReferenceFormat format)
{
    Carried carried;
    if (format == ReferenceFormat::Nbib) {
        carried.url = false;
        carried.type = false;
    }
    return carried;
}

QString describe(const Author& author)
{
    return author.isCollective() ? QStringLiteral("{%1}").arg(author.collective)
                                 : QStringLiteral("%1|%2").arg(author.family, author.given);
}

QString authorsText(const QList<Author>& authors)
{
    QStringList parts;
    for (const Author& author : authors)
        parts << describe(author);
    return parts.join(QStringLiteral("; "));
}

/** The first field that differs, "" when none does. */
std::string difference(const Reference& before, const Reference& after, const Carried& carried)
{
    auto differs = [](const char* field, const QString& a, const QString& b) {
        return a == b ? std::string()
                      : std::string(field) + ": \"" + a.toStdString() + "\" became \"" + b.toStdString() + "\"";
    };
    for (const std::string& found :
         {differs("title", before.title, after.title),
          differs("authors", authorsText(before.authors), authorsText(after.authors)),
          differs("year",
                  before.year ? QString::number(*before.year) : QString(),
                  after.year ? QString::number(*after.year) : QString()),
          differs("journal", before.journal, after.journal),
          differs("volume", before.volume, after.volume),
          differs("issue", before.issue, after.issue),
          differs("pages", before.pages, after.pages),
          differs("doi", before.doi, after.doi),
          differs("abstract", before.abstract, after.abstract),
          differs("keywords", before.keywords.join(QLatin1Char('|')), after.keywords.join(QLatin1Char('|'))),
          differs("language", before.language, after.language),
          carried.pmid ? differs("pmid", before.pmid, after.pmid) : std::string(),
          carried.url ? differs("url", before.url, after.url) : std::string(),
          carried.type ? differs("type", toString(before.type), toString(after.type)) : std::string(),
          carried.publicationTypes ? differs("publication types",
                                             before.publicationTypes.join(QLatin1Char('|')),
                                             after.publicationTypes.join(QLatin1Char('|')))
                                   : std::string()})
        if (!found.empty())
            return found;
    return {};
}

struct RoundTrip
{
    const char* file;
    ReferenceFormat format;
};

std::string name(const testing::TestParamInfo<RoundTrip>& info)
{
    QString file = QString::fromLatin1(info.param.file).section(QLatin1Char('/'), -1);
    file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QString());
    return (formatName(info.param.format) + QLatin1Char('_') + file).toStdString();
}

class ReferenceRoundTripTest : public testing::TestWithParam<RoundTrip>
{
};

TEST_P(ReferenceRoundTripTest, ExportThenImportGivesTheSameReferences)
{
    if (!stemma::test::hasShared())
        GTEST_SKIP() << "../shared/realdata is absent (a fresh clone); the round trips need the real exports";
    const RoundTrip& trip = GetParam();
    auto original = stemma::test::makeMemoryProject();
    ASSERT_TRUE(original);
    stemma::test::importInto(*original,
                             stemma::test::sharedPath(QStringLiteral("realdata/") + QLatin1String(trip.file)));
    const std::vector<Reference> before = stemma::test::liveReferences(*original);
    ASSERT_FALSE(before.empty());

    ReferenceExportOptions options;
    options.format = trip.format;
    auto exported = exportReferences(*original, options);
    ASSERT_TRUE(exported) << exported.error().message.toStdString();
    EXPECT_EQ(exported->count, int(before.size()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.") + fileSuffix(trip.format));
    stemma::test::writeBytes(path, exported->content);
    auto copy = stemma::test::makeMemoryProject();
    ASSERT_TRUE(copy);
    // The format is recognised from the content, as a reviewer's import would do it.
    const auto report = stemma::test::importInto(*copy, path);
    for (const auto& problem : report.problems)
        ADD_FAILURE() << problem.toString().toStdString();
    const std::vector<Reference> after = stemma::test::liveReferences(*copy);
    ASSERT_EQ(after.size(), before.size());
    const Carried carried = carries(trip.format);
    for (size_t i = 0; i < before.size(); ++i) {
        const std::string diff = difference(before[i], after[i], carried);
        EXPECT_TRUE(diff.empty()) << "record " << i + 1 << " (" << before[i].title.left(60).toStdString()
                                  << "): " << diff;
    }
}

const char* const FILES[] = {
    "ris/20221207_gambling-harms_pubmed_176.ris",
    "ris/20221207_gambling-harms_scopus_255.ris",
    "medline/metaknowledge_medline_test.nbib",
    "pubmedxml/pubmed-29768149.xml",
    "bibtex/jabref-authors.bib",
    "endnotexml/jabref_EndnoteXmlImporterTestArticle2.xml",
    "scopus/litsearchr_borealis_scopus.csv",
    "wos/metaknowledge_testFile.isi",
};

std::vector<RoundTrip> allTrips()
{
    std::vector<RoundTrip> trips;
    for (ReferenceFormat format : allReferenceFormats())
        for (const char* file : FILES)
            trips.push_back({file, format});
    return trips;
}

INSTANTIATE_TEST_SUITE_P(RealExports, ReferenceRoundTripTest, testing::ValuesIn(allTrips()), name);

} // namespace
