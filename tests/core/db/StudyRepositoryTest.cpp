// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/StudyRepository.h"

#include "core/db/Database.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

Study sampleStudy()
{
    Study study;
    study.label = QStringLiteral("ASTIS");
    study.title = QStringLiteral("Autologous Stem cell Transplantation International Scleroderma trial");
    study.design = StudyDesign::Rct;
    study.disease = QStringLiteral("systemic sclerosis");
    study.diseaseSubtype = QStringLiteral("diffuse cutaneous");
    study.country = QStringLiteral("Europe (multinational)");
    study.patientCount = 156;
    study.followUpMonths = 69.5;
    study.followUpText = QStringLiteral("median 5.8 years");
    study.evidenceLevel = QStringLiteral("1b");
    study.registration = QStringLiteral("ISRCTN54371254");
    study.notes = QStringLiteral("Primary end point: event-free survival.");
    return study;
}

Intervention sampleHsct(ArmId arm)
{
    Intervention intervention;
    intervention.arm = arm;
    intervention.family = InterventionFamily::Hsct;
    intervention.description = QStringLiteral("Autologous HSCT");
    intervention.mscSource = MscSource::Unknown;
    intervention.donor = DonorType::Autologous;
    intervention.route = QStringLiteral("intravenous");
    intervention.mobilisation = QStringLiteral("cyclophosphamide 4 g/m2 + G-CSF");
    intervention.conditioning = QStringLiteral("cyclophosphamide 200 mg/kg + rabbit ATG");
    intervention.cd34Selection = true;
    intervention.atg = true;
    intervention.atgDetail = QStringLiteral("rabbit ATG 7.5 mg/kg");
    intervention.drugs = QStringLiteral("G-CSF");
    intervention.cellsPerKg = 4.5e6;
    intervention.infusions = 1;
    return intervention;
}

class StudyRepositoryTest : public ::testing::Test
{
protected:
    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    db::StudyRepository& repository() { return project->studies(); }

    ReferenceId addReference(const QString& title)
    {
        Reference reference;
        reference.title = title;
        auto id = project->references().insert(reference);
        EXPECT_TRUE(id);
        return id ? *id : ReferenceId();
    }
};

} // namespace

TEST_F(StudyRepositoryTest, InsertAndGetRoundTripEveryField)
{
    Study study = sampleStudy();
    study.references = {addReference(QStringLiteral("Main report")), addReference(QStringLiteral("Follow-up"))};
    auto id = repository().insert(study);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    study.id = *id;
    auto loaded = repository().get(*id);
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(*loaded, study);
}

TEST_F(StudyRepositoryTest, EmptyOptionalFieldsStayEmpty)
{
    Study study;
    study.label = QStringLiteral("Unnamed");
    auto id = repository().insert(study);
    ASSERT_TRUE(id);
    auto loaded = repository().get(*id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->design, StudyDesign::Unknown);
    EXPECT_FALSE(loaded->patientCount.has_value());
    EXPECT_FALSE(loaded->followUpMonths.has_value());
    EXPECT_TRUE(loaded->title.isEmpty());
    EXPECT_TRUE(loaded->references.isEmpty());
}

TEST_F(StudyRepositoryTest, DesignIsStoredByName)
{
    Study study = sampleStudy();
    study.design = StudyDesign::CaseSeries;
    auto id = repository().insert(study);
    ASSERT_TRUE(id);
    auto statement = project->database().prepare("SELECT design, patient_count FROM study");
    ASSERT_TRUE(statement);
    ASSERT_TRUE(*statement->step());
    EXPECT_EQ(statement->text(0), QStringLiteral("case-series"));
    EXPECT_EQ(statement->integer(1), 156);
}

TEST_F(StudyRepositoryTest, UpdateReplacesFieldsAndReferences)
{
    const ReferenceId first = addReference(QStringLiteral("First"));
    const ReferenceId second = addReference(QStringLiteral("Second"));
    Study study = sampleStudy();
    study.references = {first};
    auto id = repository().insert(study);
    ASSERT_TRUE(id);
    study.id = *id;
    study.label = QStringLiteral("ASTIS trial");
    study.patientCount.reset();
    study.followUpMonths.reset();
    study.design = StudyDesign::Cohort;
    study.references = {second, first};
    ASSERT_TRUE(repository().update(study));
    EXPECT_EQ(*repository().get(*id), study);
}

TEST_F(StudyRepositoryTest, MissingStudyIsNotFound)
{
    auto loaded = repository().get(StudyId(77));
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
    Study study = sampleStudy();
    study.id = StudyId(77);
    auto updated = repository().update(study);
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().code, ErrorCode::NotFound);
    auto removed = repository().remove(StudyId(77));
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().code, ErrorCode::NotFound);
}

TEST_F(StudyRepositoryTest, ListReturnsStudiesInIdOrderWithReferences)
{
    const ReferenceId reference = addReference(QStringLiteral("Shared"));
    Study a = sampleStudy();
    a.references = {reference};
    Study b = sampleStudy();
    b.label = QStringLiteral("SCOT");
    ASSERT_TRUE(repository().insert(a));
    ASSERT_TRUE(repository().insert(b));
    auto all = repository().list();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ((*all)[0].label, QStringLiteral("ASTIS"));
    EXPECT_EQ((*all)[0].references, QList<ReferenceId>{reference});
    EXPECT_EQ((*all)[1].label, QStringLiteral("SCOT"));
    EXPECT_TRUE((*all)[1].references.isEmpty());
}

TEST_F(StudyRepositoryTest, LinkAndUnlinkKeepOrder)
{
    const ReferenceId first = addReference(QStringLiteral("First"));
    const ReferenceId second = addReference(QStringLiteral("Second"));
    const ReferenceId third = addReference(QStringLiteral("Third"));
    auto id = repository().insert(sampleStudy());
    ASSERT_TRUE(id);
    ASSERT_TRUE(repository().linkReference(*id, second));
    ASSERT_TRUE(repository().linkReference(*id, first));
    ASSERT_TRUE(repository().linkReference(*id, third));
    EXPECT_EQ(repository().get(*id)->references, (QList<ReferenceId>{second, first, third}));
    EXPECT_EQ(*repository().studiesForReference(first), std::vector<StudyId>{*id});

    ASSERT_TRUE(repository().unlinkReference(*id, first));
    EXPECT_EQ(repository().get(*id)->references, (QList<ReferenceId>{second, third}));
    auto again = repository().unlinkReference(*id, first);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);

    auto twice = repository().linkReference(*id, second);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Constraint);
    auto missing = repository().linkReference(*id, ReferenceId(999));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::Constraint);
}

TEST_F(StudyRepositoryTest, InsertWithMissingReferenceRollsBack)
{
    Study study = sampleStudy();
    study.references = {ReferenceId(555)};
    auto id = repository().insert(study);
    ASSERT_FALSE(id);
    EXPECT_EQ(id.error().code, ErrorCode::Constraint);
    EXPECT_TRUE(repository().list()->empty());
}

TEST_F(StudyRepositoryTest, ArmsRoundTripUpdateAndRemove)
{
    auto study = repository().insert(sampleStudy());
    ASSERT_TRUE(study);
    Arm hsct{ArmId(), *study, QStringLiteral("HSCT"), 79, QStringLiteral("intention to treat")};
    Arm cyclophosphamide{ArmId(), *study, QStringLiteral("Cyclophosphamide"), std::nullopt, {}};
    auto hsctId = repository().insertArm(hsct);
    auto cycId = repository().insertArm(cyclophosphamide);
    ASSERT_TRUE(hsctId && cycId);
    hsct.id = *hsctId;
    cyclophosphamide.id = *cycId;
    EXPECT_EQ(*repository().arms(*study), (std::vector<Arm>{hsct, cyclophosphamide}));
    EXPECT_EQ(*repository().arm(*cycId), cyclophosphamide);

    cyclophosphamide.size = 77;
    cyclophosphamide.notes = QStringLiteral("12 monthly pulses");
    ASSERT_TRUE(repository().updateArm(cyclophosphamide));
    EXPECT_EQ(*repository().arm(*cycId), cyclophosphamide);

    ASSERT_TRUE(repository().removeArm(*hsctId));
    EXPECT_EQ(*repository().arms(*study), std::vector<Arm>{cyclophosphamide});
    auto gone = repository().arm(*hsctId);
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().removeArm(*hsctId).error().code, ErrorCode::NotFound);
    Arm missing = cyclophosphamide;
    missing.id = ArmId(4040);
    EXPECT_EQ(repository().updateArm(missing).error().code, ErrorCode::NotFound);
}

TEST_F(StudyRepositoryTest, ArmForMissingStudyIsConstraint)
{
    auto arm = repository().insertArm(Arm{ArmId(), StudyId(31), QStringLiteral("Orphan"), 3, {}});
    ASSERT_FALSE(arm);
    EXPECT_EQ(arm.error().code, ErrorCode::Constraint);
}

TEST_F(StudyRepositoryTest, InterventionRoundTripEveryField)
{
    auto study = repository().insert(sampleStudy());
    ASSERT_TRUE(study);
    auto arm = repository().insertArm(Arm{ArmId(), *study, QStringLiteral("HSCT"), 79, {}});
    ASSERT_TRUE(arm);
    Intervention intervention = sampleHsct(*arm);
    auto id = repository().insertIntervention(intervention);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    intervention.id = *id;
    EXPECT_EQ(*repository().intervention(*id), intervention);
    EXPECT_EQ(*repository().interventions(*arm), std::vector<Intervention>{intervention});
    EXPECT_EQ(*repository().interventionsForStudy(*study), std::vector<Intervention>{intervention});
}

TEST_F(StudyRepositoryTest, InterventionMscFieldsAndEmptyOptionals)
{
    auto study = repository().insert(sampleStudy());
    auto arm = repository().insertArm(Arm{ArmId(), *study, QStringLiteral("MSC"), 10, {}});
    ASSERT_TRUE(arm);
    Intervention msc;
    msc.arm = *arm;
    msc.family = InterventionFamily::Msc;
    msc.mscSource = MscSource::UmbilicalCord;
    msc.donor = DonorType::AllogeneicUnrelated;
    msc.cellsPerKg = 1e6;
    msc.infusions = 3;
    msc.route = QStringLiteral("intravenous");
    auto id = repository().insertIntervention(msc);
    ASSERT_TRUE(id);
    auto loaded = repository().intervention(*id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->mscSource, MscSource::UmbilicalCord);
    EXPECT_EQ(loaded->donor, DonorType::AllogeneicUnrelated);
    EXPECT_DOUBLE_EQ(*loaded->cellsPerKg, 1e6);
    EXPECT_EQ(*loaded->infusions, 3);
    EXPECT_FALSE(loaded->cd34Selection.has_value());
    EXPECT_FALSE(loaded->atg.has_value());
    EXPECT_TRUE(loaded->conditioning.isEmpty());

    auto statement = project->database().prepare("SELECT family, msc_source, donor, atg FROM intervention");
    ASSERT_TRUE(statement);
    ASSERT_TRUE(*statement->step());
    EXPECT_EQ(statement->text(0), QStringLiteral("msc"));
    EXPECT_EQ(statement->text(1), QStringLiteral("umbilical-cord"));
    EXPECT_EQ(statement->text(2), QStringLiteral("allogeneic-unrelated"));
    EXPECT_TRUE(statement->isNull(3));
}

TEST_F(StudyRepositoryTest, InterventionUpdateRemoveAndErrors)
{
    auto study = repository().insert(sampleStudy());
    auto arm = repository().insertArm(Arm{ArmId(), *study, QStringLiteral("HSCT"), 79, {}});
    ASSERT_TRUE(arm);
    Intervention intervention = sampleHsct(*arm);
    auto id = repository().insertIntervention(intervention);
    ASSERT_TRUE(id);
    intervention.id = *id;
    intervention.cd34Selection = false;
    intervention.atg.reset();
    intervention.cellsPerKg.reset();
    intervention.description = QStringLiteral("Unselected graft");
    ASSERT_TRUE(repository().updateIntervention(intervention));
    EXPECT_EQ(*repository().intervention(*id), intervention);

    ASSERT_TRUE(repository().removeIntervention(*id));
    EXPECT_EQ(repository().intervention(*id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().removeIntervention(*id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().updateIntervention(intervention).error().code, ErrorCode::NotFound);

    Intervention orphan = sampleHsct(ArmId(999));
    auto failed = repository().insertIntervention(orphan);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::Constraint);
}

TEST_F(StudyRepositoryTest, RemovingStudyCascadesToEverythingBelowIt)
{
    const ReferenceId reference = addReference(QStringLiteral("Report"));
    Study study = sampleStudy();
    study.references = {reference};
    auto id = repository().insert(study);
    ASSERT_TRUE(id);
    auto arm = repository().insertArm(Arm{ArmId(), *id, QStringLiteral("HSCT"), 79, {}});
    ASSERT_TRUE(arm);
    ASSERT_TRUE(repository().insertIntervention(sampleHsct(*arm)));
    Patient patient;
    patient.study = *id;
    patient.arm = *arm;
    patient.label = QStringLiteral("Patient 1");
    auto patientId = project->patients().insert(patient);
    ASSERT_TRUE(patientId);
    auto measure = project->outcomes().findByCode(QStringLiteral("TRM"));
    ASSERT_TRUE(measure && measure->has_value());
    OutcomeResult result;
    result.study = *id;
    result.arm = *arm;
    result.measure = (*measure)->id;
    result.statistic = Statistic::EventsTotal;
    result.events = 8;
    result.n = 79;
    auto resultId = project->outcomes().insertResult(result);
    ASSERT_TRUE(resultId);

    ASSERT_TRUE(repository().remove(*id));
    EXPECT_TRUE(repository().arms(*id)->empty());
    EXPECT_EQ(repository().intervention(InterventionId(1)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(project->patients().get(*patientId).error().code, ErrorCode::NotFound);
    EXPECT_EQ(project->outcomes().result(*resultId).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(repository().studiesForReference(reference)->empty());
    EXPECT_TRUE(project->references().get(reference)) << "the reference itself survives";
}

TEST_F(StudyRepositoryTest, RemovingReferenceDropsItsLink)
{
    const ReferenceId first = addReference(QStringLiteral("First"));
    const ReferenceId second = addReference(QStringLiteral("Second"));
    Study study = sampleStudy();
    study.references = {first, second};
    auto id = repository().insert(study);
    ASSERT_TRUE(id);
    ASSERT_TRUE(project->references().remove(first));
    EXPECT_EQ(repository().get(*id)->references, QList<ReferenceId>{second});
}
