// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Other tools read what Stemma writes: bibutils (Debian package "bibutils": ris2xml, bib2xml, and
// endx2xml for EndNote XML, end2xml being its reader of the older "refer" format) converts Stemma's RIS,
// BibTeX and EndNote XML to MODS, and every reference must arrive with its title, first author
// and DOI. Skips when bibutils is not installed.
#include "core/demo/DemoProjectBuilder.h"
#include "core/export/ReferenceExporter.h"
#include "tests/core/export/ExportTestSupport.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace stemma::core;
using namespace stemma::core::exports;

namespace {

/** What a reader needs from one MODS record to be checked against a reference. */
struct ModsRecord
{
    QString title;
    QStringList families;
    QString doi;
};

/** LaTeX typesets ' and " as closing quotes, and bib2xml writes them so: O'Mullan comes back O’Mullan. */
QString straightQuotes(QString text)
{
    return text.replace(QChar(0x2019), QLatin1Char('\''))
        .replace(QChar(0x201C), QLatin1Char('"'))
        .replace(QChar(0x201D), QLatin1Char('"'));
}

/** The top-level <mods> records of a modsCollection, in order. */
std::vector<ModsRecord> readMods(const QString& xmlText)
{
    std::vector<ModsRecord> records;
    QXmlStreamReader xml(xmlText.trimmed().remove(QChar(0xFEFF)));
    int depth = 0;
    QString family;
    bool inHost = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const auto name = xml.name();
            if (name == QLatin1String("mods") && depth == 2)
                records.emplace_back();
            else if (name == QLatin1String("relatedItem"))
                inHost = true;
            else if (!records.empty() && !inHost && name == QLatin1String("title") && records.back().title.isEmpty())
                records.back().title = xml.readElementText().simplified(), --depth;
            else if (!records.empty() && !inHost && name == QLatin1String("subTitle")) {
                // MODS splits "Title: subtitle" and "Question? Answer" in two.
                QString& title = records.back().title;
                const bool stop = title.endsWith(QLatin1Char('?')) || title.endsWith(QLatin1Char('!'));
                title += (stop ? QStringLiteral(" ") : QStringLiteral(": ")) + xml.readElementText().simplified();
                --depth;
            } else if (!records.empty() && name == QLatin1String("namePart") &&
                       // A one-word name ("Wang") is a namePart without a type.
                       xml.attributes().value(QStringLiteral("type")) != QLatin1String("given"))
                records.back().families << xml.readElementText(), --depth;
            else if (!records.empty() && name == QLatin1String("identifier") &&
                     xml.attributes().value(QStringLiteral("type")) == QLatin1String("doi"))
                records.back().doi = xml.readElementText(), --depth;
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == QLatin1String("relatedItem"))
                inHost = false;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return records;
}

class PeerReaderTest : public testing::TestWithParam<std::pair<ReferenceFormat, const char*>>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        auto built = demo::buildDemoProject(*project);
        ASSERT_TRUE(built) << built.error().message.toStdString();
    }

    /** Exports \a source's references, runs the bibutils reader and checks every record. */
    void checkPeerReads(ReviewProject& source, const char* what)
    {
        const auto [format, program] = GetParam();
        const std::vector<Reference> references = stemma::test::liveReferences(source);
        ASSERT_FALSE(references.empty());
        ReferenceExportOptions options;
        options.format = format;
        options.includeScreening = true;
        auto exported = exportReferences(source, options);
        ASSERT_TRUE(exported) << exported.error().message.toStdString();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.") + fileSuffix(format));
        stemma::test::writeBytes(path, exported->content);
        bool ran = false;
        const QString mods = stemma::test::runBibutils(QLatin1String(program), path, &ran);
        if (!ran)
            GTEST_SKIP() << program << " (Debian package bibutils) is not installed";
        const std::vector<ModsRecord> records = readMods(mods);
        ASSERT_EQ(records.size(), references.size()) << what << ": " << program << " read a different count";
        for (size_t i = 0; i < references.size(); ++i) {
            const Reference& reference = references[i];
            const ModsRecord& record = records[i];
            SCOPED_TRACE(std::string(what) + " record " + std::to_string(i + 1));
            EXPECT_EQ(straightQuotes(record.title), reference.title.simplified());
            // bibutils (7.2) only takes DOIs with a four-digit registrant ("10.1001/…"); it drops
            // "10.12688/wellcomeopenres…" from any input, so those are not held against the writer.
            static const QRegularExpression fourDigitRegistrant(QStringLiteral("^10\\.\\d{4}/"));
            if (reference.doi.isEmpty() || fourDigitRegistrant.match(reference.doi).hasMatch()) {
                EXPECT_EQ(record.doi, reference.doi);
            }
            for (const Author& author : reference.authors) {
                if (author.isCollective())
                    continue;
                EXPECT_TRUE(straightQuotes(record.families.join(QLatin1Char('|')))
                                .split(QLatin1Char('|'))
                                .contains(author.family))
                    << author.family.toStdString() << " missing from "
                    << record.families.join(QLatin1Char('|')).toStdString();
                break; // the first personal author is enough to show names were read as names
            }
        }
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
};

TEST_P(PeerReaderTest, BibutilsReadsTheDemoReferences)
{
    checkPeerReads(*project, "demo");
}

TEST_P(PeerReaderTest, BibutilsReadsARealPubmedSearch)
{
    if (!stemma::test::hasShared())
        GTEST_SKIP() << "../shared/realdata is absent (a fresh clone)";
    auto real = stemma::test::makeMemoryProject();
    ASSERT_TRUE(real);
    stemma::test::importInto(
        *real, stemma::test::sharedPath(QStringLiteral("realdata/ris/20221207_gambling-harms_pubmed_176.ris")));
    checkPeerReads(*real, "gambling-harms_pubmed_176");
}

INSTANTIATE_TEST_SUITE_P(Bibutils,
                         PeerReaderTest,
                         testing::Values(std::make_pair(ReferenceFormat::Ris, "ris2xml"),
                                         std::make_pair(ReferenceFormat::Bibtex, "bib2xml"),
                                         std::make_pair(ReferenceFormat::EndnoteXml, "endx2xml")),
                         [](const auto& info) { return formatName(info.param.first).toStdString(); });

} // namespace
