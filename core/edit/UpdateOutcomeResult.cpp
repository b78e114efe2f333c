// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/UpdateOutcomeResult.h"

#include "core/ReviewProject.h"
#include "core/db/OutcomeRepository.h"

namespace stemma::core::edit {

UpdateOutcomeResult::UpdateOutcomeResult(OutcomeResult edited)
    : m_edited(std::move(edited))
{
}

Result<void> UpdateOutcomeResult::validate(const OutcomeResult& result)
{
    const auto invalid = [](const QString& message) { return Error{ErrorCode::InvalidArgument, message}; };
    if (result.timepointMonths && *result.timepointMonths < 0)
        return invalid(QStringLiteral("a timepoint is months after treatment, not before"));
    if (result.n && *result.n < 0)
        return invalid(QStringLiteral("n cannot be negative"));
    if (result.events && *result.events < 0)
        return invalid(QStringLiteral("events cannot be negative"));
    if (result.events && result.n && *result.events > *result.n)
        return invalid(
            QStringLiteral("%1 events of %2 patients: events cannot exceed n").arg(*result.events).arg(*result.n));
    if (result.spread && *result.spread < 0)
        return invalid(QStringLiteral("a standard deviation cannot be negative"));
    if (result.lower && result.upper && *result.lower > *result.upper)
        return invalid(QStringLiteral("the lower quartile is above the upper one"));
    if (result.statistic == Statistic::Percentage && result.value && (*result.value < 0 || *result.value > 100))
        return invalid(QStringLiteral("a percentage lies between 0 and 100"));
    return {};
}

Result<void> UpdateOutcomeResult::apply(ReviewProject& project)
{
    auto current = project.outcomes().result(m_edited.id);
    if (!current)
        return current.error();
    STEMMA_TRY(validate(m_edited));
    OutcomeResult row = m_edited;
    row.study = current->study;           // a result never moves to another study
    row.sourceSpan = current->sourceSpan; // nor loses the text it came from
    STEMMA_TRY(project.outcomes().updateResult(row));
    if (!m_old)
        m_old = *current;
    return {};
}

Result<void> UpdateOutcomeResult::revert(ReviewProject& project)
{
    if (!m_old)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    return project.outcomes().updateResult(*m_old);
}

QString UpdateOutcomeResult::text() const
{
    return QStringLiteral("Edit outcome result");
}

Change UpdateOutcomeResult::change() const
{
    return Change{text(),
                  {touched(EntityKind::OutcomeResult, m_edited.id.value, Operation::Updated),
                   touched(EntityKind::Study,
                           m_old ? m_old->study.value : 0,
                           Operation::Updated,
                           {QStringLiteral("outcome_results")})}};
}

} // namespace stemma::core::edit
