// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SaveRobAssessment.h"

#include "core/ReviewProject.h"
#include "core/db/RiskOfBiasRepository.h"
#include "core/quality/QualityToolCatalog.h"
#include "core/quality/RobAnswers.h"

namespace stemma::core::edit {

SaveRobAssessment::SaveRobAssessment(RobAssessment assessment)
    : m_assessment(std::move(assessment))
    , m_isNew(!m_assessment.id.isValid())
{
}

Result<void> SaveRobAssessment::apply(ReviewProject& project)
{
    auto tool = quality::QualityToolCatalog::tool(m_assessment.toolId);
    if (!tool)
        return tool.error();
    if (m_assessment.toolVersion.isEmpty())
        m_assessment.toolVersion = tool->version;
    // Answers and judgements the tool does not allow are refused before anything is written.
    STEMMA_TRY(quality::checkAssessment(m_assessment));
    if (!m_isNew) {
        auto previous = project.riskOfBias().get(m_assessment.id);
        if (!previous)
            return previous.error();
        m_previous = *previous;
    }
    RobAssessment toStore = m_assessment;
    if (m_isNew)
        toStore.id = RobAssessmentId();
    auto id = project.riskOfBias().save(toStore);
    if (!id)
        return id.error();
    m_assessment.id = *id;
    return {};
}

Result<void> SaveRobAssessment::revert(ReviewProject& project)
{
    if (m_isNew)
        return project.riskOfBias().remove(m_assessment.id);
    if (!m_previous)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this assessment was never saved")};
    auto id = project.riskOfBias().save(*m_previous);
    if (!id)
        return id.error();
    return {};
}

QString SaveRobAssessment::text() const
{
    return m_assessment.kind == RobAssessmentKind::Consensus ? QStringLiteral("Resolve risk-of-bias assessments")
                                                             : QStringLiteral("Save risk-of-bias assessment");
}

Change SaveRobAssessment::change() const
{
    return Change{
        text(),
        {touched(EntityKind::RiskOfBias, m_assessment.id.value, m_isNew ? Operation::Created : Operation::Updated)}};
}

} // namespace stemma::core::edit
