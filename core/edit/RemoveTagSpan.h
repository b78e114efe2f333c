// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/CodebookRepository.h"
#include "core/domain/Outcome.h"
#include "core/edit/EditCommand.h"
#include "core/edit/SpanCitations.h"

#include <optional>
#include <vector>

namespace stemma::core::edit {

/**
 * Removes a tagged span. Undo stores it again with the evidence links that cited it and points the
 * outcome results that named it as their source back at it.
 */
class RemoveTagSpan final : public EditCommand
{
public:
    explicit RemoveTagSpan(SpanId span);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    /** The id the span has now: a revert stores it under a new one. */
    SpanId spanId() const { return m_id; }

private:
    SpanId m_id;
    std::optional<TagSpan> m_span;
    std::vector<db::EvidenceLink> m_links;
    std::vector<SpanCitation> m_results;
};

} // namespace stemma::core::edit
