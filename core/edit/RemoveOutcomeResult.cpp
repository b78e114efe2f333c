// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/RemoveOutcomeResult.h"

#include "core/ReviewProject.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/TransactionGuard.h"

namespace stemma::core::edit {

namespace {
const QString ENTITY = QStringLiteral("outcome_result");
}

RemoveOutcomeResult::RemoveOutcomeResult(OutcomeResultId id)
    : m_id(id)
{
}

Result<void> RemoveOutcomeResult::apply(ReviewProject& project)
{
    auto result = project.outcomes().result(m_id);
    if (!result)
        return result.error();
    auto links = project.codebook().linksFor(ENTITY, m_id.value);
    if (!links)
        return links.error();
    db::TransactionGuard transaction(project.database());
    for (const db::EvidenceLink& link : *links)
        STEMMA_TRY(project.codebook().unlink(link.entity, link.entityId, link.field, link.span));
    STEMMA_TRY(project.outcomes().removeResult(m_id));
    STEMMA_TRY(transaction.commit());
    m_removed = *result;
    m_links = *links;
    return {};
}

Result<void> RemoveOutcomeResult::revert(ReviewProject& project)
{
    if (!m_removed)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this removal was never applied")};
    db::TransactionGuard transaction(project.database());
    STEMMA_TRY(project.outcomes().restoreResult(*m_removed));
    for (const db::EvidenceLink& link : m_links)
        STEMMA_TRY(project.codebook().link(link.entity, link.entityId, link.field, link.span));
    STEMMA_TRY(transaction.commit());
    m_removed.reset();
    m_links.clear();
    return {};
}

QString RemoveOutcomeResult::text() const
{
    return QStringLiteral("Delete outcome result");
}

Change RemoveOutcomeResult::change() const
{
    return Change{text(),
                  {touched(EntityKind::OutcomeResult, m_id.value, Operation::Removed),
                   touched(EntityKind::Study,
                           m_removed ? m_removed->study.value : 0,
                           Operation::Updated,
                           {QStringLiteral("outcome_results")})}};
}

} // namespace stemma::core::edit
