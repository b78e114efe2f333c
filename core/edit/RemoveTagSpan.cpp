// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/RemoveTagSpan.h"

#include "core/ReviewProject.h"
#include "core/db/TransactionGuard.h"

namespace stemma::core::edit {

RemoveTagSpan::RemoveTagSpan(SpanId span)
    : m_id(span)
{
}

Result<void> RemoveTagSpan::apply(ReviewProject& project)
{
    auto span = project.codebook().span(m_id);
    if (!span)
        return span.error();
    auto links = project.codebook().linksForSpan(m_id);
    if (!links)
        return links.error();
    auto citations = resultsCiting(project, {*span});
    if (!citations)
        return citations.error();
    STEMMA_TRY(project.codebook().removeSpan(m_id));
    m_span = *span;
    m_links = *links;
    m_results = *citations;
    return {};
}

Result<void> RemoveTagSpan::revert(ReviewProject& project)
{
    if (!m_span)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this removal was never applied")};
    // Written back under its own id, so links, results and later edits that name it stay valid.
    db::TransactionGuard transaction(project.database());
    STEMMA_TRY(project.codebook().restoreSpan(*m_span));
    for (const db::EvidenceLink& link : m_links)
        STEMMA_TRY(project.codebook().restoreLink(link));
    STEMMA_TRY(restoreCitations(project, m_results));
    return transaction.commit();
}

QString RemoveTagSpan::text() const
{
    return m_span ? QStringLiteral("Remove tag \"%1\"").arg(m_span->quote.left(40)) : QStringLiteral("Remove tag");
}

Change RemoveTagSpan::change() const
{
    Change change{text(), {touched(EntityKind::TagSpan, m_id.value, Operation::Removed)}};
    if (m_span)
        change.entities << touched(
            EntityKind::Reference, m_span->reference.value, Operation::Updated, {QStringLiteral("tag_spans")});
    for (const SpanCitation& citation : m_results)
        change.entities << touched(
            EntityKind::OutcomeResult, citation.result.value, Operation::Updated, {QStringLiteral("source_span")});
    return change;
}

} // namespace stemma::core::edit
