// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/Comparison.h"

#include "core/analysis/BackTransform.h"
#include "core/analysis/EffectSize.h"
#include "core/analysis/MetaAnalysis.h"
#include "core/analysis/PatientPooling.h"
#include "core/compare/ComparisonExport.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/StudyRepository.h"
#include "core/demo/DemoProjectBuilder.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace stemma::core;
using namespace stemma::core::compare;

namespace {

/** Builds a small project whose pooled numbers can be worked out by hand. */
class ComparisonTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(project); }

    StudyId addStudy(const char* label, StudyDesign design, double followUp = 12.0)
    {
        Study s;
        s.label = QString::fromLatin1(label);
        s.design = design;
        s.disease = QStringLiteral("systemic sclerosis");
        s.followUpMonths = followUp;
        auto id = project->studies().insert(s);
        EXPECT_TRUE(id);
        return *id;
    }

    ArmId addArm(
        StudyId study, const char* label, InterventionFamily family, int size, MscSource source = MscSource::Unknown)
    {
        Arm arm;
        arm.study = study;
        arm.label = QString::fromLatin1(label);
        arm.size = size;
        auto id = project->studies().insertArm(arm);
        EXPECT_TRUE(id);
        Intervention i;
        i.arm = *id;
        i.family = family;
        i.mscSource = source;
        EXPECT_TRUE(project->studies().insertIntervention(i));
        return *id;
    }

    OutcomeMeasureId measure(const char* code)
    {
        auto found = project->outcomes().findByCode(QString::fromLatin1(code));
        EXPECT_TRUE(found && found->has_value());
        return (*found)->id;
    }

    OutcomeResultId addEvents(StudyId study, ArmId arm, const char* code, int events, int n, double t = 12.0)
    {
        OutcomeResult r;
        r.study = study;
        r.arm = arm;
        r.measure = measure(code);
        r.statistic = Statistic::EventsTotal;
        r.events = events;
        r.n = n;
        r.timepointMonths = t;
        auto id = project->outcomes().insertResult(r);
        EXPECT_TRUE(id);
        return *id;
    }

    OutcomeResultId addMean(StudyId study,
                            ArmId arm,
                            double t,
                            double mean,
                            std::optional<double> sd,
                            std::optional<int> n,
                            bool change = false,
                            PatientId patient = {})
    {
        OutcomeResult r;
        r.study = study;
        r.arm = arm;
        r.patient = patient;
        r.measure = measure("mRSS");
        r.statistic = patient.isValid() ? Statistic::IndividualValue : Statistic::MeanSd;
        r.timepointMonths = t;
        r.value = mean;
        r.spread = sd;
        r.n = n;
        r.isChangeFromBaseline = change;
        auto id = project->outcomes().insertResult(r);
        EXPECT_TRUE(id);
        return *id;
    }

    const ComparisonRow* row(const Comparison& c, InterventionFamily family, RowKind kind = RowKind::Aggregate)
    {
        auto it = std::find_if(
            c.rows.begin(), c.rows.end(), [&](const ComparisonRow& r) { return r.family == family && r.kind == kind; });
        return it == c.rows.end() ? nullptr : &*it;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
};

TEST_F(ComparisonTest, PoolsProportionsOnTheLogitScaleAndBackTransforms)
{
    StudyId a = addStudy("A", StudyDesign::Rct);
    StudyId b = addStudy("B", StudyDesign::Cohort);
    StudyId c = addStudy("C", StudyDesign::CaseSeries);
    StudyId d = addStudy("D", StudyDesign::NonRandomisedTrial);
    auto ra = addEvents(a, addArm(a, "HSCT", InterventionFamily::Hsct, 79), "TRM", 8, 79);
    addEvents(a, addArm(a, "CYC", InterventionFamily::Immunosuppressant, 77), "TRM", 0, 77);
    auto rb = addEvents(b, addArm(b, "HSCT", InterventionFamily::Hsct, 36), "TRM", 1, 36);
    auto rc = addEvents(c, addArm(c, "HSCT", InterventionFamily::Hsct, 10), "TRM", 0, 10);
    auto rd = addEvents(d, addArm(d, "MSC", InterventionFamily::Msc, 20), "TRM", 2, 20);

    CompareOptions options;
    options.outcomeCode = QStringLiteral("TRM");
    auto result = compareOutcome(*project, options);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_TRUE(result->proportions);
    ASSERT_EQ(result->rows.size(), 3u);
    EXPECT_EQ(result->rows[0].family, InterventionFamily::Msc);
    EXPECT_EQ(result->rows[1].family, InterventionFamily::Hsct);
    EXPECT_EQ(result->rows[2].family, InterventionFamily::Immunosuppressant);

    // The HSCT row is exactly the engine's REML on logit proportions.
    std::vector<analysis::StudyData> data(3);
    data[0].xi = 8, data[0].ni = 79;
    data[1].xi = 1, data[1].ni = 36;
    data[2].xi = 0, data[2].ni = 10;
    auto es = analysis::computeEffectSizes(analysis::EffectMeasure::PLO, data);
    ASSERT_TRUE(es);
    std::vector<double> yi, vi;
    for (const auto& e : *es)
        yi.push_back(e.yi), vi.push_back(e.vi);
    auto meta = analysis::runMetaAnalysis(yi, vi);
    ASSERT_TRUE(meta);
    const ComparisonRow* hsct = row(*result, InterventionFamily::Hsct);
    ASSERT_NE(hsct, nullptr);
    EXPECT_EQ(hsct->pooling, Pooling::LogitProportion);
    EXPECT_EQ(hsct->studyCount, 3);
    EXPECT_EQ(hsct->pooledCount, 3);
    EXPECT_EQ(hsct->patients, 125);
    EXPECT_NEAR(*hsct->estimate, analysis::inverseLogit(meta->estimate), 1e-12);
    EXPECT_NEAR(*hsct->ciLb, analysis::inverseLogit(meta->ciLb), 1e-12);
    EXPECT_NEAR(*hsct->ciUb, analysis::inverseLogit(meta->ciUb), 1e-12);
    EXPECT_NEAR(*hsct->i2, meta->i2, 1e-12);
    EXPECT_DOUBLE_EQ(*hsct->rangeMin, 0.0);
    EXPECT_NEAR(*hsct->rangeMax, 8.0 / 79.0, 1e-12);
    EXPECT_EQ(hsct->bestDesign, StudyDesign::Rct);
    EXPECT_EQ(hsct->studies, (std::vector<StudyId>{a, b, c}));
    EXPECT_EQ(hsct->results, (std::vector<OutcomeResultId>{ra, rb, rc}));
    ASSERT_EQ(hsct->values.size(), 3u);
    EXPECT_EQ(hsct->values[0].studyLabel, QStringLiteral("A"));
    EXPECT_EQ(*hsct->values[0].events, 8);
    EXPECT_NEAR(*hsct->values[0].weight, meta->weights[0], 1e-12);
    EXPECT_TRUE(hsct->values[2].note.contains(QStringLiteral("zero cell")));

    // One MSC study is its own summary: 2/20 with prop.test(2, 20, correct = FALSE)'s Wilson interval.
    const ComparisonRow* msc = row(*result, InterventionFamily::Msc);
    ASSERT_NE(msc, nullptr);
    EXPECT_EQ(msc->results, (std::vector<OutcomeResultId>{rd}));
    EXPECT_EQ(msc->pooledCount, 1);
    EXPECT_NEAR(*msc->estimate, 0.1, 1e-12);
    EXPECT_NEAR(*msc->ciLb, 0.02786648, 1e-7);
    EXPECT_NEAR(*msc->ciUb, 0.30103365, 1e-7);
    EXPECT_DOUBLE_EQ(*msc->values[0].weight, 100.0);
}

TEST_F(ComparisonTest, CaseReportsArePooledPerPatientWithWilson)
{
    StudyId a = addStudy("Series", StudyDesign::CaseSeries);
    StudyId r1 = addStudy("Report 1", StudyDesign::CaseReport);
    StudyId r2 = addStudy("Report 2", StudyDesign::CaseReport);
    addEvents(a, addArm(a, "MSC", InterventionFamily::Msc, 5), "AE", 0, 5);
    auto x = addEvents(r1, addArm(r1, "MSC", InterventionFamily::Msc, 1), "AE", 1, 1);
    auto y = addEvents(r2, addArm(r2, "MSC", InterventionFamily::Msc, 1), "AE", 0, 1);

    CompareOptions options;
    options.outcomeCode = QStringLiteral("AE");
    auto result = compareOutcome(*project, options);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    ASSERT_EQ(result->rows.size(), 2u);
    EXPECT_EQ(result->rows[0].kind, RowKind::Aggregate);
    EXPECT_EQ(result->rows[0].patients, 5);
    const ComparisonRow& ipd = result->rows[1];
    EXPECT_EQ(ipd.kind, RowKind::PatientLevel);
    EXPECT_EQ(ipd.pooling, Pooling::PatientProportion);
    EXPECT_EQ(ipd.patients, 2);
    EXPECT_EQ(ipd.results, (std::vector<OutcomeResultId>{x, y}));
    // prop.test(1, 2, correct = FALSE)$conf.int: 0.09453121 0.90546879
    EXPECT_DOUBLE_EQ(*ipd.estimate, 0.5);
    EXPECT_NEAR(*ipd.ciLb, 0.09453121, 1e-7);
    EXPECT_NEAR(*ipd.ciUb, 0.90546879, 1e-7);
    EXPECT_EQ(ipd.label(), QStringLiteral("MSC (IPD)"));
    // Wilson intervals need no continuity correction, so no zero-cell note: neither on the patients
    // (0 of 1 in Report 2) nor on the lone 0/5 series, which is its own summary with a Wilson CI.
    for (const ComparisonRow& row : result->rows) {
        for (const StudyValue& value : row.values)
            EXPECT_FALSE(value.note.contains(QStringLiteral("zero cell"))) << value.studyLabel.toStdString();
    }
}

TEST_F(ComparisonTest, PoolsMeanChangeAndFlagsImputedSd)
{
    StudyId m = addStudy("MSC trial", StudyDesign::NonRandomisedTrial);
    ArmId mArm = addArm(m, "UC-MSC", InterventionFamily::Msc, 14, MscSource::UmbilicalCord);
    auto base = addMean(m, mArm, 0, 20.1, 3.1, 14);
    auto follow = addMean(m, mArm, 12, 13.8, 10.2, 14);
    StudyId h1 = addStudy("HSCT 1", StudyDesign::Rct);
    StudyId h2 = addStudy("HSCT 2", StudyDesign::Cohort);
    StudyId h3 = addStudy("HSCT 3", StudyDesign::Cohort);
    auto c1 = addMean(h1, addArm(h1, "HSCT", InterventionFamily::Hsct, 34), 12, -22.08, 8.0, 34, true);
    auto c2 = addMean(h2, addArm(h2, "HSCT", InterventionFamily::Hsct, 20), 12, -10.0, 6.0, 20, true);
    addMean(h3, addArm(h3, "HSCT", InterventionFamily::Hsct, 12), 12, -15.0, std::nullopt, 12, true);
    // Two patients of a case series with individual scores: changes -10 and -4.
    StudyId s = addStudy("Series", StudyDesign::CaseSeries);
    ArmId sArm = addArm(s, "MSC", InterventionFamily::Msc, 2, MscSource::Adipose);
    std::vector<OutcomeResultId> ipdIds;
    for (auto [before, after] : {std::pair{30.0, 20.0}, std::pair{25.0, 21.0}}) {
        Patient p;
        p.study = s;
        p.arm = sArm;
        p.label = QStringLiteral("P");
        auto pid = project->patients().insert(p);
        ASSERT_TRUE(pid);
        ipdIds.push_back(addMean(s, sArm, 0, before, std::nullopt, std::nullopt, false, *pid));
        ipdIds.push_back(addMean(s, sArm, 12, after, std::nullopt, std::nullopt, false, *pid));
    }

    CompareOptions options;
    options.outcomeCode = QStringLiteral("mRSS");
    options.timepointMonths = 12;
    auto result = compareOutcome(*project, options);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_FALSE(result->proportions);

    const ComparisonRow* msc = row(*result, InterventionFamily::Msc);
    ASSERT_NE(msc, nullptr);
    EXPECT_EQ(msc->pooling, Pooling::MeanChange);
    EXPECT_TRUE(msc->anyImputedSd);
    EXPECT_EQ(msc->results, (std::vector<OutcomeResultId>{base, follow}));
    EXPECT_NEAR(*msc->estimate, -6.3, 1e-12);
    const double sdChange = std::sqrt(3.1 * 3.1 + 10.2 * 10.2 - 2 * 0.5 * 3.1 * 10.2);
    EXPECT_NEAR(*msc->ciUb - *msc->estimate, 1.959963984540054 * sdChange / std::sqrt(14.0), 1e-9);

    const ComparisonRow* hsct = row(*result, InterventionFamily::Hsct);
    ASSERT_NE(hsct, nullptr);
    EXPECT_EQ(hsct->studyCount, 3);
    EXPECT_EQ(hsct->pooledCount, 2);
    EXPECT_FALSE(hsct->anyImputedSd);
    auto meta = analysis::runMetaAnalysis({-22.08, -10.0}, {64.0 / 34.0, 36.0 / 20.0});
    ASSERT_TRUE(meta);
    EXPECT_NEAR(*hsct->estimate, meta->estimate, 1e-12);
    EXPECT_NEAR(*hsct->ciLb, meta->ciLb, 1e-12);
    EXPECT_NEAR(*hsct->i2, meta->i2, 1e-12);
    EXPECT_DOUBLE_EQ(*hsct->rangeMin, -22.08);
    EXPECT_DOUBLE_EQ(*hsct->rangeMax, -10.0);
    EXPECT_EQ(hsct->results[0], c1);
    EXPECT_EQ(hsct->results[1], c2);
    EXPECT_FALSE(hsct->values[2].weight.has_value());
    EXPECT_TRUE(hsct->values[2].note.contains(QStringLiteral("not pooled")));

    const ComparisonRow* ipd = row(*result, InterventionFamily::Msc, RowKind::PatientLevel);
    ASSERT_NE(ipd, nullptr);
    EXPECT_EQ(ipd->pooling, Pooling::PatientMeanChange);
    EXPECT_EQ(ipd->patients, 2);
    EXPECT_EQ(ipd->results.size(), 4u);
    // t.test(c(-10, -4)): mean -7, CI -7 +- 12.7062 * 3
    EXPECT_DOUBLE_EQ(*ipd->estimate, -7.0);
    EXPECT_NEAR(*ipd->ciLb, -45.11861, 1e-4);
    EXPECT_NEAR(*ipd->ciUb, 31.11861, 1e-4);

    // Grouping by MSC source splits the MSC rows.
    options.grouping = Grouping::MscSource;
    auto bySource = compareOutcome(*project, options);
    ASSERT_TRUE(bySource);
    EXPECT_EQ(bySource->rows[0].label(), QStringLiteral("MSC \u2013 Adipose tissue (IPD)"));
    EXPECT_TRUE(bySource->rows[1].label().startsWith(QStringLiteral("MSC \u2013 Umbilical")));
}

TEST_F(ComparisonTest, TimepointWindowAndFiltersSelectResults)
{
    StudyId a = addStudy("A", StudyDesign::Rct, 60);
    ArmId arm = addArm(a, "HSCT", InterventionFamily::Hsct, 50);
    addEvents(a, arm, "DEATH", 3, 50, 12);
    auto late = addEvents(a, arm, "DEATH", 9, 50, 60);
    StudyId b = addStudy("B", StudyDesign::Cohort, 10);
    addEvents(b, addArm(b, "HSCT", InterventionFamily::Hsct, 40), "DEATH", 4, 40, 10);

    CompareOptions options;
    options.outcomeCode = QStringLiteral("DEATH");
    options.timepointMonths = 58;
    options.timepointWindow = 6;
    auto result = compareOutcome(*project, options);
    ASSERT_TRUE(result);
    ASSERT_EQ(result->rows.size(), 1u);
    EXPECT_EQ(result->rows[0].results, (std::vector<OutcomeResultId>{late}));

    options.timepointMonths.reset();
    options.designs = {StudyDesign::Cohort};
    result = compareOutcome(*project, options);
    ASSERT_TRUE(result);
    ASSERT_EQ(result->rows.size(), 1u);
    EXPECT_EQ(result->rows[0].studies, (std::vector<StudyId>{b}));

    options.designs = {StudyDesign::Cohort, StudyDesign::Rct};
    result = compareOutcome(*project, options);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->rows[0].studies, (std::vector<StudyId>{a, b}));

    options.designs.clear();
    options.minFollowUpMonths = 24;
    result = compareOutcome(*project, options);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->rows[0].studies, (std::vector<StudyId>{a}));
    EXPECT_EQ(result->rows[0].results, (std::vector<OutcomeResultId>{late}));

    options.onlyIncluded = true; // nothing was screened
    result = compareOutcome(*project, options);
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->rows.empty());

    options.outcomeCode = QStringLiteral("NOPE");
    result = compareOutcome(*project, options);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
}

class ComparisonDemoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        auto built = demo::buildDemoProject(*project);
        ASSERT_TRUE(built) << built.error().message.toStdString();
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
};

TEST_F(ComparisonDemoTest, ComparesMscAndHsctOnSkinScore)
{
    CompareOptions options;
    options.outcomeCode = QStringLiteral("mRSS");
    auto result = compareOutcome(*project, options);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    ASSERT_GE(result->rows.size(), 2u);
    const ComparisonRow& msc = result->rows[0];
    const ComparisonRow& hsct = result->rows[1];
    EXPECT_EQ(msc.family, InterventionFamily::Msc);
    EXPECT_EQ(hsct.family, InterventionFamily::Hsct);
    // Zhang 2017: 20.1 (3.1) at baseline, 13.8 (10.2) at 12 months, 14 patients; change SD imputed.
    ASSERT_EQ(msc.values.size(), 1u);
    EXPECT_EQ(msc.values[0].studyLabel, QStringLiteral("Zhang 2017"));
    EXPECT_NEAR(*msc.estimate, -6.3, 1e-9);
    EXPECT_TRUE(msc.anyImputedSd);
    EXPECT_EQ(msc.patients, 14);
    // Nash 2007 reports the mean change only: shown, not pooled.
    ASSERT_EQ(hsct.values.size(), 1u);
    EXPECT_EQ(hsct.values[0].studyLabel, QStringLiteral("Nash 2007"));
    EXPECT_DOUBLE_EQ(hsct.values[0].estimate, -22.08);
    EXPECT_EQ(hsct.pooling, Pooling::None);
    EXPECT_FALSE(hsct.estimate.has_value());
    EXPECT_EQ(hsct.bestDesign, StudyDesign::NonRandomisedTrial);
}

TEST_F(ComparisonDemoTest, PoolsTreatmentRelatedMortalityAfterHsct)
{
    CompareOptions options;
    options.outcomeCode = QStringLiteral("TRM");
    auto result = compareOutcome(*project, options);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    auto hsct = std::find_if(result->rows.begin(), result->rows.end(), [](const ComparisonRow& r) {
        return r.family == InterventionFamily::Hsct;
    });
    ASSERT_NE(hsct, result->rows.end());
    // ASTIS 8/79, SCOT 1/36, ASSIST 0/10, Nash 2007 8/34 (48 months; the latest result per arm is used).
    EXPECT_EQ(hsct->studyCount, 4);
    EXPECT_EQ(hsct->pooledCount, 4);
    EXPECT_EQ(hsct->patients, 79 + 36 + 10 + 34);
    EXPECT_EQ(hsct->bestDesign, StudyDesign::Rct);
    std::vector<analysis::StudyData> data(4);
    int counts[4][2] = {{8, 79}, {1, 36}, {0, 10}, {8, 34}};
    for (int i = 0; i < 4; ++i)
        data[i].xi = counts[i][0], data[i].ni = counts[i][1];
    auto es = analysis::computeEffectSizes(analysis::EffectMeasure::PLO, data);
    ASSERT_TRUE(es);
    std::vector<double> yi, vi;
    for (const auto& e : *es)
        yi.push_back(e.yi), vi.push_back(e.vi);
    auto meta = analysis::runMetaAnalysis(yi, vi);
    ASSERT_TRUE(meta);
    std::vector<double> got;
    for (const auto& v : hsct->values)
        got.push_back(v.estimate);
    std::sort(got.begin(), got.end());
    EXPECT_NEAR(got[0], 0.0, 1e-12);
    EXPECT_NEAR(got[3], 8.0 / 34.0, 1e-12);
    EXPECT_NEAR(*hsct->estimate, analysis::inverseLogit(meta->estimate), 1e-9);
    // metafor 3.8-1: predict(rma(escalc("PLO", xi = c(8, 1, 0, 8), ni = c(79, 36, 10, 34))),
    //                        transf = transf.ilogit) gives 0.105961 [0.041489, 0.245009], I2 62.0288%.
    EXPECT_NEAR(*hsct->estimate, 0.105961, 1e-6);
    EXPECT_NEAR(*hsct->ciLb, 0.041489, 1e-6);
    EXPECT_NEAR(*hsct->ciUb, 0.245009, 1e-6);
    EXPECT_NEAR(*hsct->i2, 62.0288, 1e-3);
    // Comparators (cyclophosphamide arms of the three trials) are kept as their own row.
    auto cyc = std::find_if(result->rows.begin(), result->rows.end(), [](const ComparisonRow& r) {
        return r.family == InterventionFamily::Immunosuppressant;
    });
    ASSERT_NE(cyc, result->rows.end());
    EXPECT_EQ(cyc->studyCount, 3);
    // ASSIST's 0/10 entered the logit pool with 0.5 added; the patient-level MSC reports did not.
    const auto assist = std::find_if(hsct->values.begin(), hsct->values.end(), [](const StudyValue& v) {
        return v.studyLabel == QLatin1String("ASSIST");
    });
    ASSERT_NE(assist, hsct->values.end());
    EXPECT_TRUE(assist->note.contains(QStringLiteral("0.5 added to zero cell")));
    for (const ComparisonRow& row : result->rows) {
        if (row.kind != RowKind::PatientLevel)
            continue;
        for (const StudyValue& value : row.values)
            EXPECT_FALSE(value.note.contains(QStringLiteral("zero cell"))) << value.studyLabel.toStdString();
    }
}

TEST_F(ComparisonDemoTest, AnOutcomeWithoutResultsIsTitledPlainly)
{
    CompareOptions options;
    options.outcomeCode = QStringLiteral("FVC");
    auto result = compareOutcome(*project, options);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_TRUE(result->rows.empty());
    const QString title = comparisonTitle(*result);
    EXPECT_EQ(title, QStringLiteral("FVC (Forced vital capacity): no usable results"));
    EXPECT_FALSE(title.trimmed().endsWith(QLatin1Char(':')));

    options.outcomeCode = QStringLiteral("TRM");
    result = compareOutcome(*project, options);
    ASSERT_TRUE(result);
    EXPECT_TRUE(comparisonTitle(*result).startsWith(QStringLiteral("TRM (Treatment-related mortality): MSC vs HSCT")));
}

} // namespace
