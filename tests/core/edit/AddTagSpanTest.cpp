// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddTagSpan.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class AddTagSpanTest : public stemma::test::EditFixture
{
};
} // namespace

TEST_F(AddTagSpanTest, ApplyStoresTheSpanWithItsLinksAndRevertRemovesThem)
{
    edit::AddTagSpan command(
        spanOf(0, 11), {edit::EvidenceTarget{QStringLiteral("study"), studyId.value, QStringLiteral("patientCount")}});
    ASSERT_TRUE(command.apply(*project));
    ASSERT_TRUE(command.spanId().isValid());
    auto spans = project->codebook().spansForReference(referenceId);
    ASSERT_EQ(spans->size(), 1u);
    EXPECT_EQ((*spans)[0].quote, QStringLiteral("12 patients"));
    EXPECT_EQ((*spans)[0].tag, tagId);
    EXPECT_EQ((*spans)[0].start, 0);
    EXPECT_EQ((*spans)[0].end, 11);
    auto links = project->codebook().linksFor(QStringLiteral("study"), studyId.value);
    ASSERT_EQ(links->size(), 1u);
    EXPECT_EQ((*links)[0].field, QStringLiteral("patientCount"));
    EXPECT_EQ((*links)[0].span, command.spanId());

    ASSERT_TRUE(command.revert(*project));
    EXPECT_FALSE(command.spanId().isValid());
    EXPECT_TRUE(project->codebook().spansForReference(referenceId)->empty());
    EXPECT_TRUE(project->codebook().linksFor(QStringLiteral("study"), studyId.value)->empty());

    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(project->codebook().spansForReference(referenceId)->size(), 1u);
    EXPECT_EQ(project->codebook().linksFor(QStringLiteral("study"), studyId.value)->size(), 1u);
}

TEST_F(AddTagSpanTest, BadOffsetsFailAndStoreNothing)
{
    TagSpan span = spanOf(0, 11);
    span.start = 20;
    span.end = 5;
    edit::AddTagSpan command(span);
    EXPECT_FALSE(command.apply(*project));
    EXPECT_TRUE(project->codebook().spansForReference(referenceId)->empty());
}
