// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/UpdateTag.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"

namespace stemma::core::edit {

UpdateTag::UpdateTag(Tag tag)
    : m_new(std::move(tag))
{
}

Result<void> UpdateTag::apply(ReviewProject& project)
{
    auto current = project.codebook().tag(m_new.id);
    if (!current)
        return current.error();
    STEMMA_TRY(project.codebook().updateTag(m_new));
    if (!m_old)
        m_old = *current;
    return {};
}

Result<void> UpdateTag::revert(ReviewProject& project)
{
    if (!m_old)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    return project.codebook().updateTag(*m_old);
}

QString UpdateTag::text() const
{
    return m_old && m_old->name != m_new.name ? QStringLiteral("Rename tag %1").arg(m_old->name)
                                              : QStringLiteral("Edit tag %1").arg(m_new.name);
}

Change UpdateTag::change() const
{
    return Change{text(), {touched(EntityKind::Tag, m_new.id.value, Operation::Updated)}};
}

} // namespace stemma::core::edit
