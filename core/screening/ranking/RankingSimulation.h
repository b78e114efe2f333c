// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/screening/ranking/RelevanceModel.h"
#include "core/screening/ranking/ScreeningMetrics.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace stemma::core::screening::ranking {

class TextFeatures;

/** One simulated screening of a labelled dataset. */
struct SimulationRun
{
    std::uint64_t seed = 0;
    std::size_t priorInclude = 0; ///< row given as prior knowledge
    std::size_t priorExclude = 0;
    std::vector<bool> labels; ///< labels in the order screened after the priors, up to the last relevant record
    ScreeningMetrics metrics;
};

/**
 * Replays screening on records whose outcome is known, the way ASReview's simulation mode
 * does: one random include and one random exclude are the prior knowledge, the model is
 * retrained after every label and the top-ranked unscreened record is screened next. The run
 * ends once every relevant record is found (nothing after that changes any measure).
 */
class RankingSimulation
{
public:
    RankingSimulation(const TextFeatures& features,
                      const std::vector<bool>& included,
                      const RelevanceModelOptions& options = {});

    Result<SimulationRun> run(std::uint64_t seed) const;
    /** What screening in the plain order (file order) would give, for comparison. */
    ScreeningMetrics plainOrder() const;

private:
    const TextFeatures& m_features;
    const std::vector<bool>& m_included;
    RelevanceModelOptions m_options;
};

} // namespace stemma::core::screening::ranking
