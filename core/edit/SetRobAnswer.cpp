// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetRobAnswer.h"

#include "core/ReviewProject.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/quality/RobAnswers.h"

namespace stemma::core::edit {

SetRobAnswer::SetRobAnswer(RobAssessmentId assessment, RobAnswer answer)
    : m_assessment(assessment)
    , m_answer(std::move(answer))
{
}

Result<void> SetRobAnswer::apply(ReviewProject& project)
{
    auto assessment = project.riskOfBias().get(m_assessment);
    if (!assessment)
        return assessment.error();
    RobAssessment changed = *assessment;
    quality::replaceAnswer(changed.answers, m_answer);
    STEMMA_TRY(quality::checkAssessment(changed));
    STEMMA_TRY(project.riskOfBias().setAnswer(m_assessment, m_answer));
    m_previous = quality::answerFor(assessment->answers, m_answer.questionId);
    return {};
}

Result<void> SetRobAnswer::revert(ReviewProject& project)
{
    if (!m_previous)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this answer was never applied")};
    return project.riskOfBias().setAnswer(m_assessment, *m_previous);
}

QString SetRobAnswer::text() const
{
    return QStringLiteral("Answer %1").arg(m_answer.questionId);
}

Change SetRobAnswer::change() const
{
    return Change{
        text(), {touched(EntityKind::RiskOfBias, m_assessment.value, Operation::Updated, {QStringLiteral("answers")})}};
}

} // namespace stemma::core::edit
