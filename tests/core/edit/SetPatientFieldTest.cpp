// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetPatientField.h"

#include "core/db/PatientRepository.h"
#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;
using edit::PatientField;
using edit::SetPatientField;

namespace {

class SetPatientFieldTest : public stemma::test::EditFixture
{
protected:
    void SetUp() override
    {
        EditFixture::SetUp();
        Patient patient;
        patient.study = studyId;
        patient.label = QStringLiteral("Patient 1");
        patientId = *project->patients().insert(patient);
    }

    Patient stored() { return *project->patients().get(patientId); }

    PatientId patientId;
};

} // namespace

TEST_F(SetPatientFieldTest, FieldsApplyAndRevert)
{
    SetPatientField age(patientId, PatientField::Age, QStringLiteral("36"));
    ASSERT_TRUE(age.apply(*project));
    SetPatientField sex(patientId, PatientField::Sex, QStringLiteral("Female"));
    ASSERT_TRUE(sex.apply(*project));
    SetPatientField subtype(patientId, PatientField::Subtype, QStringLiteral("diffuse cutaneous"));
    ASSERT_TRUE(subtype.apply(*project));
    SetPatientField duration(patientId, PatientField::DiseaseDuration, QStringLiteral("10"));
    ASSERT_TRUE(duration.apply(*project));
    SetPatientField prior(
        patientId, PatientField::PriorTherapies, QStringLiteral("methotrexate; azathioprine\ncyclophosphamide\n"));
    ASSERT_TRUE(prior.apply(*project));

    const Patient after = stored();
    EXPECT_EQ(after.ageYears, 36.0);
    EXPECT_EQ(after.sex, Sex::Female);
    EXPECT_EQ(after.diseaseSubtype, QStringLiteral("diffuse cutaneous"));
    EXPECT_EQ(after.diseaseDurationYears, 10.0);
    EXPECT_EQ(after.priorTherapies,
              (QStringList{
                  QStringLiteral("methotrexate"), QStringLiteral("azathioprine"), QStringLiteral("cyclophosphamide")}));
    EXPECT_EQ(SetPatientField::value(after, PatientField::PriorTherapies),
              QStringLiteral("methotrexate\nazathioprine\ncyclophosphamide"));

    ASSERT_TRUE(prior.revert(*project));
    EXPECT_TRUE(stored().priorTherapies.isEmpty());
    ASSERT_TRUE(sex.revert(*project));
    EXPECT_EQ(stored().sex, Sex::Unknown);
    ASSERT_TRUE(age.revert(*project));
    EXPECT_FALSE(stored().ageYears.has_value());
    EXPECT_EQ(stored().diseaseDurationYears, 10.0);
}

TEST_F(SetPatientFieldTest, RejectsTextThatDoesNotFit)
{
    SetPatientField age(patientId, PatientField::Age, QStringLiteral("old"));
    auto applied = age.apply(*project);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().message, QStringLiteral("\"old\" is not an age in years"));
    SetPatientField sex(patientId, PatientField::Sex, QStringLiteral("x"));
    EXPECT_EQ(sex.apply(*project).error().code, ErrorCode::InvalidArgument);
    SetPatientField label(patientId, PatientField::Label, QStringLiteral("  "));
    EXPECT_FALSE(label.apply(*project));
    EXPECT_EQ(stored().label, QStringLiteral("Patient 1"));
    EXPECT_EQ(SetPatientField::linkName(PatientField::Age), QStringLiteral("ageYears"));
}
