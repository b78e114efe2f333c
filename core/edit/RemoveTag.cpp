// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/RemoveTag.h"

#include "core/ReviewProject.h"
#include "core/db/TransactionGuard.h"

namespace stemma::core::edit {

RemoveTag::RemoveTag(TagId tag)
    : m_id(tag)
{
}

Result<void> RemoveTag::apply(ReviewProject& project)
{
    auto& codebook = project.codebook();
    auto root = codebook.tag(m_id);
    if (!root)
        return root.error();
    std::vector<Tag> tags{*root};
    for (size_t i = 0; i < tags.size(); ++i) { // breadth first, so parents come before children
        auto children = codebook.children(tags[i].id);
        if (!children)
            return children.error();
        tags.insert(tags.end(), children->begin(), children->end());
    }
    std::vector<TagSpan> spans;
    std::vector<db::EvidenceLink> links;
    for (const Tag& tag : tags) {
        auto tagged = codebook.spansForTag(tag.id);
        if (!tagged)
            return tagged.error();
        for (const TagSpan& span : *tagged) {
            spans.push_back(span);
            auto cited = codebook.linksForSpan(span.id);
            if (!cited)
                return cited.error();
            links.insert(links.end(), cited->begin(), cited->end());
        }
    }
    auto citations = resultsCiting(project, spans);
    if (!citations)
        return citations.error();
    STEMMA_TRY(codebook.removeTag(m_id));
    m_name = root->name;
    m_tags = std::move(tags);
    m_spans = std::move(spans);
    m_links = std::move(links);
    m_results = std::move(*citations);
    m_applied = true;
    return {};
}

Result<void> RemoveTag::revert(ReviewProject& project)
{
    if (!m_applied)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this removal was never applied")};
    db::TransactionGuard transaction(project.database());
    for (const Tag& tag : m_tags)
        STEMMA_TRY(project.codebook().restoreTag(tag));
    for (const TagSpan& span : m_spans)
        STEMMA_TRY(project.codebook().restoreSpan(span));
    for (const db::EvidenceLink& link : m_links)
        STEMMA_TRY(project.codebook().restoreLink(link));
    STEMMA_TRY(restoreCitations(project, m_results));
    STEMMA_TRY(transaction.commit());
    m_applied = false;
    return {};
}

QString RemoveTag::text() const
{
    return QStringLiteral("Remove tag %1").arg(m_name);
}

Change RemoveTag::change() const
{
    Change change{text(), {}};
    for (const Tag& tag : m_tags)
        change.entities << touched(EntityKind::Tag, tag.id.value, Operation::Removed);
    QList<qint64> references;
    for (const TagSpan& span : m_spans) {
        change.entities << touched(EntityKind::TagSpan, span.id.value, Operation::Removed);
        if (!references.contains(span.reference.value))
            references << span.reference.value;
    }
    for (const qint64 reference : references)
        change.entities << touched(EntityKind::Reference, reference, Operation::Updated, {QStringLiteral("tag_spans")});
    for (const SpanCitation& citing : m_results)
        change.entities << touched(
            EntityKind::OutcomeResult, citing.result.value, Operation::Updated, {QStringLiteral("source_span")});
    return change;
}

} // namespace stemma::core::edit
