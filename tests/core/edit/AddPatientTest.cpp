// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddPatient.h"

#include "core/db/PatientRepository.h"
#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class AddPatientTest : public stemma::test::EditFixture
{
};
} // namespace

TEST_F(AddPatientTest, ApplyStoresAndRevertRemoves)
{
    Patient patient;
    patient.study = studyId;
    patient.label = QStringLiteral("Patient 1");
    patient.ageYears = 43;
    patient.sex = Sex::Female;
    edit::AddPatient command(patient);
    ASSERT_TRUE(command.apply(*project));
    auto patients = project->patients().list(studyId);
    ASSERT_EQ(patients->size(), 1u);
    EXPECT_EQ((*patients)[0].label, QStringLiteral("Patient 1"));
    EXPECT_EQ((*patients)[0].ageYears, 43);
    EXPECT_EQ((*patients)[0].sex, Sex::Female);
    ASSERT_TRUE(command.revert(*project));
    EXPECT_TRUE(project->patients().list(studyId)->empty());
}
