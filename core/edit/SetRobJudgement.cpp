// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetRobJudgement.h"

#include "core/ReviewProject.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/quality/RobAnswers.h"

namespace stemma::core::edit {

SetRobJudgement::SetRobJudgement(RobAssessmentId assessment, RobJudgement judgement)
    : m_assessment(assessment)
    , m_judgement(std::move(judgement))
{
}

Result<void> SetRobJudgement::apply(ReviewProject& project)
{
    auto assessment = project.riskOfBias().get(m_assessment);
    if (!assessment)
        return assessment.error();
    RobAssessment changed = *assessment;
    quality::replaceJudgement(changed.judgements, m_judgement);
    STEMMA_TRY(quality::checkAssessment(changed));
    STEMMA_TRY(project.riskOfBias().setJudgement(m_assessment, m_judgement));
    m_previous = quality::judgementFor(assessment->judgements, m_judgement.domainId);
    return {};
}

Result<void> SetRobJudgement::revert(ReviewProject& project)
{
    if (!m_previous)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this judgement was never applied")};
    return project.riskOfBias().setJudgement(m_assessment, *m_previous);
}

QString SetRobJudgement::text() const
{
    return QStringLiteral("Judge %1").arg(m_judgement.domainId);
}

Change SetRobJudgement::change() const
{
    return Change{
        text(),
        {touched(EntityKind::RiskOfBias, m_assessment.value, Operation::Updated, {QStringLiteral("judgements")})}};
}

} // namespace stemma::core::edit
