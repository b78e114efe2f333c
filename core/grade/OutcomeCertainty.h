// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/Comparison.h"
#include "core/domain/RiskOfBias.h"
#include "core/grade/CertaintyProposer.h"

#include <QHash>

#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::grade {

/** The certainty of one comparison row: the proposal with the reviewer's stored judgements applied. */
struct RowCertainty
{
    QString comparison; ///< comparisonKey() of the row
    std::size_t rowIndex = 0;
    CertaintyAssessment assessment;
};

/** The stable name of a comparison row for stored judgements: "msc", "hsct", "msc/patients", "msc/umbilical-cord". */
QString comparisonKey(const compare::ComparisonRow& row);

/**
 * Each study's overall risk-of-bias concern for \a measure, from \a assessments: a consensus
 * before an independent assessment, one of the outcome before one of the whole study, and of
 * several unresolved independent ones the worst. Studies without a complete overall judgement
 * are absent.
 */
[[nodiscard]] Result<QHash<qint64, quality::Concern>> studyConcerns(const std::vector<RobAssessment>& assessments,
                                                                    OutcomeMeasureId measure);

/** What the proposals read from a comparison row. */
OutcomeEvidence evidenceFor(const compare::Comparison& comparison,
                            const compare::ComparisonRow& row,
                            std::optional<double> mid,
                            const QHash<qint64, quality::Concern>& concerns);

/**
 * Proposes the certainty of every aggregate and patient-level row of \a comparison from the
 * project's data (risk-of-bias assessments, MID) and applies the reviewer's stored judgements.
 */
[[nodiscard]] Result<std::vector<RowCertainty>> assessCertainty(ReviewProject& project,
                                                                const compare::Comparison& comparison);

} // namespace stemma::core::grade
