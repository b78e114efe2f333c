// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/LinkStudyReference.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"

namespace stemma::core::edit {

LinkStudyReference::LinkStudyReference(StudyId study, ReferenceId reference, Action action)
    : m_study(study)
    , m_reference(reference)
    , m_action(action)
{
}

Result<void> LinkStudyReference::apply(ReviewProject& project)
{
    auto study = project.studies().get(m_study);
    if (!study)
        return study.error();
    const QList<ReferenceId> before = study->references;
    if (m_action == Action::Link)
        STEMMA_TRY(project.studies().linkReference(m_study, m_reference));
    else
        STEMMA_TRY(project.studies().unlinkReference(m_study, m_reference));
    m_before = before;
    m_applied = true;
    return {};
}

Result<void> LinkStudyReference::revert(ReviewProject& project)
{
    if (!m_applied)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    auto study = project.studies().get(m_study);
    if (!study)
        return study.error();
    study->references = m_before;
    STEMMA_TRY(project.studies().update(*study));
    m_applied = false;
    return {};
}

QString LinkStudyReference::text() const
{
    return m_action == Action::Link ? QStringLiteral("Link reference") : QStringLiteral("Unlink reference");
}

Change LinkStudyReference::change() const
{
    return Change{text(),
                  {touched(EntityKind::Study, m_study.value, Operation::Updated, {QStringLiteral("references")}),
                   touched(EntityKind::Reference, m_reference.value, Operation::Updated, {QStringLiteral("studies")})}};
}

} // namespace stemma::core::edit
