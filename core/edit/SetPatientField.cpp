// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SetPatientField.h"

#include "core/ReviewProject.h"
#include "core/db/PatientRepository.h"

#include <QRegularExpression>

namespace stemma::core::edit {
namespace {

Result<std::optional<double>> parseYears(const QString& text, const QString& what)
{
    if (text.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double years = text.toDouble(&ok);
    if (!ok || years < 0 || years > 130)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not %2 in years").arg(text, what)};
    return std::optional<double>(years);
}

} // namespace

SetPatientField::SetPatientField(PatientId patient, PatientField field, QString newValue)
    : m_patient(patient)
    , m_field(field)
    , m_newValue(std::move(newValue))
{
}

Result<void> SetPatientField::apply(ReviewProject& project)
{
    return write(project, m_newValue, !m_oldValue.has_value());
}

Result<void> SetPatientField::revert(ReviewProject& project)
{
    if (!m_oldValue)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this edit was never applied")};
    return write(project, *m_oldValue, false);
}

Result<void> SetPatientField::write(ReviewProject& project, const QString& text, bool rememberOld)
{
    auto patient = project.patients().get(m_patient);
    if (!patient)
        return patient.error();
    const QString previous = value(*patient, m_field);
    STEMMA_TRY(setValue(*patient, m_field, text));
    STEMMA_TRY(project.patients().update(*patient));
    m_study = patient->study;
    if (rememberOld)
        m_oldValue = previous;
    return {};
}

QString SetPatientField::text() const
{
    return QStringLiteral("Edit patient %1").arg(fieldName(m_field));
}

QString SetPatientField::value(const Patient& patient, PatientField field)
{
    switch (field) {
    case PatientField::Label:
        return patient.label;
    case PatientField::Age:
        return patient.ageYears ? QString::number(*patient.ageYears) : QString();
    case PatientField::Sex:
        return toString(patient.sex);
    case PatientField::Subtype:
        return patient.diseaseSubtype;
    case PatientField::DiseaseDuration:
        return patient.diseaseDurationYears ? QString::number(*patient.diseaseDurationYears) : QString();
    case PatientField::PriorTherapies:
        return patient.priorTherapies.join(QLatin1Char('\n'));
    case PatientField::Notes:
        return patient.notes;
    }
    return {};
}

Result<void> SetPatientField::setValue(Patient& patient, PatientField field, const QString& text)
{
    const QString trimmed = text.trimmed();
    switch (field) {
    case PatientField::Label:
        if (trimmed.isEmpty())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("a patient needs a label")};
        patient.label = trimmed;
        return {};
    case PatientField::Age: {
        auto age = parseYears(trimmed, QStringLiteral("an age"));
        if (!age)
            return age.error();
        patient.ageYears = *age;
        return {};
    }
    case PatientField::Sex: {
        const auto sex = trimmed.isEmpty() ? std::optional(Sex::Unknown) : sexFromString(trimmed.toLower());
        if (!sex)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a sex; type female, male or unknown").arg(trimmed)};
        patient.sex = *sex;
        return {};
    }
    case PatientField::Subtype:
        patient.diseaseSubtype = trimmed;
        return {};
    case PatientField::DiseaseDuration: {
        auto duration = parseYears(trimmed, QStringLiteral("a disease duration"));
        if (!duration)
            return duration.error();
        patient.diseaseDurationYears = *duration;
        return {};
    }
    case PatientField::PriorTherapies: {
        static const QRegularExpression separators(QStringLiteral("[\\n;]"));
        QStringList therapies;
        for (const QString& part : trimmed.split(separators, Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                therapies << part.trimmed();
        patient.priorTherapies = therapies;
        return {};
    }
    case PatientField::Notes:
        patient.notes = trimmed;
        return {};
    }
    return Error{ErrorCode::InvalidArgument, QStringLiteral("unknown field")};
}

QString SetPatientField::fieldName(PatientField field)
{
    switch (field) {
    case PatientField::Label:
        return QStringLiteral("label");
    case PatientField::Age:
        return QStringLiteral("age");
    case PatientField::Sex:
        return QStringLiteral("sex");
    case PatientField::Subtype:
        return QStringLiteral("subtype");
    case PatientField::DiseaseDuration:
        return QStringLiteral("disease duration");
    case PatientField::PriorTherapies:
        return QStringLiteral("prior therapies");
    case PatientField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

QString SetPatientField::linkName(PatientField field)
{
    switch (field) {
    case PatientField::Label:
        return QStringLiteral("label");
    case PatientField::Age:
        return QStringLiteral("ageYears");
    case PatientField::Sex:
        return QStringLiteral("sex");
    case PatientField::Subtype:
        return QStringLiteral("diseaseSubtype");
    case PatientField::DiseaseDuration:
        return QStringLiteral("diseaseDurationYears");
    case PatientField::PriorTherapies:
        return QStringLiteral("priorTherapies");
    case PatientField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

Change SetPatientField::change() const
{
    return Change{text(),
                  {touched(EntityKind::Patient, m_patient.value, Operation::Updated, {linkName(m_field)}),
                   touched(EntityKind::Study, m_study.value, Operation::Updated, {QStringLiteral("patients")})}};
}

bool SetPatientField::mergeWith(const EditCommand& next)
{
    // Typing into a field saves on every change; undo should restore what was there before, not one letter.
    const auto* other = dynamic_cast<const SetPatientField*>(&next);
    if (!other || other->m_patient != m_patient || other->m_field != m_field)
        return false;
    m_newValue = other->m_newValue;
    return true;
}

} // namespace stemma::core::edit
