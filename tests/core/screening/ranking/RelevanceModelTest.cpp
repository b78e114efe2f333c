// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/RelevanceModel.h"

#include "core/screening/ranking/TextFeatures.h"

#include <gtest/gtest.h>

using namespace stemma::core::screening::ranking;

namespace {

/**
 * A corpus where the right order is known: records about stem-cell transplantation in
 * scleroderma are relevant, records about unrelated topics are not. Rows 0–1 and 4–5 are
 * labelled; the model must rank the unlabelled relevant rows 2–3 above the irrelevant 6–7.
 */
std::vector<QString> corpus()
{
    return {QStringLiteral("stem cell transplantation in systemic sclerosis skin score"),
            QStringLiteral("autologous stem cell transplantation for scleroderma"),
            QStringLiteral("haematopoietic stem cell transplantation improves sclerosis skin"),
            QStringLiteral("scleroderma treated by autologous transplantation"),
            QStringLiteral("traffic noise and sleep quality in cities"),
            QStringLiteral("soil bacteria in wheat fields"),
            QStringLiteral("sleep quality of shift workers in cities"),
            QStringLiteral("wheat yield and soil nitrogen")};
}

} // namespace

class RelevanceModelTest : public ::testing::TestWithParam<RelevanceModelOptions::Loss>
{
};

TEST_P(RelevanceModelTest, RanksTheUnlabelledRelevantRecordsFirst)
{
    TextFeatureOptions featureOptions;
    featureOptions.minDocumentCount = 1;
    const auto features = TextFeatures::build(corpus(), featureOptions);
    RelevanceModelOptions options;
    options.loss = GetParam();
    auto model = RelevanceModel::train(features, {0, 1, 4, 5}, {true, true, false, false}, options);
    ASSERT_TRUE(model) << model.error().message.toStdString();
    for (std::size_t relevant : {2u, 3u}) {
        for (std::size_t irrelevant : {6u, 7u})
            EXPECT_GT(model->score(features, relevant), model->score(features, irrelevant))
                << relevant << " vs " << irrelevant;
    }
    EXPECT_GT(model->score(features, 0), 0.0);
    EXPECT_LT(model->score(features, 4), 0.0);
    EXPECT_GT(model->relevance(features, 2), 0.5);
}

INSTANTIATE_TEST_SUITE_P(BothLosses,
                         RelevanceModelTest,
                         ::testing::Values(RelevanceModelOptions::Loss::Logistic,
                                           RelevanceModelOptions::Loss::HingeSvm));

TEST(RelevanceModelErrors, NeedsAnIncludeAndAnExclude)
{
    const auto features = TextFeatures::build(corpus());
    auto model = RelevanceModel::train(features, {0, 1}, {true, true});
    ASSERT_FALSE(model);
    EXPECT_TRUE(model.error().message.contains(QStringLiteral("at least one included and one excluded")));
}

TEST(RelevanceModelErrors, OneIncludeAmongManyExcludesStillRanksItsTopicFirst)
{
    // One include among four excludes (the usual start of screening): with the classes
    // balanced, the include's topic still comes above every other topic.
    TextFeatureOptions featureOptions;
    featureOptions.minDocumentCount = 1;
    const auto features = TextFeatures::build(corpus(), featureOptions);
    auto model = RelevanceModel::train(features, {0, 4, 5, 6, 7}, {true, false, false, false, false});
    ASSERT_TRUE(model);
    EXPECT_GT(model->score(features, 2), model->score(features, 6));
    EXPECT_GT(model->score(features, 1), model->score(features, 7));
}
