// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/TextFeatures.h"

#include <gtest/gtest.h>

#include <cmath>

using stemma::core::screening::ranking::TextFeatureOptions;
using stemma::core::screening::ranking::TextFeatures;

namespace {

double rowNorm(const TextFeatures& features, std::size_t row)
{
    double sum = 0.0;
    for (const auto* entry = features.rowBegin(row); entry != features.rowEnd(row); ++entry)
        sum += static_cast<double>(entry->weight) * entry->weight;
    return std::sqrt(sum);
}

} // namespace

TEST(TextFeaturesTest, TokensAreLowerCasedRunsOfTwoOrMoreLettersOrDigits)
{
    const auto tokens = TextFeatures::tokens(QStringLiteral("A Mesenchymal-stromal cell (MSC) trial, 2019: x 42"));
    const std::vector<QString> expected{QStringLiteral("mesenchymal"),
                                        QStringLiteral("stromal"),
                                        QStringLiteral("cell"),
                                        QStringLiteral("msc"),
                                        QStringLiteral("trial"),
                                        QStringLiteral("2019"),
                                        QStringLiteral("42")};
    EXPECT_EQ(tokens, expected);
}

TEST(TextFeaturesTest, MatchesScikitLearnTfidfOnASmallCorpus)
{
    // Reference: sklearn 1.2.1, TfidfVectorizer(ngram_range=(1, 1), min_df=1, max_df=1.0,
    // sublinear_tf=False) on these three texts. "cat" is in 2 of 3 texts: idf = ln(4/3) + 1 =
    // 1.287682; "dog" in 1: idf = ln(4/2) + 1 = 1.693147. Text 0 ("cat cat dog") has tf 2 and 1:
    // raw weights 2.575364 and 1.693147; sklearn gives normalised 0.83559154 and 0.54935123.
    TextFeatureOptions options;
    options.bigrams = false;
    options.sublinearTf = false;
    options.minDocumentCount = 1;
    options.maxDocumentFraction = 1.0;
    const auto features = TextFeatures::build(
        {QStringLiteral("cat cat dog"), QStringLiteral("cat fish"), QStringLiteral("bird")}, options);
    ASSERT_EQ(features.rowCount(), 3u);
    EXPECT_EQ(features.termCount(), 4u); // cat, dog, fish, bird
    ASSERT_EQ(features.rowEnd(0) - features.rowBegin(0), 2);
    std::vector<float> weights;
    for (const auto* entry = features.rowBegin(0); entry != features.rowEnd(0); ++entry)
        weights.push_back(entry->weight);
    std::sort(weights.begin(), weights.end());
    EXPECT_NEAR(weights[0], 0.54935123, 1e-6);
    EXPECT_NEAR(weights[1], 0.83559154, 1e-6);
    EXPECT_NEAR(rowNorm(features, 2), 1.0, 1e-6);
}

TEST(TextFeaturesTest, BigramsJoinNeighbouringWordsAndRareTermsAreDropped)
{
    // With min_df = 2 only terms in two or more texts stay: "stem", "cell", "stem cell" (bigram).
    TextFeatureOptions options;
    options.maxDocumentFraction = 1.0;
    const auto features = TextFeatures::build(
        {QStringLiteral("stem cell therapy"), QStringLiteral("stem cell graft"), QStringLiteral("cell stem")}, options);
    EXPECT_EQ(features.termCount(), 3u);
    EXPECT_EQ(features.rowEnd(0) - features.rowBegin(0), 3);
    EXPECT_EQ(features.rowEnd(2) - features.rowBegin(2), 2); // "cell stem" is not the bigram "stem cell"
}

TEST(TextFeaturesTest, ATermInAlmostEveryRecordIsDropped)
{
    TextFeatureOptions options;
    options.bigrams = false;
    options.minDocumentCount = 1;
    options.maxDocumentFraction = 0.5;
    const auto features = TextFeatures::build(
        {QStringLiteral("the trial"), QStringLiteral("the cohort"), QStringLiteral("the survey")}, options);
    EXPECT_EQ(features.termCount(), 3u); // "the" is in all three
}
