// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetArmField.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;
using edit::ArmField;
using edit::SetArmField;

namespace {
class SetArmFieldTest : public stemma::test::EditFixture
{
protected:
    void SetUp() override
    {
        EditFixture::SetUp();
        armId = *project->studies().insertArm(Arm{ArmId(), studyId, QStringLiteral("MSC"), 12, {}});
    }
    ArmId armId;
};
} // namespace

TEST_F(SetArmFieldTest, ApplyWritesAndRevertRestores)
{
    SetArmField label(armId, ArmField::Label, QStringLiteral(" UC-MSC "));
    ASSERT_TRUE(label.apply(*project));
    EXPECT_EQ(project->studies().arm(armId)->label, QStringLiteral("UC-MSC"));
    SetArmField size(armId, ArmField::Size, QStringLiteral("20"));
    ASSERT_TRUE(size.apply(*project));
    EXPECT_EQ(project->studies().arm(armId)->size, 20);
    ASSERT_TRUE(size.revert(*project));
    EXPECT_EQ(project->studies().arm(armId)->size, 12);
    ASSERT_TRUE(label.revert(*project));
    EXPECT_EQ(project->studies().arm(armId)->label, QStringLiteral("MSC"));
    // Empty means not reported.
    SetArmField none(armId, ArmField::Size, QString());
    ASSERT_TRUE(none.apply(*project));
    EXPECT_FALSE(project->studies().arm(armId)->size.has_value());
}

TEST_F(SetArmFieldTest, RefusesTextThatDoesNotFit)
{
    SetArmField size(armId, ArmField::Size, QStringLiteral("twenty"));
    auto applied = size.apply(*project);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().message, QStringLiteral("\"twenty\" is not a number of patients; type a whole number"));
    EXPECT_FALSE(SetArmField(armId, ArmField::Size, QStringLiteral("-3")).apply(*project));
    EXPECT_FALSE(SetArmField(armId, ArmField::Label, QStringLiteral("  ")).apply(*project));
    EXPECT_EQ(project->studies().arm(armId)->size, 12);
    EXPECT_EQ(project->studies().arm(armId)->label, QStringLiteral("MSC"));
    EXPECT_EQ(SetArmField(armId, ArmField::Size, QStringLiteral("1")).revert(*project).error().code,
              ErrorCode::InvalidArgument);
}
