// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/RemoveTagSpan.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class RemoveTagSpanTest : public stemma::test::EditFixture
{
};
} // namespace

TEST_F(RemoveTagSpanTest, RevertRestoresTheSpanItsLinksAndTheResultsCitingIt)
{
    const SpanId span = *project->codebook().insertSpan(spanOf(0, 11));
    ASSERT_TRUE(project->codebook().link(QStringLiteral("study"), studyId.value, QStringLiteral("patientCount"), span));
    OutcomeResult result;
    result.study = studyId;
    result.measure = (*project->outcomes().findByCode(QStringLiteral("mRSS")))->id;
    result.value = 21;
    result.sourceSpan = span;
    const OutcomeResultId resultId = *project->outcomes().insertResult(result);

    edit::RemoveTagSpan command(span);
    ASSERT_TRUE(command.apply(*project));
    EXPECT_TRUE(project->codebook().spansForReference(referenceId)->empty());
    EXPECT_TRUE(project->codebook().linksFor(QStringLiteral("study"), studyId.value)->empty());
    EXPECT_FALSE(project->outcomes().result(resultId)->sourceSpan.isValid());

    ASSERT_TRUE(command.revert(*project));
    auto spans = project->codebook().spansForReference(referenceId);
    ASSERT_EQ(spans->size(), 1u);
    EXPECT_EQ((*spans)[0].quote, QStringLiteral("12 patients"));
    EXPECT_EQ((*spans)[0].id, command.spanId());
    auto links = project->codebook().linksFor(QStringLiteral("study"), studyId.value);
    ASSERT_EQ(links->size(), 1u);
    EXPECT_EQ((*links)[0].span, command.spanId());
    EXPECT_EQ(project->outcomes().result(resultId)->sourceSpan, command.spanId());

    ASSERT_TRUE(command.apply(*project));
    EXPECT_TRUE(project->codebook().spansForReference(referenceId)->empty());
}

TEST_F(RemoveTagSpanTest, MissingSpanIsNotFound)
{
    edit::RemoveTagSpan command(SpanId(77));
    EXPECT_EQ(command.apply(*project).error().code, ErrorCode::NotFound);
}
