// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Outcome.h"

#include <optional>
#include <vector>

namespace stemma::core::db {

class Database;

/**
 * Stores the outcome catalogue (seeded by migration 0002 with mRSS, FVC, TRM…) and the numbers
 * extracted for arms and patients. A result names its study and, for arm-level or individual
 * data, the arm or patient; removing any of them removes the result.
 */
class OutcomeRepository
{
public:
    explicit OutcomeRepository(Database& database);

    /** The whole catalogue in id order (the seeded measures first). */
    Result<std::vector<OutcomeMeasure>> measures();
    /** The measure with this code (case-sensitive, as stored), or nothing. */
    Result<std::optional<OutcomeMeasure>> findByCode(const QString& code);
    /** Adds a measure to the catalogue; a code already in use is a Constraint error. */
    Result<OutcomeMeasureId> insertMeasure(const OutcomeMeasure& measure);

    Result<OutcomeResultId> insertResult(const OutcomeResult& result);
    /** Stores a removed result again under its old id, so edits and links that name it still find it. */
    Result<void> restoreResult(const OutcomeResult& result);
    Result<void> updateResult(const OutcomeResult& result);
    Result<OutcomeResult> result(OutcomeResultId id);
    /** The study's results ordered by measure, timepoint and insertion. */
    Result<std::vector<OutcomeResult>> resultsForStudy(StudyId study);
    /** Every result of one measure across studies, for pooling; ordered by study then timepoint. */
    Result<std::vector<OutcomeResult>> resultsForMeasure(OutcomeMeasureId measure);
    Result<void> removeResult(OutcomeResultId id);

private:
    Database& m_database;
};

} // namespace stemma::core::db
