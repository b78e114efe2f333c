// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/OutcomeRepository.h"

#include "core/db/Database.h"
#include "core/db/RowHelpers.h"

namespace stemma::core::db {
namespace {

constexpr const char* MEASURE_COLUMNS =
    "SELECT id, code, name, unit, kind, minimum, maximum, direction, description FROM outcome_measure ";

constexpr const char* RESULT_COLUMNS =
    "SELECT id, study_id, arm_id, patient_id, measure_id, timepoint_months, timepoint_text, statistic, is_change, "
    "value, spread, lower, upper, events, n, note, source_span_id FROM outcome_result ";

OutcomeMeasure readMeasure(const Statement& row)
{
    OutcomeMeasure measure;
    measure.id = OutcomeMeasureId(row.int64(0));
    measure.code = row.text(1);
    measure.name = row.text(2);
    measure.unit = row.text(3);
    measure.kind = outcomeKindFromString(row.text(4)).value_or(OutcomeKind::Continuous);
    measure.minimum = row.optionalReal(5);
    measure.maximum = row.optionalReal(6);
    measure.direction = benefitDirectionFromString(row.text(7)).value_or(BenefitDirection::HigherIsBetter);
    measure.description = row.text(8);
    return measure;
}

void bindResult(Statement& statement, const OutcomeResult& result)
{
    statement.bind(":study", result.study.value);
    bindId(statement, ":arm", result.arm);
    bindId(statement, ":patient", result.patient);
    statement.bind(":measure", result.measure.value)
        .bind(":months", result.timepointMonths)
        .bindText(":timepoint", result.timepointText)
        .bind(":statistic", toString(result.statistic))
        .bind(":is_change", result.isChangeFromBaseline)
        .bind(":value", result.value)
        .bind(":spread", result.spread)
        .bind(":lower", result.lower)
        .bind(":upper", result.upper)
        .bind(":events", result.events)
        .bind(":n", result.n)
        .bindText(":note", result.note);
    bindId(statement, ":span", result.sourceSpan);
}

OutcomeResult readResult(const Statement& row)
{
    OutcomeResult result;
    result.id = OutcomeResultId(row.int64(0));
    result.study = StudyId(row.int64(1));
    result.arm = idAt<ArmId>(row, 2);
    result.patient = idAt<PatientId>(row, 3);
    result.measure = OutcomeMeasureId(row.int64(4));
    result.timepointMonths = row.optionalReal(5);
    result.timepointText = row.text(6);
    result.statistic = statisticFromString(row.text(7)).value_or(Statistic::MeanSd);
    result.isChangeFromBaseline = row.int64(8) != 0;
    result.value = row.optionalReal(9);
    result.spread = row.optionalReal(10);
    result.lower = row.optionalReal(11);
    result.upper = row.optionalReal(12);
    result.events = row.optionalInt(13);
    result.n = row.optionalInt(14);
    result.note = row.text(15);
    result.sourceSpan = idAt<SpanId>(row, 16);
    return result;
}

QString resultName(OutcomeResultId id)
{
    return QStringLiteral("outcome result %1").arg(id.value);
}

} // namespace

OutcomeRepository::OutcomeRepository(Database& database)
    : m_database(database)
{
}

Result<std::vector<OutcomeMeasure>> OutcomeRepository::measures()
{
    auto statement = m_database.prepare(QByteArray(MEASURE_COLUMNS).append("ORDER BY id").constData());
    if (!statement)
        return statement.error();
    return collectRows<OutcomeMeasure>(*statement, readMeasure);
}

Result<std::optional<OutcomeMeasure>> OutcomeRepository::findByCode(const QString& code)
{
    auto statement = m_database.prepare(QByteArray(MEASURE_COLUMNS).append("WHERE code = :code").constData());
    if (!statement)
        return statement.error();
    statement->bind(":code", code);
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? std::optional<OutcomeMeasure>(readMeasure(*statement)) : std::nullopt;
}

Result<OutcomeMeasureId> OutcomeRepository::insertMeasure(const OutcomeMeasure& measure)
{
    Q_ASSERT(!measure.id.isValid());
    auto statement = m_database.prepare(
        "INSERT INTO outcome_measure (code, name, unit, kind, minimum, maximum, direction, description) VALUES "
        "(:code, :name, :unit, :kind, :minimum, :maximum, :direction, :description)");
    if (!statement)
        return statement.error();
    statement->bind(":code", measure.code)
        .bind(":name", measure.name)
        .bindText(":unit", measure.unit)
        .bind(":kind", toString(measure.kind))
        .bind(":minimum", measure.minimum)
        .bind(":maximum", measure.maximum)
        .bind(":direction", toString(measure.direction))
        .bindText(":description", measure.description);
    STEMMA_TRY(statement->run());
    return OutcomeMeasureId(m_database.lastInsertId());
}

Result<OutcomeResultId> OutcomeRepository::insertResult(const OutcomeResult& result)
{
    Q_ASSERT(!result.id.isValid());
    auto statement = m_database.prepare(
        "INSERT INTO outcome_result (study_id, arm_id, patient_id, measure_id, timepoint_months, timepoint_text, "
        "statistic, is_change, value, spread, lower, upper, events, n, note, source_span_id) VALUES (:study, :arm, "
        ":patient, :measure, :months, :timepoint, :statistic, :is_change, :value, :spread, :lower, :upper, "
        ":events, :n, :note, :span)");
    if (!statement)
        return statement.error();
    bindResult(*statement, result);
    STEMMA_TRY(statement->run());
    return OutcomeResultId(m_database.lastInsertId());
}

Result<void> OutcomeRepository::restoreResult(const OutcomeResult& result)
{
    Q_ASSERT(result.id.isValid());
    auto statement = m_database.prepare(
        "INSERT INTO outcome_result (id, study_id, arm_id, patient_id, measure_id, timepoint_months, timepoint_text, "
        "statistic, is_change, value, spread, lower, upper, events, n, note, source_span_id) VALUES (:id, :study, "
        ":arm, :patient, :measure, :months, :timepoint, :statistic, :is_change, :value, :spread, :lower, :upper, "
        ":events, :n, :note, :span)");
    if (!statement)
        return statement.error();
    bindResult(*statement, result);
    statement->bind(":id", result.id.value);
    return statement->run();
}

Result<void> OutcomeRepository::updateResult(const OutcomeResult& result)
{
    auto statement = m_database.prepare(
        "UPDATE outcome_result SET study_id = :study, arm_id = :arm, patient_id = :patient, measure_id = :measure, "
        "timepoint_months = :months, timepoint_text = :timepoint, statistic = :statistic, is_change = :is_change, "
        "value = :value, spread = :spread, lower = :lower, upper = :upper, events = :events, n = :n, note = :note, "
        "source_span_id = :span WHERE id = :id");
    if (!statement)
        return statement.error();
    bindResult(*statement, result);
    statement->bind(":id", result.id.value);
    return runOnExisting(m_database, *statement, resultName(result.id));
}

Result<OutcomeResult> OutcomeRepository::result(OutcomeResultId id)
{
    auto statement = m_database.prepare(QByteArray(RESULT_COLUMNS).append("WHERE id = :id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return singleRow<OutcomeResult>(*statement, readResult, resultName(id));
}

Result<std::vector<OutcomeResult>> OutcomeRepository::resultsForStudy(StudyId study)
{
    // NULL timepoints (not reported) sort last within a measure.
    auto statement = m_database.prepare(
        QByteArray(RESULT_COLUMNS)
            .append("WHERE study_id = :id ORDER BY measure_id, timepoint_months IS NULL, timepoint_months, id")
            .constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", study.value);
    return collectRows<OutcomeResult>(*statement, readResult);
}

Result<std::vector<OutcomeResult>> OutcomeRepository::resultsForMeasure(OutcomeMeasureId measure)
{
    auto statement = m_database.prepare(
        QByteArray(RESULT_COLUMNS)
            .append("WHERE measure_id = :id ORDER BY study_id, timepoint_months IS NULL, timepoint_months, id")
            .constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", measure.value);
    return collectRows<OutcomeResult>(*statement, readResult);
}

Result<void> OutcomeRepository::removeResult(OutcomeResultId id)
{
    auto statement = m_database.prepare("DELETE FROM outcome_result WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, resultName(id));
}

} // namespace stemma::core::db
