// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/PatientRepository.h"

#include "core/db/Database.h"
#include "core/db/RowHelpers.h"

namespace stemma::core::db {
namespace {

constexpr const char* SELECT_COLUMNS = "SELECT id, study_id, arm_id, label, age_years, sex, disease_subtype, "
                                       "disease_duration_years, prior_therapies, notes FROM patient ";

void bindPatient(Statement& statement, const Patient& patient)
{
    statement.bind(":study", patient.study.value);
    bindId(statement, ":arm", patient.arm);
    statement.bind(":label", patient.label)
        .bind(":age", patient.ageYears)
        .bind(":sex", toString(patient.sex))
        .bindText(":subtype", patient.diseaseSubtype)
        .bind(":duration", patient.diseaseDurationYears)
        .bindText(":prior", patient.priorTherapies.join(QLatin1Char('\n')))
        .bindText(":notes", patient.notes);
}

Patient readPatient(const Statement& row)
{
    Patient patient;
    patient.id = PatientId(row.int64(0));
    patient.study = StudyId(row.int64(1));
    patient.arm = idAt<ArmId>(row, 2);
    patient.label = row.text(3);
    patient.ageYears = row.optionalReal(4);
    patient.sex = sexFromString(row.text(5)).value_or(Sex::Unknown);
    patient.diseaseSubtype = row.text(6);
    patient.diseaseDurationYears = row.optionalReal(7);
    const QString prior = row.text(8);
    if (!prior.isEmpty())
        patient.priorTherapies = prior.split(QLatin1Char('\n'));
    patient.notes = row.text(9);
    return patient;
}

QString patientName(PatientId id)
{
    return QStringLiteral("patient %1").arg(id.value);
}

} // namespace

PatientRepository::PatientRepository(Database& database)
    : m_database(database)
{
}

Result<PatientId> PatientRepository::insert(const Patient& patient)
{
    Q_ASSERT(!patient.id.isValid());
    auto statement = m_database.prepare(
        "INSERT INTO patient (study_id, arm_id, label, age_years, sex, disease_subtype, disease_duration_years, "
        "prior_therapies, notes) VALUES (:study, :arm, :label, :age, :sex, :subtype, :duration, :prior, :notes)");
    if (!statement)
        return statement.error();
    bindPatient(*statement, patient);
    STEMMA_TRY(statement->run());
    return PatientId(m_database.lastInsertId());
}

Result<void> PatientRepository::update(const Patient& patient)
{
    auto statement = m_database.prepare(
        "UPDATE patient SET study_id = :study, arm_id = :arm, label = :label, age_years = :age, sex = :sex, "
        "disease_subtype = :subtype, disease_duration_years = :duration, prior_therapies = :prior, notes = :notes "
        "WHERE id = :id");
    if (!statement)
        return statement.error();
    bindPatient(*statement, patient);
    statement->bind(":id", patient.id.value);
    return runOnExisting(m_database, *statement, patientName(patient.id));
}

Result<Patient> PatientRepository::get(PatientId id)
{
    auto statement = m_database.prepare(QByteArray(SELECT_COLUMNS).append("WHERE id = :id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return singleRow<Patient>(*statement, readPatient, patientName(id));
}

Result<std::vector<Patient>> PatientRepository::list(StudyId study)
{
    auto statement =
        m_database.prepare(QByteArray(SELECT_COLUMNS).append("WHERE study_id = :study ORDER BY id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":study", study.value);
    return collectRows<Patient>(*statement, readPatient);
}

Result<void> PatientRepository::remove(PatientId id)
{
    auto statement = m_database.prepare("DELETE FROM patient WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, patientName(id));
}

} // namespace stemma::core::db
