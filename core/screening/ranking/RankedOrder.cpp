// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/RankedOrder.h"

#include "core/ReviewProject.h"
#include "core/db/ScreeningRepository.h"
#include "core/screening/ranking/StoppingProgress.h"

#include <algorithm>
#include <random>
#include <unordered_set>

namespace stemma::core::screening::ranking {

QString RankedOrder::name() const
{
    return QStringLiteral("relevance");
}

void RankedOrder::setScores(std::shared_ptr<const RelevanceScores> scores)
{
    const std::lock_guard lock(m_mutex);
    m_scores = std::move(scores);
}

std::shared_ptr<const RelevanceScores> RankedOrder::scores() const
{
    const std::lock_guard lock(m_mutex);
    return m_scores;
}

void RankedOrder::arrange(std::vector<ReferenceId>& candidates,
                          const RelevanceScores* scores,
                          const std::vector<ReferenceId>& screenedBeforeSample,
                          std::optional<std::uint64_t> sampleSeed)
{
    // One pass over the ranking instead of a sort with lookups: linear in the number of records.
    const std::unordered_set<ReferenceId> wanted(candidates.begin(), candidates.end());
    std::vector<ReferenceId> arranged;
    arranged.reserve(candidates.size());
    std::unordered_set<ReferenceId> placed;
    if (scores) {
        placed.reserve(scores->ranked.size());
        for (ReferenceId id : scores->ranked) {
            if (wanted.count(id) && placed.insert(id).second)
                arranged.push_back(id);
        }
    }
    std::vector<ReferenceId> unscored;
    for (ReferenceId id : candidates) {
        if (!placed.count(id))
            unscored.push_back(id);
    }
    std::sort(unscored.begin(), unscored.end(), [](ReferenceId a, ReferenceId b) { return a.value < b.value; });
    arranged.insert(arranged.end(), unscored.begin(), unscored.end());
    candidates = std::move(arranged);
    if (!sampleSeed)
        return;
    // The sample: records not screened when it began, shuffled once by the seed over their ids,
    // so the order does not depend on the model that happened to be current.
    const std::unordered_set<ReferenceId> before(screenedBeforeSample.begin(), screenedBeforeSample.end());
    const auto split = std::stable_partition(
        candidates.begin(), candidates.end(), [&before](ReferenceId id) { return before.count(id) > 0; });
    std::sort(split, candidates.end(), [](ReferenceId a, ReferenceId b) { return a.value < b.value; });
    std::mt19937_64 random(*sampleSeed);
    for (auto i = candidates.end() - split - 1; i > 0; --i) { // Fisher–Yates with a portable pick
        const auto j = static_cast<std::ptrdiff_t>(random() % static_cast<std::uint64_t>(i + 1));
        std::swap(split[i], split[j]);
    }
}

Result<void> RankedOrder::arrange(ReviewProject& project,
                                  ScreeningStage stage,
                                  std::vector<ReferenceId>& candidates) const
{
    const auto snapshot = scores();
    auto sample = PrioritisedScreening(project).sample(stage);
    if (!sample)
        return sample.error();
    std::vector<ReferenceId> before;
    std::optional<std::uint64_t> seed;
    if (*sample) {
        seed = (*sample)->seed;
        auto votes = project.screening().decisionsForStage(stage);
        if (!votes)
            return votes.error();
        for (const auto& vote : *votes) {
            if (vote.decidedAt < (*sample)->start)
                before.push_back(vote.reference);
        }
    }
    arrange(candidates, snapshot.get(), before, seed);
    return {};
}

} // namespace stemma::core::screening::ranking
