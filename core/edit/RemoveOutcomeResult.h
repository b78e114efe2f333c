// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/CodebookRepository.h"
#include "core/domain/Outcome.h"
#include "core/edit/EditCommand.h"

#include <optional>
#include <vector>

namespace stemma::core::edit {

/**
 * Deletes an outcome result and the evidence links that cite it; the tagged text stays tagged.
 * Undo stores the result again under its old id with its links, so earlier edits still find it.
 */
class RemoveOutcomeResult final : public EditCommand
{
public:
    explicit RemoveOutcomeResult(OutcomeResultId id);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

private:
    OutcomeResultId m_id;
    std::optional<OutcomeResult> m_removed;
    std::vector<db::EvidenceLink> m_links;
};

} // namespace stemma::core::edit
