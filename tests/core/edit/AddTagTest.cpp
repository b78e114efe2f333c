// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddTag.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class AddTagTest : public stemma::test::EditFixture
{
};
} // namespace

TEST_F(AddTagTest, ApplyStoresUnderTheParentAndRevertRemoves)
{
    edit::AddTag command(
        Tag{TagId(), tagId, QStringLiteral("Arm size"), QStringLiteral("#00ff00"), QStringLiteral("n per arm"), 0});
    ASSERT_TRUE(command.apply(*project));
    auto stored = project->codebook().tag(command.id());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->parent, tagId);
    EXPECT_EQ(stored->name, QStringLiteral("Arm size"));
    EXPECT_EQ(stored->colour, QStringLiteral("#00ff00"));
    EXPECT_EQ(stored->description, QStringLiteral("n per arm"));
    const TagId first = command.id();
    ASSERT_TRUE(command.revert(*project));
    EXPECT_EQ(project->codebook().tag(first).error().code, ErrorCode::NotFound);
    EXPECT_EQ(project->codebook().tags()->size(), 1u);
}
