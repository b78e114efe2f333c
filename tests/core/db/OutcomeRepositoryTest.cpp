// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/OutcomeRepository.h"

#include "core/db/CodebookRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

class OutcomeRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        Study study;
        study.label = QStringLiteral("ASTIS");
        studyId = *project->studies().insert(study);
        armId = *project->studies().insertArm(Arm{ArmId(), studyId, QStringLiteral("HSCT"), 79, {}});
        auto mrss = repository().findByCode(QStringLiteral("mRSS"));
        ASSERT_TRUE(mrss && mrss->has_value());
        mrssId = (*mrss)->id;
    }

    db::OutcomeRepository& repository() { return project->outcomes(); }

    OutcomeResult sampleResult() const
    {
        OutcomeResult result;
        result.study = studyId;
        result.arm = armId;
        result.measure = mrssId;
        result.timepointMonths = 24.0;
        result.timepointText = QStringLiteral("2 years");
        result.statistic = Statistic::MeanSd;
        result.isChangeFromBaseline = true;
        result.value = -19.9;
        result.spread = 7.6;
        result.lower = -25.0;
        result.upper = -14.5;
        result.events = 3;
        result.n = 79;
        result.note = QStringLiteral("per-protocol");
        return result;
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    StudyId studyId;
    ArmId armId;
    OutcomeMeasureId mrssId;
};

} // namespace

TEST_F(OutcomeRepositoryTest, CatalogueIsSeeded)
{
    auto measures = repository().measures();
    ASSERT_TRUE(measures);
    ASSERT_EQ(measures->size(), 14u);
    const OutcomeMeasure& mrss = measures->front();
    EXPECT_EQ(mrss.code, QStringLiteral("mRSS"));
    EXPECT_EQ(mrss.name, QStringLiteral("Modified Rodnan skin score"));
    EXPECT_EQ(mrss.unit, QStringLiteral("points"));
    EXPECT_EQ(mrss.kind, OutcomeKind::Continuous);
    EXPECT_EQ(*mrss.minimum, 0.0);
    EXPECT_EQ(*mrss.maximum, 51.0);
    EXPECT_EQ(mrss.direction, BenefitDirection::LowerIsBetter);

    auto trm = repository().findByCode(QStringLiteral("TRM"));
    ASSERT_TRUE(trm && trm->has_value());
    EXPECT_EQ((*trm)->kind, OutcomeKind::Binary);
    EXPECT_FALSE((*trm)->maximum.has_value());
    EXPECT_FALSE(repository().findByCode(QStringLiteral("nope"))->has_value());
}

TEST_F(OutcomeRepositoryTest, InsertMeasureRoundTripsAndRejectsDuplicateCode)
{
    OutcomeMeasure measure{OutcomeMeasureId(),
                           QStringLiteral("PGA"),
                           QStringLiteral("Physician global assessment"),
                           QStringLiteral("mm"),
                           OutcomeKind::Continuous,
                           0.0,
                           100.0,
                           BenefitDirection::LowerIsBetter,
                           QStringLiteral("Visual analogue scale.")};
    auto id = repository().insertMeasure(measure);
    ASSERT_TRUE(id);
    measure.id = *id;
    EXPECT_EQ(**repository().findByCode(QStringLiteral("PGA")), measure);
    OutcomeMeasure duplicate;
    duplicate.code = QStringLiteral("PGA");
    duplicate.name = QStringLiteral("Another");
    EXPECT_EQ(repository().insertMeasure(duplicate).error().code, ErrorCode::Constraint);
}

TEST_F(OutcomeRepositoryTest, ResultRoundTripEveryField)
{
    Reference reference;
    reference.title = QStringLiteral("Report");
    const ReferenceId referenceId = *project->references().insert(reference);
    const TagId tag = *project->codebook().insertTag(Tag{TagId(), TagId(), QStringLiteral("mRSS"), {}, {}, 0});
    TagSpan span;
    span.tag = tag;
    span.reference = referenceId;
    span.field = QStringLiteral("title");
    span.start = 0;
    span.end = 6;
    span.quote = QStringLiteral("Report");
    const SpanId spanId = *project->codebook().insertSpan(span);

    OutcomeResult result = sampleResult();
    result.sourceSpan = spanId;
    auto id = repository().insertResult(result);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    result.id = *id;
    EXPECT_EQ(*repository().result(*id), result);

    // Removing the span keeps the number and forgets where it came from.
    ASSERT_TRUE(project->codebook().removeSpan(spanId));
    EXPECT_FALSE(repository().result(*id)->sourceSpan.isValid());
}

TEST_F(OutcomeRepositoryTest, IndividualResultWithEmptyOptionals)
{
    Patient patient;
    patient.study = studyId;
    patient.label = QStringLiteral("Patient 1");
    const PatientId patientId = *project->patients().insert(patient);
    OutcomeResult result;
    result.study = studyId;
    result.patient = patientId;
    result.measure = mrssId;
    result.statistic = Statistic::IndividualValue;
    result.value = 12;
    auto id = repository().insertResult(result);
    ASSERT_TRUE(id);
    auto loaded = repository().result(*id);
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->arm.isValid());
    EXPECT_EQ(loaded->patient, patientId);
    EXPECT_FALSE(loaded->timepointMonths.has_value());
    EXPECT_FALSE(loaded->spread.has_value());
    EXPECT_FALSE(loaded->n.has_value());
    EXPECT_FALSE(loaded->isChangeFromBaseline);
    EXPECT_EQ(loaded->statistic, Statistic::IndividualValue);

    // Removing the patient removes their results.
    ASSERT_TRUE(project->patients().remove(patientId));
    EXPECT_EQ(repository().result(*id).error().code, ErrorCode::NotFound);
}

TEST_F(OutcomeRepositoryTest, UpdateListsAndRemove)
{
    OutcomeResult late = sampleResult();
    OutcomeResult baseline = sampleResult();
    baseline.timepointMonths = 0.0;
    baseline.isChangeFromBaseline = false;
    baseline.value = 25.8;
    OutcomeResult trm;
    trm.study = studyId;
    trm.arm = armId;
    trm.measure = (*repository().findByCode(QStringLiteral("TRM")))->id;
    trm.statistic = Statistic::EventsTotal;
    trm.events = 8;
    trm.n = 79;
    late.id = *repository().insertResult(late);
    baseline.id = *repository().insertResult(baseline);
    trm.id = *repository().insertResult(trm);

    EXPECT_EQ(*repository().resultsForStudy(studyId), (std::vector<OutcomeResult>{baseline, late, trm}));
    EXPECT_EQ(*repository().resultsForMeasure(mrssId), (std::vector<OutcomeResult>{baseline, late}));

    late.value = -20.0;
    late.statistic = Statistic::MedianIqr;
    late.spread.reset();
    ASSERT_TRUE(repository().updateResult(late));
    EXPECT_EQ(*repository().result(late.id), late);

    ASSERT_TRUE(repository().removeResult(baseline.id));
    EXPECT_EQ(repository().resultsForMeasure(mrssId)->size(), 1u);
    EXPECT_EQ(repository().removeResult(baseline.id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().result(baseline.id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().updateResult(baseline).error().code, ErrorCode::NotFound);
}

TEST_F(OutcomeRepositoryTest, ForeignKeysAreEnforced)
{
    OutcomeResult result = sampleResult();
    result.measure = OutcomeMeasureId(999);
    EXPECT_EQ(repository().insertResult(result).error().code, ErrorCode::Constraint);
    result = sampleResult();
    result.study = StudyId(999);
    EXPECT_EQ(repository().insertResult(result).error().code, ErrorCode::Constraint);
    result = sampleResult();
    result.arm = ArmId(999);
    EXPECT_EQ(repository().insertResult(result).error().code, ErrorCode::Constraint);
}

TEST_F(OutcomeRepositoryTest, RemovingArmRemovesItsResults)
{
    auto id = repository().insertResult(sampleResult());
    ASSERT_TRUE(id);
    ASSERT_TRUE(project->studies().removeArm(armId));
    EXPECT_EQ(repository().result(*id).error().code, ErrorCode::NotFound);
}
