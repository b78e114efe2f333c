// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetInterventionField.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;
using edit::InterventionField;
using edit::SetInterventionField;

namespace {

class SetInterventionFieldTest : public stemma::test::EditFixture
{
protected:
    void SetUp() override
    {
        EditFixture::SetUp();
        armId = *project->studies().insertArm(Arm{ArmId(), studyId, QStringLiteral("MSC"), 12, {}});
        Intervention intervention;
        intervention.arm = armId;
        intervention.family = InterventionFamily::Msc;
        interventionId = *project->studies().insertIntervention(intervention);
    }

    Intervention stored() { return *project->studies().intervention(interventionId); }

    ArmId armId;
    InterventionId interventionId;
};

} // namespace

TEST_F(SetInterventionFieldTest, MscAttributesApplyAndRevert)
{
    SetInterventionField source(interventionId, InterventionField::MscSource, QStringLiteral("umbilical-cord"));
    ASSERT_TRUE(source.apply(*project));
    EXPECT_EQ(stored().mscSource, MscSource::UmbilicalCord);
    EXPECT_EQ(source.oldValue(), QStringLiteral("unknown"));

    SetInterventionField donor(interventionId, InterventionField::Donor, QStringLiteral("allogeneic-unrelated"));
    ASSERT_TRUE(donor.apply(*project));
    SetInterventionField dose(interventionId, InterventionField::CellsPerKg, QStringLiteral(" 2e6 "));
    ASSERT_TRUE(dose.apply(*project));
    SetInterventionField infusions(interventionId, InterventionField::Infusions, QStringLiteral("2"));
    ASSERT_TRUE(infusions.apply(*project));
    SetInterventionField route(interventionId, InterventionField::Route, QStringLiteral("intravenous"));
    ASSERT_TRUE(route.apply(*project));

    const Intervention after = stored();
    EXPECT_EQ(after.donor, DonorType::AllogeneicUnrelated);
    EXPECT_EQ(after.cellsPerKg, 2e6);
    EXPECT_EQ(after.infusions, 2);
    EXPECT_EQ(after.route, QStringLiteral("intravenous"));
    EXPECT_EQ(SetInterventionField::value(after, InterventionField::CellsPerKg), QStringLiteral("2000000"));

    ASSERT_TRUE(dose.revert(*project));
    EXPECT_FALSE(stored().cellsPerKg.has_value());
    ASSERT_TRUE(source.revert(*project));
    EXPECT_EQ(stored().mscSource, MscSource::Unknown);
    EXPECT_EQ(stored().donor, DonorType::AllogeneicUnrelated);
}

TEST_F(SetInterventionFieldTest, HsctAndComparatorAttributes)
{
    SetInterventionField family(interventionId, InterventionField::Family, QStringLiteral("hsct"));
    ASSERT_TRUE(family.apply(*project));
    SetInterventionField cd34(interventionId, InterventionField::Cd34Selection, QStringLiteral("yes"));
    ASSERT_TRUE(cd34.apply(*project));
    SetInterventionField atg(interventionId, InterventionField::Atg, QStringLiteral("No"));
    ASSERT_TRUE(atg.apply(*project));
    SetInterventionField conditioning(
        interventionId, InterventionField::Conditioning, QStringLiteral("cyclophosphamide 200 mg/kg"));
    ASSERT_TRUE(conditioning.apply(*project));
    SetInterventionField drugs(interventionId, InterventionField::Drugs, QStringLiteral("cyclophosphamide"));
    ASSERT_TRUE(drugs.apply(*project));

    const Intervention after = stored();
    EXPECT_EQ(after.family, InterventionFamily::Hsct);
    EXPECT_EQ(after.cd34Selection, true);
    EXPECT_EQ(after.atg, false);
    EXPECT_EQ(after.conditioning, QStringLiteral("cyclophosphamide 200 mg/kg"));
    EXPECT_EQ(after.drugs, QStringLiteral("cyclophosphamide"));
    EXPECT_EQ(SetInterventionField::value(after, InterventionField::Atg), QStringLiteral("no"));

    // An empty yes/no means "not reported".
    SetInterventionField clear(interventionId, InterventionField::Cd34Selection, QString());
    ASSERT_TRUE(clear.apply(*project));
    EXPECT_FALSE(stored().cd34Selection.has_value());
    ASSERT_TRUE(clear.revert(*project));
    EXPECT_EQ(stored().cd34Selection, true);
}

TEST_F(SetInterventionFieldTest, RejectsTextThatDoesNotFit)
{
    SetInterventionField dose(interventionId, InterventionField::CellsPerKg, QStringLiteral("many"));
    auto applied = dose.apply(*project);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(applied.error().message, QStringLiteral("\"many\" is not a dose in cells/kg; type a number such as 2e6"));
    SetInterventionField source(interventionId, InterventionField::MscSource, QStringLiteral("moon"));
    EXPECT_FALSE(source.apply(*project));
    SetInterventionField atg(interventionId, InterventionField::Atg, QStringLiteral("maybe"));
    EXPECT_FALSE(atg.apply(*project));
    EXPECT_EQ(stored().mscSource, MscSource::Unknown);
    EXPECT_FALSE(stored().atg.has_value());
    EXPECT_EQ(SetInterventionField::linkName(InterventionField::CellsPerKg), QStringLiteral("cellsPerKg"));
}
