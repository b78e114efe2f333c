// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codebook.h"
#include "core/edit/EditCommand.h"

namespace stemma::core::edit {

/** Adds a tag to the codebook. Undo removes it (with any span tagged with it since). */
class AddTag final : public EditCommand
{
public:
    explicit AddTag(Tag tag);

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    /** The stored tag's id; invalid before apply() and after revert(). */
    TagId id() const { return m_tag.id; }

private:
    Tag m_tag;
};

} // namespace stemma::core::edit
