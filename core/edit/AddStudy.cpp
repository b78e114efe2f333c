// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/AddStudy.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"

namespace stemma::core::edit {

AddStudy::AddStudy(Study study)
    : m_study(std::move(study))
{
    m_study.id = StudyId();
}

Result<void> AddStudy::apply(ReviewProject& project)
{
    Study row = m_study;
    row.id = StudyId();
    auto id = project.studies().insert(row);
    if (!id)
        return id.error();
    m_study.id = *id;
    return {};
}

Result<void> AddStudy::revert(ReviewProject& project)
{
    if (!m_study.id.isValid())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    STEMMA_TRY(project.studies().remove(m_study.id));
    m_study.id = StudyId();
    return {};
}

QString AddStudy::text() const
{
    return QStringLiteral("Add study %1").arg(m_study.label);
}

Change AddStudy::change() const
{
    return Change{text(), {touched(EntityKind::Study, m_study.id.value, Operation::Created)}};
}

} // namespace stemma::core::edit
