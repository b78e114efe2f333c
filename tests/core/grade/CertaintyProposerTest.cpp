// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// GRADE proposals on constructed outcomes whose answer in each domain is known by construction.
#include "core/grade/CertaintyProposer.h"

#include <gtest/gtest.h>

namespace stemma::core::grade {
namespace {

using quality::Concern;

/// mRSS-like outcome: lower is better, MID 5 points, three cohorts of 150 at low risk of bias.
OutcomeEvidence precise()
{
    OutcomeEvidence e;
    e.continuous = true;
    e.lowerIsBetter = true;
    e.mid = 5.0;
    e.participants = 450;
    e.estimate = -10.0;
    e.ciLb = -12.0;
    e.ciUb = -8.0;
    e.i2 = 10.0;
    e.piLb = -13.0;
    e.piUb = -7.0;
    for (int i = 1; i <= 3; ++i)
        e.studies.push_back(EvidenceStudy{StudyId(i), StudyDesign::Cohort, 100.0 / 3, Concern::Low, {}, {}});
    return e;
}

int levels(const CertaintyAssessment& a, CertaintyDomain d)
{
    return a.domain(d)->levels;
}

TEST(CertaintyProposer, ObservationalEvidenceStartsLowAndRandomisedHigh)
{
    const CertaintyAssessment observational = proposeCertainty(precise());
    EXPECT_EQ(observational.start, CertaintyLevel::Low);
    EXPECT_EQ(observational.level(), CertaintyLevel::Low);
    OutcomeEvidence trials = precise();
    for (EvidenceStudy& s : trials.studies)
        s.design = StudyDesign::Rct;
    const CertaintyAssessment randomised = proposeCertainty(trials);
    EXPECT_EQ(randomised.start, CertaintyLevel::High);
    EXPECT_EQ(randomised.level(), CertaintyLevel::High);
    EXPECT_EQ(symbols(randomised.level()), QStringLiteral("⊕⊕⊕⊕"));
    EXPECT_EQ(symbols(CertaintyLevel::Low), QStringLiteral("⊕⊕◯◯"));
}

TEST(CertaintyProposer, I2Of80PercentIsSeriousInconsistency)
{
    OutcomeEvidence e = precise();
    e.i2 = 80.0;
    const CertaintyAssessment a = proposeCertainty(e);
    EXPECT_EQ(levels(a, CertaintyDomain::Inconsistency), -1);
    EXPECT_TRUE(a.domain(CertaintyDomain::Inconsistency)->reason.contains(QStringLiteral("I² = 80%")));
}

TEST(CertaintyProposer, ConsiderableHeterogeneityWithAPredictionIntervalAcrossBothMidsIsVerySerious)
{
    OutcomeEvidence e = precise();
    e.i2 = 85.0;
    e.piLb = -20.0;
    e.piUb = 8.0;
    EXPECT_EQ(levels(proposeCertainty(e), CertaintyDomain::Inconsistency), -2);
}

TEST(CertaintyProposer, SubstantialHeterogeneityCountsOnlyWhenThePredictionIntervalCrossesTheMid)
{
    OutcomeEvidence e = precise();
    e.i2 = 60.0;
    EXPECT_EQ(levels(proposeCertainty(e), CertaintyDomain::Inconsistency), 0);
    e.piLb = -14.0;
    e.piUb = -3.0; // crosses -5, the benefit threshold
    EXPECT_EQ(levels(proposeCertainty(e), CertaintyDomain::Inconsistency), -1);
}

TEST(CertaintyProposer, ACiCrossingTheMidIsSeriousImprecision)
{
    OutcomeEvidence e = precise();
    e.ciLb = -9.0;
    e.ciUb = -2.0; // includes both an important (-9) and an unimportant (-2) improvement
    const CertaintyAssessment a = proposeCertainty(e);
    EXPECT_EQ(levels(a, CertaintyDomain::Imprecision), -1);
    EXPECT_TRUE(a.domain(CertaintyDomain::Imprecision)->reason.contains(QStringLiteral("crosses the MID 5.00")));
}

TEST(CertaintyProposer, ACiFromImportantBenefitToImportantHarmIsVerySerious)
{
    OutcomeEvidence e = precise();
    e.ciLb = -7.0;
    e.ciUb = 6.0;
    EXPECT_EQ(levels(proposeCertainty(e), CertaintyDomain::Imprecision), -2);
}

TEST(CertaintyProposer, TooFewParticipantsForTheOptimalInformationSizeIsSerious)
{
    OutcomeEvidence e = precise();
    e.participants = 120;
    EXPECT_EQ(levels(proposeCertainty(e), CertaintyDomain::Imprecision), -1);
    // Binary outcomes count events against about 300.
    OutcomeEvidence deaths = precise();
    deaths.continuous = false;
    deaths.mid.reset();
    deaths.estimate = 0.1;
    deaths.ciLb = 0.05;
    deaths.ciUb = 0.15;
    deaths.events = 40;
    EXPECT_EQ(levels(proposeCertainty(deaths), CertaintyDomain::Imprecision), -1);
    deaths.events = 320;
    EXPECT_EQ(levels(proposeCertainty(deaths), CertaintyDomain::Imprecision), 0);
}

TEST(CertaintyProposer, RiskOfBiasFollowsTheWeightAtHighConcern)
{
    OutcomeEvidence e = precise();
    // 60% of the weight from one study at high risk: serious.
    e.studies = {EvidenceStudy{StudyId(1), StudyDesign::Cohort, 60.0, Concern::High, {}, {}},
                 EvidenceStudy{StudyId(2), StudyDesign::Cohort, 40.0, Concern::Low, {}, {}}};
    CertaintyAssessment a = proposeCertainty(e);
    EXPECT_EQ(levels(a, CertaintyDomain::RiskOfBias), -1);
    EXPECT_TRUE(a.domain(CertaintyDomain::RiskOfBias)->reason.contains(QStringLiteral("60% at high risk")));
    // The same studies with the weights the other way round: not serious.
    e.studies[0].weight = 30.0;
    e.studies[1].weight = 70.0;
    EXPECT_EQ(levels(proposeCertainty(e), CertaintyDomain::RiskOfBias), 0);
    // Mostly unassessed evidence is rated down until it is assessed.
    e.studies[1].concern.reset();
    EXPECT_EQ(levels(proposeCertainty(e), CertaintyDomain::RiskOfBias), -1);
}

TEST(CertaintyProposer, SmallStudyTestOnlyFromTenStudies)
{
    OutcomeEvidence e = precise();
    const std::vector<double> yi = {-0.12, -0.45, -0.30, -0.62, -0.05, -0.80, -0.21, -0.55, -0.90, -0.33, -0.15};
    const std::vector<double> vi = {0.010, 0.040, 0.020, 0.090, 0.008, 0.150, 0.015, 0.060, 0.200, 0.030, 0.012};
    e.studies.clear();
    for (std::size_t i = 0; i < 9; ++i)
        e.studies.push_back(EvidenceStudy{StudyId(i + 1), StudyDesign::Cohort, 10.0, Concern::Low, yi[i], vi[i]});
    const CertaintyAssessment nine = proposeCertainty(e);
    EXPECT_EQ(levels(nine, CertaintyDomain::PublicationBias), 0);
    EXPECT_FALSE(nine.domain(CertaintyDomain::PublicationBias)->fromData);
    for (std::size_t i = 9; i < yi.size(); ++i)
        e.studies.push_back(EvidenceStudy{StudyId(i + 1), StudyDesign::Cohort, 10.0, Concern::Low, yi[i], vi[i]});
    // The asymmetric set of EggerTest.MatchesMetaforRegtest (p = 5.4e-7).
    const CertaintyAssessment eleven = proposeCertainty(e);
    EXPECT_EQ(levels(eleven, CertaintyDomain::PublicationBias), -1);
    EXPECT_TRUE(eleven.domain(CertaintyDomain::PublicationBias)->fromData);
}

TEST(CertaintyProposer, DowngradesAddUpAndTheLevelStopsAtVeryLow)
{
    OutcomeEvidence e = precise();
    e.i2 = 90.0;
    e.ciLb = -7.0;
    e.ciUb = 6.0;
    const CertaintyAssessment a = proposeCertainty(e);
    EXPECT_EQ(a.level(), CertaintyLevel::VeryLow);
    EXPECT_EQ(symbols(a.level()), QStringLiteral("⊕◯◯◯"));
    // Indirectness and the upgrades are left to the reviewer, marked as such.
    EXPECT_FALSE(a.domain(CertaintyDomain::Indirectness)->fromData);
    EXPECT_FALSE(a.domain(CertaintyDomain::LargeEffect)->fromData);
    EXPECT_EQ(a.domains.size(), CERTAINTY_DOMAIN_COUNT);
}

} // namespace
} // namespace stemma::core::grade
