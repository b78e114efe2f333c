// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoProjectBuilder.h"

#include "core/compare/Comparison.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/StudyRepository.h"
#include "core/screening/PrismaCounts.h"
#include "core/screening/ScreeningService.h"
#include "core/screening/ScreeningTerms.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace stemma::core;

namespace {

class DemoProjectBuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        auto built = demo::buildDemoProject(*project);
        ASSERT_TRUE(built) << built.error().message.toStdString();
        auto all = project->studies().list();
        ASSERT_TRUE(all);
        studies = *all;
    }

    const Study* studyLabelled(const QString& label) const
    {
        auto it = std::find_if(studies.begin(), studies.end(), [&](const Study& s) { return s.label == label; });
        return it == studies.end() ? nullptr : &*it;
    }

    OutcomeMeasureId measure(const char* code)
    {
        auto found = project->outcomes().findByCode(QString::fromLatin1(code));
        EXPECT_TRUE(found && found->has_value()) << code;
        return found && found->has_value() ? (*found)->id : OutcomeMeasureId();
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    std::vector<Study> studies;
};

} // namespace

TEST_F(DemoProjectBuilderTest, CreatesEveryStudyWithItsReference)
{
    ASSERT_EQ(studies.size(), 29u);
    EXPECT_EQ(*project->references().count(), 29);
    for (const Study& study : studies) {
        ASSERT_EQ(study.references.size(), 1) << study.label.toStdString();
        auto reference = project->references().get(study.references.front());
        ASSERT_TRUE(reference);
        EXPECT_FALSE(reference->title.isEmpty()) << study.label.toStdString();
        EXPECT_FALSE(reference->abstract.isEmpty()) << study.label.toStdString();
        EXPECT_NE(study.design, StudyDesign::Unknown) << study.label.toStdString();
        EXPECT_TRUE(study.disease.startsWith(QStringLiteral("systemic sclerosis"))) << study.label.toStdString();
    }
    auto batches = project->references().batches();
    ASSERT_TRUE(batches);
    ASSERT_EQ(batches->size(), 3u);
    EXPECT_EQ((*batches)[0].sourceName, QStringLiteral("PubMed"));
    EXPECT_EQ((*batches)[0].searchDate, QStringLiteral("2024-03-04"));
    EXPECT_EQ((*batches)[0].recordsRead, 24);
    EXPECT_EQ((*batches)[0].imported, 24);
    EXPECT_EQ((*batches)[1].sourceName, QStringLiteral("Embase"));
    EXPECT_EQ((*batches)[1].recordsRead, 9);
    EXPECT_EQ((*batches)[1].merged, 5);
    EXPECT_EQ((*batches)[2].sourceName, QStringLiteral("Cochrane Library"));
    EXPECT_EQ((*batches)[2].recordsRead, 2);
    auto sources = project->references().sources(studies.front().references.front());
    ASSERT_TRUE(sources);
    ASSERT_EQ(sources->size(), 1u);
    EXPECT_EQ(sources->front().batch, (*batches)[0].id);
    EXPECT_EQ(sources->front().recordNumber, 1);
}

TEST_F(DemoProjectBuilderTest, RecordsFoundInASecondDatabaseAreMergedDuplicates)
{
    EXPECT_EQ(*project->references().count(true), 35);
    const Study* astis = studyLabelled(QStringLiteral("ASTIS"));
    ASSERT_NE(astis, nullptr);
    auto merged = project->references().mergedInto(astis->references.front());
    ASSERT_TRUE(merged);
    ASSERT_EQ(merged->size(), 1u);
    auto duplicateSources = project->references().sources(merged->front());
    ASSERT_TRUE(duplicateSources);
    ASSERT_EQ(duplicateSources->size(), 1u);
    auto batches = *project->references().batches();
    EXPECT_EQ(duplicateSources->front().batch, batches[1].id) << "found again in Embase";
    EXPECT_EQ(project->references().get(merged->front())->title,
              project->references().get(astis->references.front())->title);
}

TEST_F(DemoProjectBuilderTest, EveryReferenceHasItsRealCitation)
{
    for (const Study& study : studies) {
        auto reference = project->references().get(study.references.front());
        ASSERT_TRUE(reference);
        EXPECT_FALSE(reference->title.startsWith(QLatin1Char('['))) << study.label.toStdString();
    }
    const Study* farge = studyLabelled(QStringLiteral("Farge 2022"));
    ASSERT_NE(farge, nullptr);
    auto reference = project->references().get(farge->references.front());
    EXPECT_TRUE(reference->title.startsWith(
        QStringLiteral("Safety and preliminary efficacy of allogeneic bone marrow-derived multipotent")));
    ASSERT_EQ(reference->authors.size(), 1);
    EXPECT_EQ(reference->authors.front().family, QStringLiteral("Farge"));
    EXPECT_EQ(reference->journal, QStringLiteral("Lancet Rheumatol"));
    EXPECT_EQ(reference->pmid, QStringLiteral("38288741"));
    EXPECT_TRUE(farge->notes.contains(QStringLiteral("Citation: Only the first author is known")));

    const Study* grafting = studyLabelled(QStringLiteral("AT grafting 2019"));
    ASSERT_NE(grafting, nullptr);
    reference = project->references().get(grafting->references.front());
    EXPECT_EQ(reference->year, 2019);
    EXPECT_EQ(reference->authors.front().family, QStringLiteral("Del Papa"));
    EXPECT_TRUE(grafting->notes.contains(QStringLiteral("presumed")));
}

TEST_F(DemoProjectBuilderTest, DigitalUlcerHealingAfterFatGraftingAgainstSham)
{
    const Study* grafting = studyLabelled(QStringLiteral("AT grafting 2019"));
    ASSERT_NE(grafting, nullptr);
    auto results = *project->outcomes().resultsForStudy(grafting->id);
    ASSERT_EQ(results.size(), 2u);
    auto arms = *project->studies().arms(grafting->id);
    for (const OutcomeResult& result : results) {
        EXPECT_EQ(result.measure, measure("DU-HEAL"));
        EXPECT_EQ(result.statistic, Statistic::EventsTotal);
        EXPECT_EQ(result.timepointText, QStringLiteral("8 weeks"));
    }
    EXPECT_EQ(results[0].arm, arms[0].id);
    EXPECT_EQ(results[0].events, 23);
    EXPECT_EQ(results[0].n, 25);
    EXPECT_EQ(results[1].arm, arms[1].id);
    EXPECT_EQ(results[1].events, 1);
    EXPECT_EQ(results[1].n, 13);
    auto healing = project->outcomes().findByCode(QStringLiteral("DU-HEAL"));
    ASSERT_TRUE(healing && healing->has_value());
    EXPECT_EQ((*healing)->direction, BenefitDirection::HigherIsBetter);
}

TEST_F(DemoProjectBuilderTest, CountsOfArmsInterventionsPatientsAndResults)
{
    size_t arms = 0;
    size_t interventions = 0;
    size_t patients = 0;
    size_t results = 0;
    for (const Study& study : studies) {
        arms += project->studies().arms(study.id)->size();
        interventions += project->studies().interventionsForStudy(study.id)->size();
        patients += project->patients().list(study.id)->size();
        results += project->outcomes().resultsForStudy(study.id)->size();
    }
    EXPECT_EQ(arms, 31u);
    EXPECT_EQ(interventions, 32u);
    EXPECT_EQ(patients, 3u);
    EXPECT_EQ(results, 70u);
}

TEST_F(DemoProjectBuilderTest, AstisHasTwoArmsOf79And77)
{
    const Study* astis = studyLabelled(QStringLiteral("ASTIS"));
    ASSERT_NE(astis, nullptr);
    EXPECT_EQ(astis->design, StudyDesign::Rct);
    EXPECT_EQ(astis->patientCount, 156);
    auto reference = project->references().get(astis->references.front());
    ASSERT_TRUE(reference);
    EXPECT_EQ(reference->year, 2014);
    EXPECT_EQ(reference->journal, QStringLiteral("JAMA"));
    EXPECT_EQ(reference->volume, QStringLiteral("311"));
    EXPECT_EQ(reference->pages, QStringLiteral("2490-2498"));
    EXPECT_TRUE(reference->doi.isEmpty()) << "the DOI is unverified and stays out of the record";
    EXPECT_TRUE(astis->notes.contains(QStringLiteral("Unverified DOI 10.1001/jama.2014.6368")));
    EXPECT_EQ(reference->authors.front().family, QStringLiteral("van Laar"));

    auto arms = project->studies().arms(astis->id);
    ASSERT_TRUE(arms);
    ASSERT_EQ(arms->size(), 2u);
    EXPECT_EQ((*arms)[0].label, QStringLiteral("HSCT"));
    EXPECT_EQ((*arms)[0].size, 79);
    EXPECT_EQ((*arms)[1].size, 77);

    auto hsct = project->studies().interventions((*arms)[0].id);
    ASSERT_TRUE(hsct);
    ASSERT_EQ(hsct->size(), 1u);
    EXPECT_EQ(hsct->front().family, InterventionFamily::Hsct);
    EXPECT_EQ(hsct->front().donor, DonorType::Autologous);
    EXPECT_EQ(hsct->front().mobilisation, QStringLiteral("cyclophosphamide 4 g/m2 + G-CSF"));
    EXPECT_EQ(hsct->front().cd34Selection, true);
    EXPECT_EQ(hsct->front().atg, true);
    auto comparator = project->studies().interventions((*arms)[1].id);
    ASSERT_TRUE(comparator);
    ASSERT_EQ(comparator->size(), 1u);
    EXPECT_EQ(comparator->front().family, InterventionFamily::Immunosuppressant);
    EXPECT_TRUE(comparator->front().drugs.contains(QStringLiteral("cyclophosphamide")));

    auto trm = project->outcomes().resultsForMeasure(measure("TRM"));
    ASSERT_TRUE(trm);
    auto astisTrm = std::find_if(trm->begin(), trm->end(), [&](const OutcomeResult& r) {
        return r.study == astis->id && r.arm == (*arms)[0].id;
    });
    ASSERT_NE(astisTrm, trm->end());
    EXPECT_EQ(astisTrm->statistic, Statistic::EventsTotal);
    EXPECT_EQ(astisTrm->events, 8);
    EXPECT_EQ(astisTrm->n, 79);
    EXPECT_EQ(astisTrm->timepointMonths, 12.0);
}

TEST_F(DemoProjectBuilderTest, MscStudiesNameTheirCellSource)
{
    int boneMarrow = 0;
    int umbilicalCord = 0;
    for (const Study& study : studies) {
        auto interventions = project->studies().interventionsForStudy(study.id);
        ASSERT_TRUE(interventions);
        for (const Intervention& intervention : *interventions) {
            if (intervention.family != InterventionFamily::Msc)
                continue;
            boneMarrow += intervention.mscSource == MscSource::BoneMarrow;
            umbilicalCord += intervention.mscSource == MscSource::UmbilicalCord;
        }
    }
    EXPECT_GE(boneMarrow, 1);
    EXPECT_GE(umbilicalCord, 1);

    const Study* zhang = studyLabelled(QStringLiteral("Zhang 2017"));
    ASSERT_NE(zhang, nullptr);
    auto interventions = project->studies().interventionsForStudy(zhang->id);
    ASSERT_TRUE(interventions);
    ASSERT_EQ(interventions->size(), 2u);
    const Intervention& msc = interventions->front();
    EXPECT_EQ(msc.mscSource, MscSource::UmbilicalCord);
    EXPECT_EQ(msc.donor, DonorType::AllogeneicUnrelated);
    EXPECT_EQ(msc.cellsPerKg, 1e6);
    EXPECT_EQ(msc.infusions, 1);
    EXPECT_EQ(msc.route, QStringLiteral("intravenous"));

    auto all = project->outcomes().resultsForStudy(zhang->id);
    ASSERT_TRUE(all);
    std::vector<OutcomeResult> skin;
    std::copy_if(all->begin(), all->end(), std::back_inserter(skin), [&](const OutcomeResult& r) {
        return r.measure == measure("mRSS");
    });
    const auto* mrss = &skin;
    ASSERT_EQ(mrss->size(), 2u);
    EXPECT_EQ((*mrss)[0].measure, measure("mRSS"));
    EXPECT_EQ((*mrss)[0].timepointMonths, 0.0);
    EXPECT_EQ((*mrss)[0].value, 20.1);
    EXPECT_EQ((*mrss)[0].spread, 3.1);
    EXPECT_EQ((*mrss)[1].value, 13.8);
    EXPECT_EQ((*mrss)[1].spread, 10.2);
    EXPECT_EQ((*mrss)[1].n, 14);
}

TEST_F(DemoProjectBuilderTest, MortalityHasMscAndHsctArms)
{
    // Counts the arms of each family with a result of the measure, so MSC and HSCT can be compared.
    const auto families = [&](const char* code) {
        std::map<InterventionFamily, int> arms;
        auto results = project->outcomes().resultsForMeasure(measure(code));
        EXPECT_TRUE(results);
        for (const OutcomeResult& result : *results) {
            EXPECT_TRUE(result.arm.isValid()) << code;
            const auto interventions = project->studies().interventions(result.arm);
            EXPECT_TRUE(interventions);
            for (const Intervention& intervention : *interventions)
                ++arms[intervention.family];
        }
        return arms;
    };
    auto trm = families("TRM");
    EXPECT_EQ(trm[InterventionFamily::Hsct], 4);
    EXPECT_EQ(trm[InterventionFamily::Msc], 2);
    EXPECT_EQ(trm[InterventionFamily::Immunosuppressant], 3);
    auto deaths = families("DEATH");
    EXPECT_EQ(deaths[InterventionFamily::Hsct], 1);
    EXPECT_EQ(deaths[InterventionFamily::Msc], 3);

    // The MSC zeros come from reports that recorded no adverse events at all.
    const Study* wang = studyLabelled(QStringLiteral("Wang 2013"));
    ASSERT_NE(wang, nullptr);
    auto results = *project->outcomes().resultsForStudy(wang->id);
    auto wangTrm = std::find_if(
        results.begin(), results.end(), [&](const OutcomeResult& r) { return r.measure == measure("TRM"); });
    ASSERT_NE(wangTrm, results.end());
    EXPECT_EQ(wangTrm->events, 0);
    EXPECT_EQ(wangTrm->n, 5);
    EXPECT_TRUE(wangTrm->note.startsWith(QStringLiteral("no adverse events were recorded")));
}

TEST_F(DemoProjectBuilderTest, ComparisonsOfSkinScoreAndMortalityHaveMscAndHsctRows)
{
    for (const char* code : {"mRSS", "TRM", "DEATH"}) {
        compare::CompareOptions options;
        options.outcomeCode = QString::fromLatin1(code);
        auto comparison = compare::compareOutcome(*project, options);
        ASSERT_TRUE(comparison) << code << ": " << comparison.error().message.toStdString();
        int msc = 0;
        int hsct = 0;
        for (const compare::ComparisonRow& row : comparison->rows) {
            msc += row.family == InterventionFamily::Msc ? int(row.values.size()) : 0;
            hsct += row.family == InterventionFamily::Hsct ? int(row.values.size()) : 0;
        }
        EXPECT_GE(msc, 1) << code;
        EXPECT_GE(hsct, 1) << code;
    }
    compare::CompareOptions deaths;
    deaths.outcomeCode = QStringLiteral("DEATH");
    const auto comparison = *compare::compareOutcome(*project, deaths);
    // Three MSC reports give deaths: the two case reports at patient level, the 5-patient series as a group.
    std::map<QString, std::pair<compare::RowKind, compare::StudyValue>> msc;
    for (const compare::ComparisonRow& row : comparison.rows)
        if (row.family == InterventionFamily::Msc)
            for (const compare::StudyValue& value : row.values)
                msc.emplace(value.studyLabel, std::make_pair(row.kind, value));
    ASSERT_EQ(msc.size(), 3u);
    const auto chakr = msc.find(QStringLiteral("Chakr (EULAR AB0505)"));
    ASSERT_NE(chakr, msc.end());
    EXPECT_EQ(chakr->second.first, compare::RowKind::PatientLevel);
    EXPECT_EQ(chakr->second.second.events, 1);
    EXPECT_EQ(chakr->second.second.n, 1);
    const auto wang = msc.find(QStringLiteral("Wang 2013"));
    ASSERT_NE(wang, msc.end());
    EXPECT_EQ(wang->second.second.events, 0);
    EXPECT_EQ(wang->second.second.n, 5);
    EXPECT_TRUE(msc.contains(QStringLiteral("Christopeit 2008")));
}

TEST_F(DemoProjectBuilderTest, MscCaseReportWithADeathHasItsPatientAndBaseline)
{
    const Study* chakr = studyLabelled(QStringLiteral("Chakr (EULAR AB0505)"));
    ASSERT_NE(chakr, nullptr);
    EXPECT_EQ(chakr->design, StudyDesign::CaseReport);
    EXPECT_EQ(chakr->country, QStringLiteral("Brazil (Porto Alegre)"));
    auto interventions = *project->studies().interventionsForStudy(chakr->id);
    ASSERT_EQ(interventions.size(), 1u);
    EXPECT_EQ(interventions[0].family, InterventionFamily::Msc);
    EXPECT_EQ(interventions[0].donor, DonorType::AllogeneicUnrelated);
    EXPECT_EQ(interventions[0].cellsPerKg, 2e6);
    EXPECT_EQ(interventions[0].infusions, 2);

    auto patients = *project->patients().list(chakr->id);
    ASSERT_EQ(patients.size(), 1u);
    EXPECT_EQ(patients[0].ageYears, 36.0);
    EXPECT_EQ(patients[0].sex, Sex::Female);
    EXPECT_EQ(patients[0].diseaseDurationYears, 10.0);
    EXPECT_EQ(patients[0].priorTherapies,
              (QStringList{
                  QStringLiteral("methotrexate"), QStringLiteral("azathioprine"), QStringLiteral("cyclophosphamide")}));

    auto results = *project->outcomes().resultsForStudy(chakr->id);
    ASSERT_EQ(results.size(), 2u);
    const auto death = std::find_if(
        results.begin(), results.end(), [&](const OutcomeResult& r) { return r.measure == measure("DEATH"); });
    ASSERT_NE(death, results.end());
    EXPECT_EQ(death->events, 1);
    EXPECT_EQ(death->n, 1);
    EXPECT_EQ(death->arm, patients[0].arm);
    const auto baseline = std::find_if(
        results.begin(), results.end(), [&](const OutcomeResult& r) { return r.measure == measure("mRSS"); });
    ASSERT_NE(baseline, results.end());
    EXPECT_EQ(baseline->patient, patients[0].id);
    EXPECT_FALSE(baseline->arm.isValid());
    EXPECT_EQ(baseline->statistic, Statistic::IndividualValue);
    EXPECT_EQ(baseline->value, 47.0);
    EXPECT_EQ(baseline->timepointMonths, 0.0);
}

TEST_F(DemoProjectBuilderTest, CaseReportHasItsPatient)
{
    const Study* christopeit = studyLabelled(QStringLiteral("Christopeit 2008"));
    ASSERT_NE(christopeit, nullptr);
    EXPECT_EQ(christopeit->design, StudyDesign::CaseReport);
    auto patients = project->patients().list(christopeit->id);
    ASSERT_TRUE(patients);
    ASSERT_EQ(patients->size(), 1u);
    EXPECT_EQ(patients->front().ageYears, 41.0);
    EXPECT_EQ(patients->front().sex, Sex::Female);
    EXPECT_TRUE(patients->front().arm.isValid());
}

TEST(DemoProjectBuilderDataTest, BadDataLeavesTheProjectUntouched)
{
    auto project = stemma::test::makeMemoryProject();
    ASSERT_TRUE(project);
    const QByteArray facts = R"({"studies": [
        {"label": "Good", "title": "A", "design": "rct", "arms": [{"label": "A", "n": 3}]},
        {"label": "Bad", "title": "B", "design": "rct", "outcomes": [{"code": "NOPE", "statistic": "mean-sd"}]}]})";
    auto built = demo::buildDemoProject(*project, facts);
    ASSERT_FALSE(built);
    EXPECT_EQ(built.error().code, ErrorCode::Parse);
    EXPECT_TRUE(built.error().message.contains(QStringLiteral("NOPE")));
    EXPECT_TRUE(project->studies().list()->empty());
    EXPECT_EQ(*project->references().count(), 0);
    EXPECT_TRUE(project->references().batches()->empty());

    auto garbage = demo::buildDemoProject(*project, QByteArray("{not json"));
    ASSERT_FALSE(garbage);
    EXPECT_EQ(garbage.error().code, ErrorCode::Parse);
}

TEST(DemoProjectBuilderDataTest, UnknownVocabularyIsRejected)
{
    auto project = stemma::test::makeMemoryProject();
    ASSERT_TRUE(project);
    const QByteArray facts = R"({"studies": [{"label": "X", "design": "rct", "arms": [{"label": "A",
        "interventions": [{"family": "msc", "msc_source": "moon-dust"}]}]}]})";
    auto built = demo::buildDemoProject(*project, facts);
    ASSERT_FALSE(built);
    EXPECT_TRUE(built.error().message.contains(QStringLiteral("moon-dust")));
}

TEST_F(DemoProjectBuilderTest, TwoReviewersScreenedItWithOneSettledAndOneOpenDisagreement)
{
    screening::ScreeningService service(*project);
    auto conflicts = service.conflicts(ScreeningStage::TitleAbstract);
    ASSERT_TRUE(conflicts);
    ASSERT_EQ(conflicts->size(), 1u);
    const Study* open = nullptr;
    for (const Study& study : studies)
        if (study.design == StudyDesign::NonRandomisedTrial && !open)
            open = &study;
    ASSERT_NE(open, nullptr);
    ASSERT_FALSE(open->references.isEmpty());
    EXPECT_EQ(conflicts->front().reference, open->references.front()); // the first non-randomised trial

    auto counts = screening::PrismaCounts::compute(*project);
    ASSERT_TRUE(counts);
    // 35 records from 3 databases, 6 of them duplicates; of the 29 references 6 reviews and
    // meta-analyses and 1 fat-grafting trial are excluded at title/abstract, 1 left in conflict;
    // of 21 sought, 1 is not retrieved and 4 excluded at full text, leaving 16.
    EXPECT_EQ(counts->identified, 35);
    EXPECT_EQ(counts->duplicatesRemoved, 6);
    EXPECT_EQ(counts->screened, 29);
    EXPECT_EQ(counts->excludedTitleAbstract, 7);
    EXPECT_EQ(counts->awaitingTitleAbstract, 1);
    EXPECT_EQ(counts->soughtForRetrieval, 21);
    EXPECT_EQ(counts->notRetrieved, 1);
    EXPECT_EQ(counts->assessed, 20);
    EXPECT_EQ(counts->excludedFullText, 4);
    ASSERT_EQ(counts->excludedByReason.size(), 3u);
    EXPECT_EQ(counts->excludedByReason[0], (screening::PrismaItem{QStringLiteral("Wrong intervention"), 2}));
    EXPECT_EQ(counts->reportsIncluded, 16);
    EXPECT_EQ(counts->studiesIncluded, 16);
    auto reviewers = project->reviewers().list();
    ASSERT_TRUE(reviewers);
    EXPECT_EQ(reviewers->size(), 2u);
}

TEST_F(DemoProjectBuilderTest, CongressAbstractsAreRecordedAsSuch)
{
    const Study* chakr = studyLabelled(QStringLiteral("Chakr (EULAR AB0505)"));
    ASSERT_NE(chakr, nullptr);
    ASSERT_FALSE(chakr->references.isEmpty());
    auto reference = project->references().get(chakr->references.front());
    ASSERT_TRUE(reference);
    EXPECT_EQ(reference->type, PublicationType::ConferenceAbstract);
    const Study* astis = studyLabelled(QStringLiteral("ASTIS"));
    ASSERT_NE(astis, nullptr);
    EXPECT_EQ(project->references().get(astis->references.front())->type, PublicationType::JournalArticle);
}

TEST_F(DemoProjectBuilderTest, DefaultExclusionTermsFlagNoStudyTheReviewIncludes)
{
    const QStringList terms = screening::ScreeningTerms::defaultExclusionTerms();
    EXPECT_FALSE(terms.contains(QStringLiteral("case report"), Qt::CaseInsensitive));
    EXPECT_FALSE(terms.contains(QStringLiteral("review"), Qt::CaseInsensitive));
    QStringList escaped;
    for (const QString& term : terms)
        escaped << QRegularExpression::escape(term);
    // Whole words, ignoring case, as the screening view highlights them.
    const QRegularExpression pattern(QStringLiteral("\\b(") + escaped.join(QLatin1Char('|')) + QStringLiteral(")\\b"),
                                     QRegularExpression::CaseInsensitiveOption);
    screening::ScreeningService service(*project);
    int included = 0;
    for (const Study& study : studies) {
        const ReferenceId id = study.references.front();
        if (*service.outcome(id, ScreeningStage::FullText) != screening::StageOutcome::Include)
            continue;
        ++included;
        const Reference reference = *project->references().get(id);
        const auto match = pattern.match(reference.title + QLatin1Char('\n') + reference.abstract);
        EXPECT_FALSE(match.hasMatch()) << study.label.toStdString() << " flagged by \""
                                       << match.captured().toStdString() << '"';
    }
    EXPECT_EQ(included, 16);
}
