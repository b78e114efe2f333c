// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddTagSpan.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/TransactionGuard.h"

namespace stemma::core::edit {

AddTagSpan::AddTagSpan(TagSpan span, QList<EvidenceTarget> targets)
    : m_span(std::move(span))
    , m_targets(std::move(targets))
{
    m_span.id = SpanId();
    // Fixed on construction so a redo stores the very same span as the first run.
    if (!m_span.createdAt.isValid())
        m_span.createdAt = QDateTime::currentDateTimeUtc();
}

Result<void> AddTagSpan::apply(ReviewProject& project)
{
    db::TransactionGuard transaction(project.database());
    TagSpan span = m_span;
    span.id = SpanId();
    auto id = project.codebook().insertSpan(span);
    if (!id)
        return id.error();
    for (const EvidenceTarget& target : m_targets)
        STEMMA_TRY(project.codebook().link(target.entity, target.entityId, target.field, *id));
    STEMMA_TRY(transaction.commit());
    m_span.id = *id;
    return {};
}

Result<void> AddTagSpan::revert(ReviewProject& project)
{
    if (!m_span.id.isValid())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this tag was never applied")};
    // The schema removes the span's links with it.
    STEMMA_TRY(project.codebook().removeSpan(m_span.id));
    m_span.id = SpanId();
    return {};
}

QString AddTagSpan::text() const
{
    return QStringLiteral("Tag \"%1\"").arg(m_span.quote.left(40));
}

Change AddTagSpan::change() const
{
    Change change{
        text(),
        {touched(EntityKind::TagSpan, m_span.id.value, Operation::Created),
         touched(EntityKind::Reference, m_span.reference.value, Operation::Updated, {QStringLiteral("tag_spans")})}};
    for (const EvidenceTarget& target : m_targets)
        if (auto kind = entityKindFromString(target.entity))
            change.entities << touched(*kind, target.entityId, Operation::Updated, {target.field});
    return change;
}

} // namespace stemma::core::edit
