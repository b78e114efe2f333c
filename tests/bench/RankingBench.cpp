// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prioritised screening at scale: TF-IDF features of 100,000 generated records (time and
// memory), retraining the relevance model on 2,000 labelled records, and scoring all 100,000.
// Run by hand: build/tests/bench/stemma_bench_ranking
#include "core/screening/ranking/RelevanceModel.h"
#include "core/screening/ranking/TextFeatures.h"

#include <benchmark/benchmark.h>

#include <QString>

#include <cmath>
#include <random>

using namespace stemma::core::screening::ranking;

namespace {

constexpr int RECORD_COUNT = 100'000;
constexpr int WORDS_PER_RECORD = 180; // title and abstract of a typical biomedical record
constexpr int VOCABULARY = 30'000;

/**
 * Records whose words follow Zipf's law over a fixed vocabulary, as words in abstracts do; one
 * record in twenty also draws from a small "topic" vocabulary, the relevant ones.
 */
std::vector<QString> generateRecords(int count, std::vector<bool>& relevant)
{
    std::mt19937_64 random(20261207);
    std::vector<double> weights(VOCABULARY);
    for (int i = 0; i < VOCABULARY; ++i)
        weights[static_cast<std::size_t>(i)] = 1.0 / (i + 1);
    std::discrete_distribution<int> word(weights.begin(), weights.end());
    std::uniform_int_distribution<int> topicWord(0, 49);
    std::vector<QString> texts;
    texts.reserve(static_cast<std::size_t>(count));
    relevant.assign(static_cast<std::size_t>(count), false);
    for (int r = 0; r < count; ++r) {
        const bool isRelevant = r % 20 == 0;
        relevant[static_cast<std::size_t>(r)] = isRelevant;
        QString text;
        for (int w = 0; w < WORDS_PER_RECORD; ++w) {
            if (isRelevant && w % 6 == 0)
                text += QStringLiteral("topic%1 ").arg(topicWord(random));
            else
                text += QStringLiteral("w%1 ").arg(word(random));
        }
        texts.push_back(text);
    }
    return texts;
}

struct Corpus
{
    std::vector<bool> relevant;
    TextFeatures features;
};

const Corpus& corpus()
{
    static const Corpus built = [] {
        Corpus c;
        c.features = TextFeatures::build(generateRecords(RECORD_COUNT, c.relevant));
        return c;
    }();
    return built;
}

void BM_BuildFeatures100k(benchmark::State& state)
{
    std::vector<bool> relevant;
    const auto texts = generateRecords(RECORD_COUNT, relevant);
    for (auto _ : state) {
        auto features = TextFeatures::build(texts);
        state.counters["feature_MB"] = static_cast<double>(features.memoryBytes()) / (1024.0 * 1024.0);
        state.counters["terms"] = static_cast<double>(features.termCount());
        state.counters["nonzeros"] = static_cast<double>(features.nonZeroCount());
    }
}
BENCHMARK(BM_BuildFeatures100k)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_Retrain2000Labelled(benchmark::State& state)
{
    const auto& c = corpus();
    std::vector<std::size_t> rows;
    std::vector<bool> labels;
    for (std::size_t i = 0; i < 2000; ++i) {
        rows.push_back(i);
        labels.push_back(c.relevant[i]);
    }
    RelevanceModelOptions options;
    options.loss = state.range(0) == 0 ? RelevanceModelOptions::Loss::Logistic : RelevanceModelOptions::Loss::HingeSvm;
    for (auto _ : state) {
        auto model = RelevanceModel::train(c.features, rows, labels, options);
        benchmark::DoNotOptimize(model);
    }
}
BENCHMARK(BM_Retrain2000Labelled)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_Score100k(benchmark::State& state)
{
    const auto& c = corpus();
    std::vector<std::size_t> rows;
    std::vector<bool> labels;
    for (std::size_t i = 0; i < 2000; ++i) {
        rows.push_back(i);
        labels.push_back(c.relevant[i]);
    }
    auto model = RelevanceModel::train(c.features, rows, labels);
    for (auto _ : state) {
        double sum = 0;
        for (std::size_t row = 0; row < c.features.rowCount(); ++row)
            sum += model->score(c.features, row);
        benchmark::DoNotOptimize(sum);
    }
}
BENCHMARK(BM_Score100k)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
