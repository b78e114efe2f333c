// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codebook.h"
#include "core/edit/EditCommand.h"

#include <optional>

namespace stemma::core::edit {

/**
 * Rewrites a tag (name, colour, description, parent, position). The tag as it was is read on the
 * first apply(), so renaming or recolouring needs only the new values; revert() writes it back.
 */
class UpdateTag final : public EditCommand
{
public:
    explicit UpdateTag(Tag tag);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    const std::optional<Tag>& oldTag() const { return m_old; }

private:
    Tag m_new;
    std::optional<Tag> m_old;
};

} // namespace stemma::core::edit
