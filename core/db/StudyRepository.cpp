// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/StudyRepository.h"

#include "core/db/Database.h"
#include "core/db/RowHelpers.h"
#include "core/db/TransactionGuard.h"

namespace stemma::core::db {
namespace {

constexpr const char* STUDY_COLUMNS = "SELECT id, label, title, design, disease, disease_subtype, country, "
                                      "patient_count, follow_up_months, follow_up_text, evidence_level, "
                                      "registration, notes FROM study ";

constexpr const char* ARM_COLUMNS = "SELECT id, study_id, label, size, notes FROM arm ";

constexpr const char* INTERVENTION_COLUMNS =
    "SELECT i.id, i.arm_id, i.family, i.description, i.msc_source, i.donor, i.cells_per_kg, i.infusions, i.route, "
    "i.mobilisation, i.conditioning, i.cd34_selection, i.atg, i.atg_detail, i.drugs FROM intervention i ";

void bindStudy(Statement& statement, const Study& study)
{
    statement.bind(":label", study.label)
        .bindText(":title", study.title)
        .bind(":design", toString(study.design))
        .bindText(":disease", study.disease)
        .bindText(":subtype", study.diseaseSubtype)
        .bindText(":country", study.country)
        .bind(":patients", study.patientCount)
        .bind(":follow_up_months", study.followUpMonths)
        .bindText(":follow_up_text", study.followUpText)
        .bindText(":evidence_level", study.evidenceLevel)
        .bindText(":registration", study.registration)
        .bindText(":notes", study.notes);
}

Study readStudy(const Statement& row)
{
    Study study;
    study.id = StudyId(row.int64(0));
    study.label = row.text(1);
    study.title = row.text(2);
    study.design = studyDesignFromString(row.text(3)).value_or(StudyDesign::Unknown);
    study.disease = row.text(4);
    study.diseaseSubtype = row.text(5);
    study.country = row.text(6);
    study.patientCount = row.optionalInt(7);
    study.followUpMonths = row.optionalReal(8);
    study.followUpText = row.text(9);
    study.evidenceLevel = row.text(10);
    study.registration = row.text(11);
    study.notes = row.text(12);
    return study;
}

Arm readArm(const Statement& row)
{
    return Arm{ArmId(row.int64(0)), StudyId(row.int64(1)), row.text(2), row.optionalInt(3), row.text(4)};
}

void bindIntervention(Statement& statement, const Intervention& intervention)
{
    statement.bind(":arm", intervention.arm.value)
        .bind(":family", toString(intervention.family))
        .bindText(":description", intervention.description)
        .bind(":source", toString(intervention.mscSource))
        .bind(":donor", toString(intervention.donor))
        .bind(":cells", intervention.cellsPerKg)
        .bind(":infusions", intervention.infusions)
        .bindText(":route", intervention.route)
        .bindText(":mobilisation", intervention.mobilisation)
        .bindText(":conditioning", intervention.conditioning)
        .bind(":cd34", intervention.cd34Selection)
        .bind(":atg", intervention.atg)
        .bindText(":atg_detail", intervention.atgDetail)
        .bindText(":drugs", intervention.drugs);
}

Intervention readIntervention(const Statement& row)
{
    Intervention intervention;
    intervention.id = InterventionId(row.int64(0));
    intervention.arm = ArmId(row.int64(1));
    intervention.family = interventionFamilyFromString(row.text(2)).value_or(InterventionFamily::Other);
    intervention.description = row.text(3);
    intervention.mscSource = mscSourceFromString(row.text(4)).value_or(MscSource::Unknown);
    intervention.donor = donorTypeFromString(row.text(5)).value_or(DonorType::Unknown);
    intervention.cellsPerKg = row.optionalReal(6);
    intervention.infusions = row.optionalInt(7);
    intervention.route = row.text(8);
    intervention.mobilisation = row.text(9);
    intervention.conditioning = row.text(10);
    intervention.cd34Selection = row.optionalBool(11);
    intervention.atg = row.optionalBool(12);
    intervention.atgDetail = row.text(13);
    intervention.drugs = row.text(14);
    return intervention;
}

QString studyName(StudyId id)
{
    return QStringLiteral("study %1").arg(id.value);
}

} // namespace

StudyRepository::StudyRepository(Database& database)
    : m_database(database)
{
}

Result<StudyId> StudyRepository::insert(const Study& study)
{
    Q_ASSERT(!study.id.isValid());
    TransactionGuard transaction(m_database);
    auto statement = m_database.prepare(
        "INSERT INTO study (label, title, design, disease, disease_subtype, country, patient_count, "
        "follow_up_months, follow_up_text, evidence_level, registration, notes) VALUES (:label, :title, :design, "
        ":disease, :subtype, :country, :patients, :follow_up_months, :follow_up_text, :evidence_level, "
        ":registration, :notes)");
    if (!statement)
        return statement.error();
    bindStudy(*statement, study);
    STEMMA_TRY(statement->run());
    const StudyId id(m_database.lastInsertId());
    STEMMA_TRY(writeReferences(id, study.references));
    STEMMA_TRY(transaction.commit());
    return id;
}

Result<void> StudyRepository::update(const Study& study)
{
    TransactionGuard transaction(m_database);
    auto statement = m_database.prepare(
        "UPDATE study SET label = :label, title = :title, design = :design, disease = :disease, "
        "disease_subtype = :subtype, country = :country, patient_count = :patients, "
        "follow_up_months = :follow_up_months, follow_up_text = :follow_up_text, evidence_level = :evidence_level, "
        "registration = :registration, notes = :notes WHERE id = :id");
    if (!statement)
        return statement.error();
    bindStudy(*statement, study);
    statement->bind(":id", study.id.value);
    STEMMA_TRY(runOnExisting(m_database, *statement, studyName(study.id)));
    STEMMA_TRY(writeReferences(study.id, study.references));
    return transaction.commit();
}

Result<Study> StudyRepository::get(StudyId id)
{
    auto statement = m_database.prepare(QByteArray(STUDY_COLUMNS).append("WHERE id = :id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    auto study = singleRow<Study>(*statement, readStudy, studyName(id));
    if (!study)
        return study;
    auto references = readReferences(id);
    if (!references)
        return references.error();
    study->references = *references;
    return study;
}

Result<std::vector<Study>> StudyRepository::list()
{
    auto statement = m_database.prepare(QByteArray(STUDY_COLUMNS).append("ORDER BY id").constData());
    if (!statement)
        return statement.error();
    auto studies = collectRows<Study>(*statement, readStudy);
    if (!studies)
        return studies;
    for (Study& study : *studies) {
        auto references = readReferences(study.id);
        if (!references)
            return references.error();
        study.references = *references;
    }
    return studies;
}

Result<void> StudyRepository::remove(StudyId id)
{
    auto statement = m_database.prepare("DELETE FROM study WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, studyName(id));
}

Result<std::vector<StudyId>> StudyRepository::studiesForReference(ReferenceId reference)
{
    auto statement =
        m_database.prepare("SELECT study_id FROM study_reference WHERE reference_id = :id ORDER BY study_id");
    if (!statement)
        return statement.error();
    statement->bind(":id", reference.value);
    return collectRows<StudyId>(*statement, [](const Statement& row) { return StudyId(row.int64(0)); });
}

Result<void> StudyRepository::linkReference(StudyId study, ReferenceId reference)
{
    // New links go after the existing ones, so the first-linked reference stays the primary report.
    auto statement =
        m_database.prepare("INSERT INTO study_reference (study_id, reference_id, position) VALUES (:study, :reference, "
                           "(SELECT coalesce(max(position) + 1, 0) FROM study_reference WHERE study_id = :study))");
    if (!statement)
        return statement.error();
    statement->bind(":study", study.value).bind(":reference", reference.value);
    return statement->run();
}

Result<void> StudyRepository::unlinkReference(StudyId study, ReferenceId reference)
{
    auto statement =
        m_database.prepare("DELETE FROM study_reference WHERE study_id = :study AND reference_id = :reference");
    if (!statement)
        return statement.error();
    statement->bind(":study", study.value).bind(":reference", reference.value);
    return runOnExisting(m_database,
                         *statement,
                         QStringLiteral("a link from study %1 to reference %2").arg(study.value).arg(reference.value));
}

Result<ArmId> StudyRepository::insertArm(const Arm& arm)
{
    Q_ASSERT(!arm.id.isValid());
    auto statement =
        m_database.prepare("INSERT INTO arm (study_id, label, size, notes) VALUES (:study, :label, :size, :notes)");
    if (!statement)
        return statement.error();
    statement->bind(":study", arm.study.value)
        .bind(":label", arm.label)
        .bind(":size", arm.size)
        .bindText(":notes", arm.notes);
    STEMMA_TRY(statement->run());
    return ArmId(m_database.lastInsertId());
}

Result<void> StudyRepository::updateArm(const Arm& arm)
{
    auto statement = m_database.prepare(
        "UPDATE arm SET study_id = :study, label = :label, size = :size, notes = :notes WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":study", arm.study.value)
        .bind(":label", arm.label)
        .bind(":size", arm.size)
        .bindText(":notes", arm.notes)
        .bind(":id", arm.id.value);
    return runOnExisting(m_database, *statement, QStringLiteral("arm %1").arg(arm.id.value));
}

Result<Arm> StudyRepository::arm(ArmId id)
{
    auto statement = m_database.prepare(QByteArray(ARM_COLUMNS).append("WHERE id = :id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return singleRow<Arm>(*statement, readArm, QStringLiteral("arm %1").arg(id.value));
}

Result<std::vector<Arm>> StudyRepository::arms(StudyId study)
{
    auto statement = m_database.prepare(QByteArray(ARM_COLUMNS).append("WHERE study_id = :id ORDER BY id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", study.value);
    return collectRows<Arm>(*statement, readArm);
}

Result<void> StudyRepository::removeArm(ArmId id)
{
    auto statement = m_database.prepare("DELETE FROM arm WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, QStringLiteral("arm %1").arg(id.value));
}

Result<InterventionId> StudyRepository::insertIntervention(const Intervention& intervention)
{
    Q_ASSERT(!intervention.id.isValid());
    auto statement = m_database.prepare(
        "INSERT INTO intervention (arm_id, family, description, msc_source, donor, cells_per_kg, infusions, route, "
        "mobilisation, conditioning, cd34_selection, atg, atg_detail, drugs) VALUES (:arm, :family, :description, "
        ":source, :donor, :cells, :infusions, :route, :mobilisation, :conditioning, :cd34, :atg, :atg_detail, "
        ":drugs)");
    if (!statement)
        return statement.error();
    bindIntervention(*statement, intervention);
    STEMMA_TRY(statement->run());
    return InterventionId(m_database.lastInsertId());
}

Result<void> StudyRepository::updateIntervention(const Intervention& intervention)
{
    auto statement = m_database.prepare(
        "UPDATE intervention SET arm_id = :arm, family = :family, description = :description, msc_source = :source, "
        "donor = :donor, cells_per_kg = :cells, infusions = :infusions, route = :route, mobilisation = :mobilisation, "
        "conditioning = :conditioning, cd34_selection = :cd34, atg = :atg, atg_detail = :atg_detail, drugs = :drugs "
        "WHERE id = :id");
    if (!statement)
        return statement.error();
    bindIntervention(*statement, intervention);
    statement->bind(":id", intervention.id.value);
    return runOnExisting(m_database, *statement, QStringLiteral("intervention %1").arg(intervention.id.value));
}

Result<Intervention> StudyRepository::intervention(InterventionId id)
{
    auto statement = m_database.prepare(QByteArray(INTERVENTION_COLUMNS).append("WHERE i.id = :id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return singleRow<Intervention>(*statement, readIntervention, QStringLiteral("intervention %1").arg(id.value));
}

Result<std::vector<Intervention>> StudyRepository::interventions(ArmId arm)
{
    auto statement =
        m_database.prepare(QByteArray(INTERVENTION_COLUMNS).append("WHERE i.arm_id = :id ORDER BY i.id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", arm.value);
    return collectRows<Intervention>(*statement, readIntervention);
}

Result<std::vector<Intervention>> StudyRepository::interventionsForStudy(StudyId study)
{
    auto statement = m_database.prepare(QByteArray(INTERVENTION_COLUMNS)
                                            .append("JOIN arm a ON a.id = i.arm_id WHERE a.study_id = :id "
                                                    "ORDER BY a.id, i.id")
                                            .constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", study.value);
    return collectRows<Intervention>(*statement, readIntervention);
}

Result<void> StudyRepository::removeIntervention(InterventionId id)
{
    auto statement = m_database.prepare("DELETE FROM intervention WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, QStringLiteral("intervention %1").arg(id.value));
}

Result<void> StudyRepository::writeReferences(StudyId id, const QList<ReferenceId>& references)
{
    auto clear = m_database.prepare("DELETE FROM study_reference WHERE study_id = :id");
    if (!clear)
        return clear.error();
    clear->bind(":id", id.value);
    STEMMA_TRY(clear->run());
    auto insert = m_database.prepare(
        "INSERT INTO study_reference (study_id, reference_id, position) VALUES (:study, :reference, :position)");
    if (!insert)
        return insert.error();
    for (int position = 0; position < references.size(); ++position) {
        insert->reset();
        insert->bind(":study", id.value).bind(":reference", references[position].value).bind(":position", position);
        STEMMA_TRY(insert->run());
    }
    return {};
}

Result<QList<ReferenceId>> StudyRepository::readReferences(StudyId id)
{
    auto statement =
        m_database.prepare("SELECT reference_id FROM study_reference WHERE study_id = :id ORDER BY position");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    QList<ReferenceId> references;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return references;
        references.append(ReferenceId(statement->int64(0)));
    }
}

} // namespace stemma::core::db
