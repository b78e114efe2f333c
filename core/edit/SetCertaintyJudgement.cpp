// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetCertaintyJudgement.h"

#include "core/ReviewProject.h"
#include "core/grade/Certainty.h"

namespace stemma::core::edit {

SetCertaintyJudgement::SetCertaintyJudgement(OutcomeMeasureId measure,
                                             QString comparison,
                                             QString domain,
                                             std::optional<db::StoredCertaintyJudgement> judgement)
    : m_measure(measure)
    , m_comparison(std::move(comparison))
    , m_domain(std::move(domain))
    , m_judgement(std::move(judgement))
{
    if (m_judgement) {
        m_judgement->measure = m_measure;
        m_judgement->comparison = m_comparison;
        m_judgement->domain = m_domain;
    }
}

Result<void> SetCertaintyJudgement::write(ReviewProject& project,
                                          const std::optional<db::StoredCertaintyJudgement>& judgement)
{
    if (judgement)
        return project.certainty().setJudgement(*judgement);
    return project.certainty().removeJudgement(m_measure, m_comparison, m_domain);
}

Result<void> SetCertaintyJudgement::apply(ReviewProject& project)
{
    if (!grade::certaintyDomainFromString(m_domain))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a GRADE domain").arg(m_domain)};
    auto stored = project.certainty().judgements(m_measure);
    if (!stored)
        return stored.error();
    std::optional<db::StoredCertaintyJudgement> previous;
    for (const db::StoredCertaintyJudgement& s : *stored)
        if (s.comparison == m_comparison && s.domain == m_domain)
            previous = s;
    STEMMA_TRY(write(project, m_judgement));
    m_previous = previous;
    m_applied = true;
    return {};
}

Result<void> SetCertaintyJudgement::revert(ReviewProject& project)
{
    if (!m_applied)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this judgement was never applied")};
    return write(project, m_previous);
}

QString SetCertaintyJudgement::text() const
{
    const auto domain = grade::certaintyDomainFromString(m_domain);
    return QStringLiteral("Judge %1").arg(domain ? grade::displayName(*domain).toLower() : m_domain);
}

SetOutcomeMid::SetOutcomeMid(OutcomeMeasureId measure, std::optional<db::OutcomeMid> mid)
    : m_measure(measure)
    , m_mid(std::move(mid))
{
    if (m_mid)
        m_mid->measure = m_measure;
}

Result<void> SetOutcomeMid::write(ReviewProject& project, const std::optional<db::OutcomeMid>& mid)
{
    return mid ? project.certainty().setMid(*mid) : project.certainty().removeMid(m_measure);
}

Result<void> SetOutcomeMid::apply(ReviewProject& project)
{
    auto previous = project.certainty().mid(m_measure);
    if (!previous)
        return previous.error();
    STEMMA_TRY(write(project, m_mid));
    m_previous = *previous;
    m_applied = true;
    return {};
}

Result<void> SetOutcomeMid::revert(ReviewProject& project)
{
    if (!m_applied)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this change was never applied")};
    return write(project, m_previous);
}

Change SetCertaintyJudgement::change() const
{
    return Change{text(), {touched(EntityKind::Certainty, m_measure.value, Operation::Updated, {m_domain})}};
}

Change SetOutcomeMid::change() const
{
    return Change{text(),
                  {touched(EntityKind::Certainty, m_measure.value, Operation::Updated, {QStringLiteral("mid")})}};
}

} // namespace stemma::core::edit
