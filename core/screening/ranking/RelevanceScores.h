// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <unordered_map>
#include <vector>

namespace stemma::core::screening::ranking {

/**
 * What one trained model says about every record: its relevance (0–1) and the records from
 * most to least likely relevant. Immutable once made, so a snapshot can be handed from the
 * training thread to the screen without locking.
 */
struct RelevanceScores
{
    std::vector<ReferenceId> ranked;                   ///< most likely relevant first
    std::unordered_map<ReferenceId, double> relevance; ///< logistic of the decision value
    int trainedOn = 0;                                 ///< labelled records the model learned from
    int includesTrainedOn = 0;

    double relevanceOf(ReferenceId id) const
    {
        const auto found = relevance.find(id);
        return found == relevance.end() ? -1.0 : found->second;
    }
};

} // namespace stemma::core::screening::ranking
