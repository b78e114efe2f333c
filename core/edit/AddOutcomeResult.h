// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codebook.h"
#include "core/domain/Outcome.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/**
 * Stores an outcome number. Given the text it came from, it also tags that span, makes it the
 * result's sourceSpan and links the result's "value" to it, so the number can be traced back.
 * Undo removes the result and the span it created.
 */
class AddOutcomeResult final : public EditCommand
{
public:
    explicit AddOutcomeResult(OutcomeResult result, std::optional<TagSpan> evidence = std::nullopt);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    OutcomeResultId id() const { return m_result.id; }
    /** The span the command created; invalid when it was given none or is not applied. */
    SpanId spanId() const { return m_spanId; }

private:
    OutcomeResult m_result;
    std::optional<TagSpan> m_evidence;
    SpanId m_spanId;
};

} // namespace stemma::core::edit
