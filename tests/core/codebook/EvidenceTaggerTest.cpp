// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codebook/EvidenceTagger.h"

#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/StudyRepository.h"
#include "core/demo/DemoProjectBuilder.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

class EvidenceTaggerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        auto built = demo::buildDemoProject(*project);
        ASSERT_TRUE(built) << built.error().message.toStdString();
    }

    Study studyLabelled(const QString& label)
    {
        const auto studies = *project->studies().list();
        for (const Study& study : studies)
            if (study.label == label)
                return study;
        ADD_FAILURE() << "no study " << label.toStdString();
        return {};
    }

    /** The quote and tag name of the span each link of the row cites, as "field: quote [tag]". */
    QStringList evidence(const QString& entity, qint64 id)
    {
        QStringList lines;
        const auto links = *project->codebook().linksFor(entity, id);
        for (const auto& link : links) {
            const TagSpan span = *project->codebook().span(link.span);
            lines << QStringLiteral("%1: %2 [%3]").arg(link.field, span.quote, project->codebook().tag(span.tag)->name);
        }
        return lines;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
};

} // namespace

TEST_F(EvidenceTaggerTest, DemoLinksPatientCountsDosesAndOutcomeNumbersToTheAbstract)
{
    const Study zhang = studyLabelled(QStringLiteral("Zhang 2017"));
    EXPECT_EQ(evidence(QStringLiteral("study"), zhang.id.value),
              QStringList{QStringLiteral("patientCount: 14 patients [Patient count]")});
    const Arm arm = project->studies().arms(zhang.id)->front();
    EXPECT_EQ(evidence(QStringLiteral("arm"), arm.id.value),
              QStringList{QStringLiteral("size: 14 patients [Patient count]")});
    const Intervention msc = project->studies().interventions(arm.id)->front();
    const QStringList dose = evidence(QStringLiteral("intervention"), msc.id.value);
    ASSERT_FALSE(dose.isEmpty());
    EXPECT_TRUE(dose.contains(QStringLiteral("cellsPerKg: 1x10^6/kg [Dose]")))
        << dose.join(QLatin1Char('|')).toStdString();

    // The two skin scores are in the summary; the adverse events come from a meta-analysis table.
    const auto mrss = project->outcomes().findByCode(QStringLiteral("mRSS"));
    ASSERT_TRUE(mrss && mrss->has_value());
    const auto all = *project->outcomes().resultsForStudy(zhang.id);
    std::vector<OutcomeResult> results;
    for (const OutcomeResult& result : all)
        if (result.measure == (*mrss)->id)
            results.push_back(result);
    ASSERT_EQ(results.size(), 2u);
    for (const OutcomeResult& result : results) {
        ASSERT_TRUE(result.sourceSpan.isValid());
        const TagSpan span = *project->codebook().span(result.sourceSpan);
        EXPECT_EQ(project->codebook().tag(span.tag)->name, QStringLiteral("mRSS"));
        EXPECT_EQ(span.field, QStringLiteral("abstract"));
        EXPECT_TRUE(span.quote.contains(QString::number(*result.value))) << span.quote.toStdString();
    }
}

TEST_F(EvidenceTaggerTest, DeathCountsLinkToTheMatchingResultOnly)
{
    const Study astis = studyLabelled(QStringLiteral("ASTIS"));
    EXPECT_EQ(evidence(QStringLiteral("study"), astis.id.value),
              QStringList{QStringLiteral("patientCount: 156 patients [Patient count]")});
    int linked = 0;
    const auto results = *project->outcomes().resultsForStudy(astis.id);
    for (const OutcomeResult& result : results) {
        // The demo facts quote the other results; the extractor's death count cites only its own.
        const QStringList lines = evidence(QStringLiteral("outcome_result"), result.id.value);
        if (lines.filter(QStringLiteral("8 treatment-related deaths")).isEmpty())
            continue;
        ++linked;
        EXPECT_EQ(result.events, 8);
        EXPECT_EQ(lines.size(), 1) << lines.join(QLatin1Char('|')).toStdString();
    }
    EXPECT_EQ(linked, 1);
}

TEST_F(EvidenceTaggerTest, TagNamesFollowTheDefaultCodebook)
{
    extract::Suggestion suggestion;
    suggestion.field = QStringLiteral("outcome");
    suggestion.measure = QStringLiteral("FVC");
    EXPECT_EQ(codebook::EvidenceTagger::tagNameFor(suggestion), QStringLiteral("FVC"));
    suggestion.field = QStringLiteral("dose");
    EXPECT_EQ(codebook::EvidenceTagger::tagNameFor(suggestion), QStringLiteral("Dose"));
    suggestion.field = QStringLiteral("deaths");
    suggestion.measure = QStringLiteral("treatment-related mortality");
    EXPECT_EQ(codebook::EvidenceTagger::tagNameFor(suggestion), QStringLiteral("Treatment-related mortality"));
}
