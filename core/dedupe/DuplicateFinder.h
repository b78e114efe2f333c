// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dedupe/DuplicateScorer.h"
#include "core/dedupe/Fingerprint.h"

#include <vector>

namespace stemma::core::dedupe {

/** Two references that may be the same work; first < second. */
struct CandidatePair
{
    ReferenceId first;
    ReferenceId second;
    PairScore score;
};

/**
 * Finds likely duplicates without comparing every pair: records are grouped into blocks that
 * duplicates almost always share (title start, title end, rarest title words, first author with
 * year ±1, DOI), and only pairs within a block are scored. Very large blocks, which only
 * common keys produce, are skipped, so the work stays near-linear in the number of records.
 */
class DuplicateFinder
{
public:
    static constexpr double DEFAULT_MIN_SCORE = 0.75;
    static constexpr std::size_t MAX_BLOCK = 64;

    explicit DuplicateFinder(double minimumScore = DEFAULT_MIN_SCORE)
        : m_minimumScore(minimumScore)
    {
    }

    /** The pairs scoring at least the minimum, best first. */
    std::vector<CandidatePair> find(const std::vector<Fingerprint>& records) const;

private:
    double m_minimumScore;
};

} // namespace stemma::core::dedupe
