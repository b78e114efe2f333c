// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddOutcomeResult.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/TransactionGuard.h"

namespace stemma::core::edit {

AddOutcomeResult::AddOutcomeResult(OutcomeResult result, std::optional<TagSpan> evidence)
    : m_result(std::move(result))
    , m_evidence(std::move(evidence))
{
    m_result.id = OutcomeResultId();
    if (m_evidence) {
        m_evidence->id = SpanId();
        if (!m_evidence->createdAt.isValid())
            m_evidence->createdAt = QDateTime::currentDateTimeUtc();
    }
}

Result<void> AddOutcomeResult::apply(ReviewProject& project)
{
    db::TransactionGuard transaction(project.database());
    OutcomeResult row = m_result;
    row.id = OutcomeResultId();
    SpanId span;
    if (m_evidence) {
        auto stored = project.codebook().insertSpan(*m_evidence);
        if (!stored)
            return stored.error();
        span = *stored;
        row.sourceSpan = span;
    }
    auto id = project.outcomes().insertResult(row);
    if (!id)
        return id.error();
    if (span.isValid())
        STEMMA_TRY(project.codebook().link(QStringLiteral("outcome_result"), id->value, QStringLiteral("value"), span));
    STEMMA_TRY(transaction.commit());
    m_result.id = *id;
    m_spanId = span;
    return {};
}

Result<void> AddOutcomeResult::revert(ReviewProject& project)
{
    if (!m_result.id.isValid())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    db::TransactionGuard transaction(project.database());
    STEMMA_TRY(project.outcomes().removeResult(m_result.id));
    if (m_spanId.isValid())
        STEMMA_TRY(project.codebook().removeSpan(m_spanId));
    STEMMA_TRY(transaction.commit());
    m_result.id = OutcomeResultId();
    m_spanId = SpanId();
    return {};
}

QString AddOutcomeResult::text() const
{
    return QStringLiteral("Add outcome result");
}

Change AddOutcomeResult::change() const
{
    Change change{
        text(),
        {touched(EntityKind::OutcomeResult, m_result.id.value, Operation::Created),
         touched(EntityKind::Study, m_result.study.value, Operation::Updated, {QStringLiteral("outcome_results")})}};
    if (m_spanId.isValid()) {
        change.entities << touched(EntityKind::TagSpan, m_spanId.value, Operation::Created)
                        << touched(EntityKind::Reference,
                                   m_evidence->reference.value,
                                   Operation::Updated,
                                   {QStringLiteral("tag_spans")});
    }
    return change;
}

} // namespace stemma::core::edit
