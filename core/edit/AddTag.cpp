// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddTag.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"

namespace stemma::core::edit {

AddTag::AddTag(Tag tag)
    : m_tag(std::move(tag))
{
    m_tag.id = TagId();
}

Result<void> AddTag::apply(ReviewProject& project)
{
    Tag row = m_tag;
    row.id = TagId();
    auto id = project.codebook().insertTag(row);
    if (!id)
        return id.error();
    m_tag.id = *id;
    return {};
}

Result<void> AddTag::revert(ReviewProject& project)
{
    if (!m_tag.id.isValid())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    STEMMA_TRY(project.codebook().removeTag(m_tag.id));
    m_tag.id = TagId();
    return {};
}

QString AddTag::text() const
{
    return QStringLiteral("Add tag %1").arg(m_tag.name);
}

Change AddTag::change() const
{
    return Change{text(), {touched(EntityKind::Tag, m_tag.id.value, Operation::Created)}};
}

} // namespace stemma::core::edit
