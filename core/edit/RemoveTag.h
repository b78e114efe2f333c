// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/CodebookRepository.h"
#include "core/domain/Codebook.h"
#include "core/domain/Ids.h"
#include "core/edit/EditCommand.h"
#include "core/edit/SpanCitations.h"

#include <vector>

namespace stemma::core::edit {

/**
 * Removes a tag from the codebook, and with it (by the schema's cascades) its sub-tags, every span
 * tagged with any of them and the evidence links citing those spans; results that cited such a
 * span lose their source. apply() reads all of that first so revert() can write it back under
 * the same ids, leaving the file as it was.
 */
class RemoveTag final : public EditCommand
{
public:
    explicit RemoveTag(TagId tag);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

private:
    TagId m_id;
    QString m_name;
    std::vector<Tag> m_tags; ///< the tag and its sub-tags, parents before children
    std::vector<TagSpan> m_spans;
    std::vector<db::EvidenceLink> m_links;
    std::vector<SpanCitation> m_results;
    bool m_applied = false;
};

} // namespace stemma::core::edit
