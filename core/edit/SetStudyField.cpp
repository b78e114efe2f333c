// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetStudyField.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"

namespace stemma::core::edit {

SetStudyField::SetStudyField(StudyId study, StudyField field, QString newValue)
    : m_study(study)
    , m_field(field)
    , m_newValue(std::move(newValue))
{
}

Result<void> SetStudyField::apply(ReviewProject& project)
{
    return write(project, m_newValue, !m_oldValue.has_value());
}

Result<void> SetStudyField::revert(ReviewProject& project)
{
    if (!m_oldValue)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    return write(project, *m_oldValue, false);
}

Result<void> SetStudyField::write(ReviewProject& project, const QString& text, bool rememberOld)
{
    auto study = project.studies().get(m_study);
    if (!study)
        return study.error();
    const QString previous = value(*study, m_field);
    STEMMA_TRY(setValue(*study, m_field, text));
    STEMMA_TRY(project.studies().update(*study));
    if (rememberOld)
        m_oldValue = previous;
    return {};
}

QString SetStudyField::text() const
{
    return QStringLiteral("Edit study %1").arg(fieldName(m_field));
}

QString SetStudyField::value(const Study& study, StudyField field)
{
    switch (field) {
    case StudyField::Label:
        return study.label;
    case StudyField::Title:
        return study.title;
    case StudyField::Design:
        return toString(study.design);
    case StudyField::Disease:
        return study.disease;
    case StudyField::DiseaseSubtype:
        return study.diseaseSubtype;
    case StudyField::Country:
        return study.country;
    case StudyField::PatientCount:
        return study.patientCount ? QString::number(*study.patientCount) : QString();
    case StudyField::FollowUpMonths:
        return study.followUpMonths ? QString::number(*study.followUpMonths) : QString();
    case StudyField::FollowUpText:
        return study.followUpText;
    case StudyField::EvidenceLevel:
        return study.evidenceLevel;
    case StudyField::Registration:
        return study.registration;
    case StudyField::Notes:
        return study.notes;
    }
    return {};
}

Result<void> SetStudyField::setValue(Study& study, StudyField field, const QString& text)
{
    const QString trimmed = text.trimmed();
    switch (field) {
    case StudyField::Label:
        study.label = trimmed;
        return {};
    case StudyField::Title:
        study.title = trimmed;
        return {};
    case StudyField::Design: {
        if (trimmed.isEmpty()) {
            study.design = StudyDesign::Unknown;
            return {};
        }
        const auto design = studyDesignFromString(trimmed);
        if (!design)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a study design").arg(trimmed)};
        study.design = *design;
        return {};
    }
    case StudyField::Disease:
        study.disease = trimmed;
        return {};
    case StudyField::DiseaseSubtype:
        study.diseaseSubtype = trimmed;
        return {};
    case StudyField::Country:
        study.country = trimmed;
        return {};
    case StudyField::PatientCount: {
        if (trimmed.isEmpty()) {
            study.patientCount.reset();
            return {};
        }
        bool ok = false;
        const int count = trimmed.toInt(&ok);
        if (!ok || count < 0)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a patient count; type a whole number").arg(trimmed)};
        study.patientCount = count;
        return {};
    }
    case StudyField::FollowUpMonths: {
        if (trimmed.isEmpty()) {
            study.followUpMonths.reset();
            return {};
        }
        bool ok = false;
        const double months = trimmed.toDouble(&ok);
        if (!ok || months < 0)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a follow-up in months").arg(trimmed)};
        study.followUpMonths = months;
        return {};
    }
    case StudyField::FollowUpText:
        study.followUpText = trimmed;
        return {};
    case StudyField::EvidenceLevel:
        study.evidenceLevel = trimmed;
        return {};
    case StudyField::Registration:
        study.registration = trimmed;
        return {};
    case StudyField::Notes:
        study.notes = text.trimmed();
        return {};
    }
    return Error{ErrorCode::InvalidArgument, QStringLiteral("unknown field")};
}

QString SetStudyField::fieldName(StudyField field)
{
    switch (field) {
    case StudyField::Label:
        return QStringLiteral("label");
    case StudyField::Title:
        return QStringLiteral("title");
    case StudyField::Design:
        return QStringLiteral("design");
    case StudyField::Disease:
        return QStringLiteral("disease");
    case StudyField::DiseaseSubtype:
        return QStringLiteral("disease subtype");
    case StudyField::Country:
        return QStringLiteral("country");
    case StudyField::PatientCount:
        return QStringLiteral("patient count");
    case StudyField::FollowUpMonths:
        return QStringLiteral("follow-up (months)");
    case StudyField::FollowUpText:
        return QStringLiteral("follow-up");
    case StudyField::EvidenceLevel:
        return QStringLiteral("evidence level");
    case StudyField::Registration:
        return QStringLiteral("registration");
    case StudyField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

QString SetStudyField::linkName(StudyField field)
{
    switch (field) {
    case StudyField::Label:
        return QStringLiteral("label");
    case StudyField::Title:
        return QStringLiteral("title");
    case StudyField::Design:
        return QStringLiteral("design");
    case StudyField::Disease:
        return QStringLiteral("disease");
    case StudyField::DiseaseSubtype:
        return QStringLiteral("diseaseSubtype");
    case StudyField::Country:
        return QStringLiteral("country");
    case StudyField::PatientCount:
        return QStringLiteral("patientCount");
    case StudyField::FollowUpMonths:
        return QStringLiteral("followUpMonths");
    case StudyField::FollowUpText:
        return QStringLiteral("followUpText");
    case StudyField::EvidenceLevel:
        return QStringLiteral("evidenceLevel");
    case StudyField::Registration:
        return QStringLiteral("registration");
    case StudyField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

Change SetStudyField::change() const
{
    return Change{text(), {touched(EntityKind::Study, m_study.value, Operation::Updated, {linkName(m_field)})}};
}

bool SetStudyField::mergeWith(const EditCommand& next)
{
    // Typing into a field saves on every change; undo should restore what was there before, not one letter.
    const auto* other = dynamic_cast<const SetStudyField*>(&next);
    if (!other || other->m_study != m_study || other->m_field != m_field)
        return false;
    m_newValue = other->m_newValue;
    return true;
}

} // namespace stemma::core::edit
