// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/UpdateTag.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class UpdateTagTest : public stemma::test::EditFixture
{
};
} // namespace

TEST_F(UpdateTagTest, RenameAndRecolourThenRevert)
{
    Tag tag = *project->codebook().tag(tagId);
    tag.name = QStringLiteral("Sample size");
    tag.colour = QStringLiteral("#101010");
    edit::UpdateTag command(tag);
    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(project->codebook().tag(tagId)->name, QStringLiteral("Sample size"));
    EXPECT_EQ(project->codebook().tag(tagId)->colour, QStringLiteral("#101010"));
    EXPECT_EQ(command.text(), QStringLiteral("Rename tag Patient count"));
    ASSERT_TRUE(command.revert(*project));
    EXPECT_EQ(project->codebook().tag(tagId)->name, QStringLiteral("Patient count"));
    EXPECT_EQ(project->codebook().tag(tagId)->colour, QStringLiteral("#66bb6a"));
}

TEST_F(UpdateTagTest, MissingTagIsNotFound)
{
    Tag tag = *project->codebook().tag(tagId);
    tag.id = TagId(99);
    edit::UpdateTag command(tag);
    EXPECT_EQ(command.apply(*project).error().code, ErrorCode::NotFound);
}
