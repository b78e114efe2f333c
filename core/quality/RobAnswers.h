// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/RiskOfBias.h"
#include "core/quality/JudgementEngine.h"

namespace stemma::core::quality {

/** Between a stored assessment and the engine: answers and judgements by question and domain id. */
QHash<QString, QString> answerMap(const QList<RobAnswer>& answers);
QHash<QString, ReviewerJudgement> judgementMap(const QList<RobJudgement>& judgements);

/** Replaces (or, with an empty answer, removes) the answer to the same question. */
void replaceAnswer(QList<RobAnswer>& answers, const RobAnswer& answer);
void replaceJudgement(QList<RobJudgement>& judgements, const RobJudgement& judgement);

/** The stored answer to \a questionId, or an empty one naming the question. */
RobAnswer answerFor(const QList<RobAnswer>& answers, const QString& questionId);
RobJudgement judgementFor(const QList<RobJudgement>& judgements, const QString& domainId);

/** The outcome of \a assessment under its built-in tool; fails for an unknown tool or invalid content. */
[[nodiscard]] Result<AssessmentOutcome> evaluate(const RobAssessment& assessment);
/** Only the check of evaluate(): the answers and judgements are ones the tool allows. */
[[nodiscard]] Result<void> checkAssessment(const RobAssessment& assessment);

} // namespace stemma::core::quality
