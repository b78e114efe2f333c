// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/RemoveTagSpan.h"

#include "core/ReviewProject.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/StudyRepository.h"
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
    // Results cite their span directly; only studies of the span's reference can hold such results.
    std::vector<OutcomeResultId> results;
    auto studies = project.studies().studiesForReference(span->reference);
    if (!studies)
        return studies.error();
    for (const StudyId study : *studies) {
        auto rows = project.outcomes().resultsForStudy(study);
        if (!rows)
            return rows.error();
        for (const OutcomeResult& row : *rows)
            if (row.sourceSpan == m_id)
                results.push_back(row.id);
    }
    STEMMA_TRY(project.codebook().removeSpan(m_id));
    m_span = *span;
    m_links = *links;
    m_results = results;
    return {};
}

Result<void> RemoveTagSpan::revert(ReviewProject& project)
{
    if (!m_span)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this removal was never applied")};
    db::TransactionGuard transaction(project.database());
    TagSpan span = *m_span;
    span.id = SpanId();
    auto id = project.codebook().insertSpan(span);
    if (!id)
        return id.error();
    for (const db::EvidenceLink& link : m_links)
        STEMMA_TRY(project.codebook().link(link.entity, link.entityId, link.field, *id));
    for (const OutcomeResultId resultId : m_results) {
        auto result = project.outcomes().result(resultId);
        if (!result)
            return result.error();
        result->sourceSpan = *id;
        STEMMA_TRY(project.outcomes().updateResult(*result));
    }
    STEMMA_TRY(transaction.commit());
    m_id = *id;
    return {};
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
    for (const OutcomeResultId result : m_results)
        change.entities << touched(
            EntityKind::OutcomeResult, result.value, Operation::Updated, {QStringLiteral("source_span")});
    return change;
}

} // namespace stemma::core::edit
