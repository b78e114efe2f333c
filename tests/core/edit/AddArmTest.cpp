// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddArm.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class AddArmTest : public stemma::test::EditFixture
{
};
} // namespace

TEST_F(AddArmTest, ApplyStoresAndRevertRemoves)
{
    edit::AddArm command(Arm{ArmId(), studyId, QStringLiteral("HSCT"), 79, QStringLiteral("n=79")});
    ASSERT_TRUE(command.apply(*project));
    auto arms = project->studies().arms(studyId);
    ASSERT_EQ(arms->size(), 1u);
    EXPECT_EQ((*arms)[0].id, command.id());
    EXPECT_EQ((*arms)[0].label, QStringLiteral("HSCT"));
    EXPECT_EQ((*arms)[0].size, 79);
    EXPECT_EQ((*arms)[0].notes, QStringLiteral("n=79"));
    ASSERT_TRUE(command.revert(*project));
    EXPECT_TRUE(project->studies().arms(studyId)->empty());
    EXPECT_FALSE(command.id().isValid());
    EXPECT_EQ(command.revert(*project).error().code, ErrorCode::InvalidArgument);
}
