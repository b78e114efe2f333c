// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/dedupe/DuplicateFinder.h"
#include "core/dedupe/Fingerprint.h"

#include <QDateTime>

#include <vector>

namespace stemma::core::db {

class Database;

enum class CandidateStatus { Pending, Merged, Distinct };

/** A stored pair of possible duplicates and what the reviewer decided. */
struct DuplicateCandidate
{
    qint64 id = 0;
    ReferenceId first;
    ReferenceId second;
    double score = 0;
    QString reasons;
    CandidateStatus status = CandidateStatus::Pending;
};

/**
 * The queue of possible duplicates. Merging marks the later reference as merged into the
 * earlier one, keeping both rows and all their sources; undoing clears the mark again.
 */
class DuplicateRepository
{
public:
    explicit DuplicateRepository(Database& database);

    /** Fingerprints of every surviving (unmerged) reference, for the finder. */
    Result<std::vector<dedupe::Fingerprint>> fingerprints();
    /** Stores new pairs as pending; pairs already decided keep their decision. */
    Result<int> store(const std::vector<dedupe::CandidatePair>& pairs);
    /** Stored pairs, best first; \a pendingOnly hides decided ones. */
    Result<std::vector<DuplicateCandidate>> candidates(bool pendingOnly = true);
    Result<DuplicateCandidate> candidate(qint64 id);

    /** Merges the pair's second reference into its first. */
    Result<void> merge(qint64 candidateId);
    /** Records that the pair are different works. */
    Result<void> markDistinct(qint64 candidateId);
    /** Takes back a merge or a "distinct" decision; the pair is pending again. */
    Result<void> undo(qint64 candidateId);

private:
    Result<void> setStatus(qint64 candidateId, CandidateStatus status);

    Database& m_database;
};

} // namespace stemma::core::db
