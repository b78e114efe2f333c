// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/library/CitationFormatter.h"

#include <gtest/gtest.h>

using namespace stemma;
using ui::CitationFormatter;

namespace {

core::Reference astis()
{
    core::Reference reference;
    reference.title = QStringLiteral("Stem cell transplantation versus cyclophosphamide");
    reference.authors = {core::Author{QStringLiteral("van Laar"), QStringLiteral("Jacob M"), {}},
                         core::Author{QStringLiteral("Farge"), QStringLiteral("Dominique"), {}}};
    reference.year = 2014;
    reference.journal = QStringLiteral("JAMA");
    reference.volume = QStringLiteral("311");
    reference.issue = QStringLiteral("24");
    reference.pages = QStringLiteral("2490-2498");
    return reference;
}

} // namespace

TEST(CitationFormatterTest, PlainCitationHasAuthorsYearTitleAndJournal)
{
    EXPECT_EQ(CitationFormatter::plainCitation(astis()),
              QStringLiteral("van Laar JM, Farge D (2014). Stem cell transplantation versus cyclophosphamide. "
                             "JAMA 311(24):2490-2498."));
}

TEST(CitationFormatterTest, JournalPartCopesWithMissingPieces)
{
    core::Reference reference = astis();
    reference.issue.clear();
    EXPECT_EQ(CitationFormatter::journalPart(reference), QStringLiteral("JAMA 311:2490-2498"));
    reference.volume.clear();
    EXPECT_EQ(CitationFormatter::journalPart(reference), QStringLiteral("JAMA, 2490-2498"));
}

TEST(CitationFormatterTest, SplitsLabelledAbstractSections)
{
    const auto sections = CitationFormatter::abstractSections(
        QStringLiteral("IMPORTANCE: Why.\n\nMAIN OUTCOMES AND MEASURES: What.\n\nAn unlabelled closing: remark."));
    ASSERT_EQ(sections.size(), 3u);
    EXPECT_EQ(sections[0], std::pair(QStringLiteral("IMPORTANCE"), QStringLiteral("Why.")));
    EXPECT_EQ(sections[1], std::pair(QStringLiteral("MAIN OUTCOMES AND MEASURES"), QStringLiteral("What.")));
    EXPECT_EQ(sections[2], std::pair(QString(), QStringLiteral("An unlabelled closing: remark.")));
}

TEST(CitationFormatterTest, HighlightsWordPrefixesAndEscapesHtml)
{
    const CitationFormatter formatter({QStringLiteral("stem")}, {QColor(Qt::yellow), QColor(Qt::black)});
    EXPECT_EQ(formatter.highlighted(QStringLiteral("Stem-cell <b> system")),
              QStringLiteral("<span style=\"background-color:#ffff00; color:#000000\">Stem</span>-cell &lt;b&gt; "
                             "system"));
    EXPECT_EQ(formatter.highlighted(QStringLiteral("stemming")),
              QStringLiteral("<span style=\"background-color:#ffff00; color:#000000\">stemming</span>"));
}

TEST(CitationFormatterTest, OverviewLinksIdentifiersAndBoldsLabels)
{
    core::Reference reference = astis();
    reference.doi = QStringLiteral("10.1001/jama.2014.6368");
    reference.pmid = QStringLiteral("24958149");
    reference.abstract = QStringLiteral("OBJECTIVE: Compare.");
    const CitationFormatter formatter({}, {});
    const QString html = formatter.overviewHtml(reference, {});
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"https://doi.org/10.1001/jama.2014.6368\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"https://pubmed.ncbi.nlm.nih.gov/24958149/\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<p><b>OBJECTIVE:</b> Compare.</p>")));
    EXPECT_TRUE(html.contains(QStringLiteral("No full text attached.")));
}

TEST(CitationFormatterTest, OverviewEscapesTheCitedReferencesAndNumbersThem)
{
    core::Reference reference = astis();
    reference.greyLiterature = true;
    reference.notFound = {QStringLiteral("year")};
    const CitationFormatter formatter({}, {});
    const QString html = formatter.overviewHtml(
        reference,
        {},
        {QStringLiteral("Roe J. <script>x</script> & co. 2019."), QStringLiteral("Doe J. Second. 2020.")});
    EXPECT_TRUE(html.contains(QStringLiteral("<h3>References (2)</h3><ol><li>Roe J. &lt;script&gt;x&lt;/script&gt; "
                                             "&amp; co. 2019.</li><li>Doe J. Second. 2020.</li></ol>")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("Grey literature / promotional source")));
    EXPECT_TRUE(html.contains(QStringLiteral("Not found on import: year")));
    EXPECT_FALSE(formatter.overviewHtml(astis(), {}).contains(QStringLiteral("References (")));
}
