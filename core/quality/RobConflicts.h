// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/RiskOfBias.h"

#include <vector>

namespace stemma::core::quality {

/**
 * Two reviewers' independent assessments of the same study, outcome and tool that disagree:
 * the domains whose standing judgements differ and the questions answered differently.
 */
struct RobConflict
{
    StudyId study;
    OutcomeMeasureId measure;
    QString toolId;
    RobAssessmentId first;
    RobAssessmentId second;
    QStringList domains;   ///< domain ids, "overall" last, whose judgements differ
    QStringList questions; ///< question ids answered differently (or by one only)
    bool resolved = false; ///< a consensus assessment exists for the study, outcome and tool
};

/**
 * The conflicts among \a assessments (as listed by the repository): every pair of independent
 * assessments of one study, outcome and tool whose judgements differ in some domain. Answers
 * alone differing without changing a judgement is not a conflict, as in screening only the
 * decision counts; the differing answers are listed to help the discussion.
 */
[[nodiscard]] Result<QList<RobConflict>> findRobConflicts(const std::vector<RobAssessment>& assessments);

/**
 * What \a reviewer may see while assessing blind: their own independent assessments and the
 * consensus ones; never another reviewer's independent assessment.
 */
std::vector<RobAssessment> visibleWhileBlind(const std::vector<RobAssessment>& assessments, ReviewerId reviewer);

} // namespace stemma::core::quality
