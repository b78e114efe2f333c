// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoRiskOfBias.h"

#include "core/ReviewProject.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/demo/DemoProjectBuilder.h"
#include "core/quality/RobConflicts.h"
#include "core/quality/RobPlotData.h"
#include "tests/support/TestProject.h"

#include <gtest/gtest.h>

namespace stemma::core::demo {
namespace {

class DemoRiskOfBiasTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(project);
        auto built = buildDemoProject(*project);
        ASSERT_TRUE(built) << built.error().message.toStdString();
    }

    std::unique_ptr<ReviewProject> project = stemma::test::makeMemoryProject();
};

TEST_F(DemoRiskOfBiasTest, EveryDemoAssessmentIsMarkedIllustrative)
{
    auto all = project->riskOfBias().list();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 19u);
    for (const RobAssessment& a : *all)
        EXPECT_TRUE(a.illustrative) << a.toolId.toStdString();
}

TEST_F(DemoRiskOfBiasTest, TheAstisDisagreementIsListedAndResolved)
{
    auto all = project->riskOfBias().list();
    ASSERT_TRUE(all);
    auto conflicts = quality::findRobConflicts(*all);
    ASSERT_TRUE(conflicts.hasValue());
    ASSERT_EQ(conflicts->size(), 1);
    EXPECT_TRUE(conflicts->front().domains.contains(QStringLiteral("D1")));
    EXPECT_TRUE(conflicts->front().resolved);
}

TEST_F(DemoRiskOfBiasTest, RoB2PlotDataHasTheFourTrials)
{
    auto all = project->riskOfBias().list();
    ASSERT_TRUE(all);
    auto data = quality::robPlotData(*all, QStringLiteral("rob2"), OutcomeMeasureId(), {});
    ASSERT_TRUE(data.hasValue()) << data.error().message.toStdString();
    EXPECT_EQ(data->rows.size(), 4u);
    // ASSIST's missing data depending on the outcome (3.4 PY) is a path to high risk.
    int high = 0;
    for (const auto& row : data->rows)
        high += row.overall == QStringLiteral("high") ? 1 : 0;
    EXPECT_EQ(high, 1);
}

TEST_F(DemoRiskOfBiasTest, ABrokenFileNamesTheAssessment)
{
    const auto refused = addDemoRiskOfBias(
        *project, R"({"assessments": [{"study": "Nowhere 1999", "tool": "rob2", "reviewer": "A", "answers": {}}]})");
    ASSERT_FALSE(refused.hasValue());
    EXPECT_EQ(refused.error().message,
              QStringLiteral("illustrative_rob.json, assessment 1: no demo study \"Nowhere 1999\""));
}

} // namespace
} // namespace stemma::core::demo
