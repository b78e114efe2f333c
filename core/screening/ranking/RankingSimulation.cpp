// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/RankingSimulation.h"

#include "core/screening/ranking/TextFeatures.h"

#include <algorithm>
#include <limits>
#include <random>

namespace stemma::core::screening::ranking {
namespace {

/** A uniform pick from \a count items that is the same on every platform (std distributions are not). */
std::size_t pick(std::mt19937_64& random, std::size_t count)
{
    return static_cast<std::size_t>(random() % count);
}

} // namespace

RankingSimulation::RankingSimulation(const TextFeatures& features,
                                     const std::vector<bool>& included,
                                     const RelevanceModelOptions& options)
    : m_features(features)
    , m_included(included)
    , m_options(options)
{
}

Result<SimulationRun> RankingSimulation::run(std::uint64_t seed) const
{
    std::vector<std::size_t> includes;
    std::vector<std::size_t> excludes;
    for (std::size_t i = 0; i < m_included.size(); ++i)
        (m_included[i] ? includes : excludes).push_back(i);
    if (includes.size() < 2 || excludes.empty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a simulation needs at least two included records and one excluded record"));

    SimulationRun result;
    result.seed = seed;
    std::mt19937_64 random(seed);
    result.priorInclude = includes[pick(random, includes.size())];
    result.priorExclude = excludes[pick(random, excludes.size())];

    std::vector<std::size_t> rows{result.priorInclude, result.priorExclude};
    std::vector<bool> labels{true, false};
    std::vector<std::size_t> unscreened;
    for (std::size_t i = 0; i < m_included.size(); ++i) {
        if (i != result.priorInclude && i != result.priorExclude)
            unscreened.push_back(i);
    }
    int remaining = static_cast<int>(includes.size()) - 1;
    while (remaining > 0 && !unscreened.empty()) {
        auto model = RelevanceModel::train(m_features, rows, labels, m_options);
        if (!model)
            return model.error();
        std::size_t best = 0;
        double bestScore = -std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < unscreened.size(); ++i) {
            const double score = model->score(m_features, unscreened[i]);
            if (score > bestScore) { // ties go to the earlier record, so runs are reproducible
                bestScore = score;
                best = i;
            }
        }
        const std::size_t row = unscreened[best];
        unscreened.erase(unscreened.begin() + static_cast<std::ptrdiff_t>(best));
        const bool label = m_included[row];
        rows.push_back(row);
        labels.push_back(label);
        result.labels.push_back(label);
        remaining -= label ? 1 : 0;
    }
    result.metrics = ScreeningMetrics::compute(result.labels, static_cast<int>(m_included.size()));
    return result;
}

ScreeningMetrics RankingSimulation::plainOrder() const
{
    return ScreeningMetrics::compute(m_included, static_cast<int>(m_included.size()));
}

} // namespace stemma::core::screening::ranking
