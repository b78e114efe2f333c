// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/PatientRepository.h"

#include "core/db/Database.h"
#include "core/db/StudyRepository.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

using namespace stemma::core;

namespace {

class PatientRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        Study study;
        study.label = QStringLiteral("Case series");
        study.design = StudyDesign::CaseSeries;
        auto id = project->studies().insert(study);
        ASSERT_TRUE(id);
        studyId = *id;
        auto arm = project->studies().insertArm(Arm{ArmId(), studyId, QStringLiteral("MSC"), 2, {}});
        ASSERT_TRUE(arm);
        armId = *arm;
    }

    Patient samplePatient() const
    {
        Patient patient;
        patient.study = studyId;
        patient.arm = armId;
        patient.label = QStringLiteral("Patient 1");
        patient.ageYears = 42.5;
        patient.sex = Sex::Female;
        patient.diseaseSubtype = QStringLiteral("diffuse cutaneous");
        patient.diseaseDurationYears = 3.0;
        patient.priorTherapies = {QStringLiteral("cyclophosphamide"), QStringLiteral("mycophenolate mofetil")};
        patient.notes = QStringLiteral("digital ulcers at baseline");
        return patient;
    }

    db::PatientRepository& repository() { return project->patients(); }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    StudyId studyId;
    ArmId armId;
};

} // namespace

TEST_F(PatientRepositoryTest, InsertAndGetRoundTripEveryField)
{
    Patient patient = samplePatient();
    auto id = repository().insert(patient);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    patient.id = *id;
    EXPECT_EQ(*repository().get(*id), patient);
}

TEST_F(PatientRepositoryTest, PriorTherapiesAreStoredOnePerLine)
{
    ASSERT_TRUE(repository().insert(samplePatient()));
    auto statement = project->database().prepare("SELECT prior_therapies, sex FROM patient");
    ASSERT_TRUE(statement);
    ASSERT_TRUE(*statement->step());
    EXPECT_EQ(statement->text(0), QStringLiteral("cyclophosphamide\nmycophenolate mofetil"));
    EXPECT_EQ(statement->text(1), QStringLiteral("female"));
}

TEST_F(PatientRepositoryTest, EmptyOptionalFieldsStayEmpty)
{
    Patient patient;
    patient.study = studyId;
    patient.label = QStringLiteral("Patient 2");
    auto id = repository().insert(patient);
    ASSERT_TRUE(id);
    auto loaded = repository().get(*id);
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->arm.isValid());
    EXPECT_FALSE(loaded->ageYears.has_value());
    EXPECT_FALSE(loaded->diseaseDurationYears.has_value());
    EXPECT_EQ(loaded->sex, Sex::Unknown);
    EXPECT_TRUE(loaded->priorTherapies.isEmpty());
    EXPECT_TRUE(loaded->notes.isEmpty());
}

TEST_F(PatientRepositoryTest, UpdateListAndRemove)
{
    Patient first = samplePatient();
    Patient second = samplePatient();
    second.label = QStringLiteral("Patient 2");
    second.sex = Sex::Male;
    first.id = *repository().insert(first);
    second.id = *repository().insert(second);
    EXPECT_EQ(*repository().list(studyId), (std::vector<Patient>{first, second}));

    first.ageYears.reset();
    first.priorTherapies = {QStringLiteral("methotrexate")};
    first.arm = ArmId();
    ASSERT_TRUE(repository().update(first));
    EXPECT_EQ(*repository().get(first.id), first);

    ASSERT_TRUE(repository().remove(second.id));
    EXPECT_EQ(*repository().list(studyId), std::vector<Patient>{first});
    EXPECT_TRUE(repository().list(StudyId(99))->empty());
}

TEST_F(PatientRepositoryTest, MissingPatientIsNotFound)
{
    EXPECT_EQ(repository().get(PatientId(5)).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repository().remove(PatientId(5)).error().code, ErrorCode::NotFound);
    Patient patient = samplePatient();
    patient.id = PatientId(5);
    EXPECT_EQ(repository().update(patient).error().code, ErrorCode::NotFound);
}

TEST_F(PatientRepositoryTest, MissingStudyOrArmIsConstraint)
{
    Patient patient = samplePatient();
    patient.study = StudyId(404);
    EXPECT_EQ(repository().insert(patient).error().code, ErrorCode::Constraint);
    patient = samplePatient();
    patient.arm = ArmId(404);
    EXPECT_EQ(repository().insert(patient).error().code, ErrorCode::Constraint);
}

TEST_F(PatientRepositoryTest, RemovingArmKeepsPatientWithoutArm)
{
    auto id = repository().insert(samplePatient());
    ASSERT_TRUE(id);
    ASSERT_TRUE(project->studies().removeArm(armId));
    auto loaded = repository().get(*id);
    ASSERT_TRUE(loaded);
    EXPECT_FALSE(loaded->arm.isValid());
    EXPECT_EQ(loaded->label, QStringLiteral("Patient 1"));
}
