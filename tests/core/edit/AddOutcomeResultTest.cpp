// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddOutcomeResult.h"

#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class AddOutcomeResultTest : public stemma::test::EditFixture
{
protected:
    OutcomeResult mrss() const
    {
        OutcomeResult result;
        result.study = studyId;
        result.measure = (*project->outcomes().findByCode(QStringLiteral("mRSS")))->id;
        result.statistic = Statistic::MeanSd;
        result.timepointText = QStringLiteral("follow-up");
        result.value = 21;
        return result;
    }
};
} // namespace

TEST_F(AddOutcomeResultTest, WithEvidenceTagsTheSpanAndLinksTheValue)
{
    // "30 to 21" in the abstract
    edit::AddOutcomeResult command(mrss(), spanOf(55, 63));
    ASSERT_TRUE(command.apply(*project));
    auto stored = project->outcomes().result(command.id());
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->value, 21.0);
    EXPECT_EQ(stored->timepointText, QStringLiteral("follow-up"));
    EXPECT_EQ(stored->sourceSpan, command.spanId());
    auto span = project->codebook().span(command.spanId());
    ASSERT_TRUE(span);
    EXPECT_EQ(span->quote, QStringLiteral("30 to 21"));
    auto links = project->codebook().linksFor(QStringLiteral("outcome_result"), command.id().value);
    ASSERT_EQ(links->size(), 1u);
    EXPECT_EQ((*links)[0].field, QStringLiteral("value"));
    EXPECT_EQ((*links)[0].span, command.spanId());

    const OutcomeResultId first = command.id();
    ASSERT_TRUE(command.revert(*project));
    EXPECT_EQ(project->outcomes().result(first).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(project->codebook().spansForReference(referenceId)->empty());
    ASSERT_TRUE(command.apply(*project));
    EXPECT_EQ(project->outcomes().resultsForStudy(studyId)->size(), 1u);
    EXPECT_EQ(project->codebook().spansForReference(referenceId)->size(), 1u);
}

TEST_F(AddOutcomeResultTest, WithoutEvidenceStoresTheNumberAlone)
{
    edit::AddOutcomeResult command(mrss());
    ASSERT_TRUE(command.apply(*project));
    EXPECT_FALSE(command.spanId().isValid());
    EXPECT_FALSE(project->outcomes().result(command.id())->sourceSpan.isValid());
    ASSERT_TRUE(command.revert(*project));
    EXPECT_TRUE(project->outcomes().resultsForStudy(studyId)->empty());
}
