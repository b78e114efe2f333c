// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddIntervention.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class AddInterventionTest : public stemma::test::EditFixture
{
};
} // namespace

TEST_F(AddInterventionTest, ApplyStoresTheTypedAttributesAndRevertRemoves)
{
    const ArmId arm = *project->studies().insertArm(Arm{ArmId(), studyId, QStringLiteral("MSC"), 12, {}});
    Intervention intervention;
    intervention.arm = arm;
    intervention.family = InterventionFamily::Msc;
    intervention.mscSource = MscSource::UmbilicalCord;
    intervention.donor = DonorType::Allogeneic;
    intervention.cellsPerKg = 2e6;
    intervention.infusions = 1;
    intervention.route = QStringLiteral("intravenous");
    edit::AddIntervention command(intervention);
    ASSERT_TRUE(command.apply(*project));
    auto stored = project->studies().interventions(arm);
    ASSERT_EQ(stored->size(), 1u);
    EXPECT_EQ((*stored)[0].family, InterventionFamily::Msc);
    EXPECT_EQ((*stored)[0].mscSource, MscSource::UmbilicalCord);
    EXPECT_EQ((*stored)[0].donor, DonorType::Allogeneic);
    EXPECT_EQ((*stored)[0].cellsPerKg, 2e6);
    EXPECT_EQ((*stored)[0].infusions, 1);
    EXPECT_EQ((*stored)[0].route, QStringLiteral("intravenous"));
    ASSERT_TRUE(command.revert(*project));
    EXPECT_TRUE(project->studies().interventions(arm)->empty());
}
