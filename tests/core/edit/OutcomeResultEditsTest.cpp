// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddOutcomeResult.h"
#include "core/edit/RemoveOutcomeResult.h"
#include "core/edit/UpdateOutcomeResult.h"
#include "tests/core/edit/EditFixture.h"

using namespace stemma::core;

namespace {
class OutcomeResultEditsTest : public stemma::test::EditFixture
{
protected:
    void SetUp() override
    {
        EditFixture::SetUp();
        armId = *project->studies().insertArm(Arm{ArmId(), studyId, QStringLiteral("MSC"), 12, {}});
        OutcomeResult result;
        result.study = studyId;
        result.arm = armId;
        result.measure = (*project->outcomes().findByCode(QStringLiteral("mRSS")))->id;
        result.timepointMonths = 12;
        result.value = 21;
        add = std::make_unique<edit::AddOutcomeResult>(result, spanOf(55, 63)); // "30 to 21"
        ASSERT_TRUE(add->apply(*project));
    }

    OutcomeResult stored() { return *project->outcomes().result(add->id()); }

    ArmId armId;
    std::unique_ptr<edit::AddOutcomeResult> add;
};
} // namespace

TEST_F(OutcomeResultEditsTest, UpdateRewritesTheNumbersAndUndoRestoresThem)
{
    OutcomeResult edited = stored();
    edited.statistic = Statistic::MedianIqr;
    edited.value = 20;
    edited.lower = 15;
    edited.upper = 26;
    edited.n = 12;
    edited.note = QStringLiteral("read from figure 2");
    edited.sourceSpan = SpanId(); // the editor cannot drop the source text
    edit::UpdateOutcomeResult update(edited);
    ASSERT_TRUE(update.apply(*project));
    EXPECT_EQ(stored().statistic, Statistic::MedianIqr);
    EXPECT_EQ(stored().lower, 15.0);
    EXPECT_EQ(stored().note, QStringLiteral("read from figure 2"));
    EXPECT_EQ(stored().sourceSpan, add->spanId());
    ASSERT_TRUE(update.revert(*project));
    EXPECT_EQ(stored().statistic, Statistic::MeanSd);
    EXPECT_EQ(stored().value, 21.0);
    EXPECT_FALSE(stored().lower.has_value());
    ASSERT_TRUE(update.apply(*project)); // redo
    EXPECT_EQ(stored().upper, 26.0);
}

TEST_F(OutcomeResultEditsTest, UpdateRefusesNumbersThatCannotBeTrue)
{
    const auto refused = [&](const std::function<void(OutcomeResult&)>& change) {
        OutcomeResult edited = stored();
        change(edited);
        auto applied = edit::UpdateOutcomeResult(edited).apply(*project);
        return !applied && applied.error().code == ErrorCode::InvalidArgument;
    };
    EXPECT_TRUE(refused([](OutcomeResult& r) {
        r.statistic = Statistic::EventsTotal;
        r.events = 5;
        r.n = 3;
    }));
    EXPECT_TRUE(refused([](OutcomeResult& r) { r.spread = -1; }));
    EXPECT_TRUE(refused([](OutcomeResult& r) {
        r.lower = 30;
        r.upper = 10;
    }));
    EXPECT_TRUE(refused([](OutcomeResult& r) {
        r.statistic = Statistic::Percentage;
        r.value = 140;
    }));
    EXPECT_TRUE(refused([](OutcomeResult& r) { r.timepointMonths = -2; }));
    EXPECT_EQ(stored().value, 21.0);
    EXPECT_EQ(edit::UpdateOutcomeResult(stored()).revert(*project).error().code, ErrorCode::InvalidArgument);
}

TEST_F(OutcomeResultEditsTest, RemoveDropsTheLinksAndUndoRestoresTheSameRow)
{
    const OutcomeResult before = stored();
    edit::RemoveOutcomeResult remove(add->id());
    ASSERT_TRUE(remove.apply(*project));
    EXPECT_EQ(project->outcomes().result(add->id()).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(project->codebook().linksFor(QStringLiteral("outcome_result"), add->id().value)->empty());
    // The text stays tagged.
    EXPECT_TRUE(project->codebook().span(add->spanId()));
    ASSERT_TRUE(remove.revert(*project));
    EXPECT_EQ(stored(), before); // same id, same numbers, same source
    auto links = *project->codebook().linksFor(QStringLiteral("outcome_result"), add->id().value);
    ASSERT_EQ(links.size(), 1u);
    EXPECT_EQ(links[0].span, add->spanId());
    // An edit made before the removal still undoes after it is taken back.
    ASSERT_TRUE(remove.apply(*project));
    ASSERT_TRUE(remove.revert(*project));
    EXPECT_TRUE(add->revert(*project));
    EXPECT_TRUE(project->outcomes().resultsForStudy(studyId)->empty());
}
