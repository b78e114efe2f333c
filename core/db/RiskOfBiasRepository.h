// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/RiskOfBias.h"

#include <optional>
#include <vector>

namespace stemma::core::db {

class Database;

/** Which assessments list() returns; an unset field matches every row. */
struct RobFilter
{
    StudyId study;
    ReviewerId reviewer; ///< blind mode: only this reviewer's own independent assessments
    std::optional<RobAssessmentKind> kind;
};

/**
 * Stores risk-of-bias assessments: each with its answers (and their supporting spans) and the
 * reviewer's judgements. A consensus assessment is a row of its own, so the two independent
 * assessments it resolves stay as they were.
 */
class RiskOfBiasRepository
{
public:
    explicit RiskOfBiasRepository(Database& database);

    /**
     * Stores \a assessment with its answers and judgements: a new row when its id is not valid,
     * else replacing the stored one wholly. Fails with Constraint when the same reviewer already
     * has an assessment of that study, outcome and tool (or a consensus exists).
     */
    [[nodiscard]] Result<RobAssessmentId> save(const RobAssessment& assessment);
    [[nodiscard]] Result<RobAssessment> get(RobAssessmentId id);
    /** Assessments matching \a filter, ordered by study, outcome, tool, kind and reviewer. */
    [[nodiscard]] Result<std::vector<RobAssessment>> list(const RobFilter& filter = {});
    [[nodiscard]] Result<void> remove(RobAssessmentId id);

    /** Sets (or, with an empty answer, clears) one answer. */
    [[nodiscard]] Result<void> setAnswer(RobAssessmentId id, const RobAnswer& answer);
    /** Sets (or, with an empty judgement, clears) the reviewer's judgement of one domain. */
    [[nodiscard]] Result<void> setJudgement(RobAssessmentId id, const RobJudgement& judgement);

private:
    Result<void> touch(RobAssessmentId id);
    Result<void> writeChildren(RobAssessmentId id, const RobAssessment& assessment);
    Result<void> readChildren(RobAssessment& assessment);

    Database& m_database;
};

} // namespace stemma::core::db
