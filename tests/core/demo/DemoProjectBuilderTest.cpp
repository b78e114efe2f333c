// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoProjectBuilder.h"

#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <algorithm>

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
    ASSERT_EQ(studies.size(), 28u);
    EXPECT_EQ(*project->references().count(), 28);
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
    ASSERT_EQ(batches->size(), 1u);
    EXPECT_EQ(batches->front().sourceName, QStringLiteral("Demo data"));
    EXPECT_EQ(batches->front().imported, 28);
    auto sources = project->references().sources(studies.front().references.front());
    ASSERT_TRUE(sources);
    ASSERT_EQ(sources->size(), 1u);
    EXPECT_EQ(sources->front().batch, batches->front().id);
    EXPECT_EQ(sources->front().recordNumber, 1);
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
    EXPECT_EQ(arms, 30u);
    EXPECT_EQ(interventions, 31u);
    EXPECT_EQ(patients, 2u);
    EXPECT_EQ(results, 42u);
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

    auto mrss = project->outcomes().resultsForStudy(zhang->id);
    ASSERT_TRUE(mrss);
    ASSERT_EQ(mrss->size(), 2u);
    EXPECT_EQ((*mrss)[0].measure, measure("mRSS"));
    EXPECT_EQ((*mrss)[0].timepointMonths, 0.0);
    EXPECT_EQ((*mrss)[0].value, 20.1);
    EXPECT_EQ((*mrss)[0].spread, 3.1);
    EXPECT_EQ((*mrss)[1].value, 13.8);
    EXPECT_EQ((*mrss)[1].spread, 10.2);
    EXPECT_EQ((*mrss)[1].n, 14);
}

TEST_F(DemoProjectBuilderTest, EveryTrmResultIsForAnHsctArmOrItsComparator)
{
    auto trm = project->outcomes().resultsForMeasure(measure("TRM"));
    ASSERT_TRUE(trm);
    int hsctArms = 0;
    for (const OutcomeResult& result : *trm) {
        ASSERT_TRUE(result.arm.isValid());
        auto interventions = project->studies().interventions(result.arm);
        ASSERT_TRUE(interventions);
        for (const Intervention& intervention : *interventions)
            hsctArms += intervention.family == InterventionFamily::Hsct;
    }
    EXPECT_GE(hsctArms, 3);
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
