// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ScreeningOrder.h"

#include "core/db/ReferenceRepository.h"
#include "core/db/ReviewerRepository.h"
#include "core/screening/ScreeningService.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace stemma::core;
using stemma::core::screening::PlainOrder;
using stemma::core::screening::ScreeningOrder;
using stemma::core::screening::ScreeningService;

namespace {

/** A stand-in ranking: newest publication first, as a relevance order would put its best guess first. */
class NewestFirst final : public ScreeningOrder
{
public:
    QString name() const override { return QStringLiteral("newest first"); }
    Result<void> arrange(ReviewProject& project, ScreeningStage, std::vector<ReferenceId>& candidates) const override
    {
        std::map<ReferenceId, int> years;
        for (ReferenceId id : candidates) {
            auto reference = project.references().get(id);
            if (!reference)
                return reference.error();
            years[id] = reference->year.value_or(0);
        }
        std::stable_sort(candidates.begin(), candidates.end(), [&years](ReferenceId a, ReferenceId b) {
            return years[a] > years[b];
        });
        return {};
    }
};

class ScreeningOrderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        for (int year : {2011, 2022, 2007, 2018}) {
            Reference reference;
            reference.title = QStringLiteral("Study of %1").arg(year);
            reference.year = year;
            ids.push_back(*project->references().insert(reference));
        }
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
    std::vector<ReferenceId> ids;
};

} // namespace

TEST_F(ScreeningOrderTest, PlainOrderIsTheOrderReferencesEnteredTheProject)
{
    std::vector<ReferenceId> shuffled{ids[2], ids[0], ids[3], ids[1]};
    ASSERT_TRUE(PlainOrder().arrange(*project, ScreeningStage::TitleAbstract, shuffled).hasValue());
    EXPECT_EQ(shuffled, ids);
    EXPECT_EQ(PlainOrder().name(), QStringLiteral("plain"));

    ScreeningService service(*project);
    EXPECT_EQ(*service.candidates(ScreeningStage::TitleAbstract), ids);
}

TEST_F(ScreeningOrderTest, AnotherOrderPluggedInChangesTheSequence)
{
    ScreeningService service(*project);
    auto ranked = service.candidates(ScreeningStage::TitleAbstract, NewestFirst());
    ASSERT_TRUE(ranked);
    EXPECT_EQ(*ranked, (std::vector<ReferenceId>{ids[1], ids[3], ids[0], ids[2]}));

    // The order arranges only the stage's candidates: at full text that is the included one.
    ScreeningDecision include;
    include.reference = ids[0];
    include.reviewer = *project->reviewers().findOrCreate(QStringLiteral("Anna"));
    include.verdict = Verdict::Include;
    ASSERT_TRUE(service.record(include).hasValue());
    auto fullText = service.candidates(ScreeningStage::FullText, NewestFirst());
    ASSERT_TRUE(fullText);
    EXPECT_EQ(*fullText, std::vector<ReferenceId>{ids[0]});
}
