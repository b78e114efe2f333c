// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/DatasetExport.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "core/export/ExportFile.h"
#include "core/export/Workbook.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <map>

namespace stemma::core::exports {
namespace {

/** The shortest text that reads back as the same double, so R gets exactly what Stemma stores. */
QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

QString number(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

QString id(qint64 value)
{
    return value > 0 ? QString::number(value) : QString();
}

QString flag(std::optional<bool> value)
{
    return value ? (*value ? QStringLiteral("TRUE") : QStringLiteral("FALSE")) : QString();
}

QString ids(const QList<ReferenceId>& list)
{
    QStringList out;
    for (ReferenceId reference : list)
        out << QString::number(reference.value);
    return out.join(QLatin1Char(' '));
}

/** The arm's intervention families, "msc" or "hsct+immunosuppressant" when it had several. */
QString familiesOf(const std::vector<Intervention>& interventions, ArmId arm)
{
    QStringList families;
    for (const Intervention& intervention : interventions)
        if (intervention.arm == arm && !families.contains(toString(intervention.family)))
            families << toString(intervention.family);
    return families.join(QLatin1Char('+'));
}

} // namespace

std::optional<DatasetFormat> datasetFormatFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("xlsx"))
        return DatasetFormat::Xlsx;
    if (key == QLatin1String("csv"))
        return DatasetFormat::Csv;
    return std::nullopt;
}

Result<Dataset> readDataset(ReviewProject& project)
{
    Dataset out;
    out.studies.caption = QStringLiteral("Studies");
    out.studies.header = {QStringLiteral("study_id"),
                          QStringLiteral("label"),
                          QStringLiteral("title"),
                          QStringLiteral("design"),
                          QStringLiteral("disease"),
                          QStringLiteral("disease_subtype"),
                          QStringLiteral("country"),
                          QStringLiteral("patient_count"),
                          QStringLiteral("follow_up_months"),
                          QStringLiteral("follow_up_text"),
                          QStringLiteral("evidence_level"),
                          QStringLiteral("registration"),
                          QStringLiteral("notes"),
                          QStringLiteral("reference_ids")};
    out.arms.caption = QStringLiteral("Arms");
    out.arms.header = {QStringLiteral("arm_id"),
                       QStringLiteral("study_id"),
                       QStringLiteral("label"),
                       QStringLiteral("size"),
                       QStringLiteral("intervention_family"),
                       QStringLiteral("notes")};
    out.interventions.caption = QStringLiteral("Interventions");
    out.interventions.header = {QStringLiteral("intervention_id"),
                                QStringLiteral("arm_id"),
                                QStringLiteral("study_id"),
                                QStringLiteral("family"),
                                QStringLiteral("description"),
                                QStringLiteral("msc_source"),
                                QStringLiteral("donor"),
                                QStringLiteral("cells_per_kg"),
                                QStringLiteral("infusions"),
                                QStringLiteral("route"),
                                QStringLiteral("mobilisation"),
                                QStringLiteral("conditioning"),
                                QStringLiteral("cd34_selection"),
                                QStringLiteral("atg"),
                                QStringLiteral("atg_detail"),
                                QStringLiteral("drugs")};
    out.patients.caption = QStringLiteral("Patients");
    out.patients.header = {QStringLiteral("patient_id"),
                           QStringLiteral("study_id"),
                           QStringLiteral("arm_id"),
                           QStringLiteral("label"),
                           QStringLiteral("age_years"),
                           QStringLiteral("sex"),
                           QStringLiteral("disease_subtype"),
                           QStringLiteral("disease_duration_years"),
                           QStringLiteral("prior_therapies"),
                           QStringLiteral("notes")};
    out.results.caption = QStringLiteral("Outcome results");
    out.results.header = {QStringLiteral("result_id"),
                          QStringLiteral("study_id"),
                          QStringLiteral("study"),
                          QStringLiteral("design"),
                          QStringLiteral("arm_id"),
                          QStringLiteral("arm"),
                          QStringLiteral("intervention_family"),
                          QStringLiteral("patient_id"),
                          QStringLiteral("patient"),
                          QStringLiteral("outcome_code"),
                          QStringLiteral("outcome"),
                          QStringLiteral("unit"),
                          QStringLiteral("outcome_kind"),
                          QStringLiteral("direction"),
                          QStringLiteral("timepoint_months"),
                          QStringLiteral("timepoint_text"),
                          QStringLiteral("statistic"),
                          QStringLiteral("change_from_baseline"),
                          QStringLiteral("value"),
                          QStringLiteral("spread"),
                          QStringLiteral("lower"),
                          QStringLiteral("upper"),
                          QStringLiteral("events"),
                          QStringLiteral("n"),
                          QStringLiteral("note"),
                          QStringLiteral("evidence_quote"),
                          QStringLiteral("evidence_field"),
                          QStringLiteral("reference_id")};
    out.references.caption = QStringLiteral("References");
    out.references.header = {QStringLiteral("reference_id"),
                             QStringLiteral("first_author"),
                             QStringLiteral("year"),
                             QStringLiteral("title"),
                             QStringLiteral("journal"),
                             QStringLiteral("doi"),
                             QStringLiteral("pmid")};

    auto measures = project.outcomes().measures();
    if (!measures)
        return measures.error();
    QHash<qint64, OutcomeMeasure> measureById;
    for (const OutcomeMeasure& measure : *measures)
        measureById.insert(measure.id.value, measure);

    auto studies = project.studies().list();
    if (!studies)
        return studies.error();
    std::map<qint64, bool> referenceIds;
    for (const Study& study : *studies) {
        out.studies.rows.push_back({QString::number(study.id.value),
                                    study.label,
                                    study.title,
                                    toString(study.design),
                                    study.disease,
                                    study.diseaseSubtype,
                                    study.country,
                                    number(study.patientCount),
                                    number(study.followUpMonths),
                                    study.followUpText,
                                    study.evidenceLevel,
                                    study.registration,
                                    study.notes,
                                    ids(study.references)});
        for (ReferenceId reference : study.references)
            referenceIds[reference.value] = true;

        auto arms = project.studies().arms(study.id);
        if (!arms)
            return arms.error();
        auto interventions = project.studies().interventionsForStudy(study.id);
        if (!interventions)
            return interventions.error();
        QHash<qint64, QString> armLabel;
        for (const Arm& arm : *arms) {
            armLabel.insert(arm.id.value, arm.label);
            out.arms.rows.push_back({QString::number(arm.id.value),
                                     QString::number(study.id.value),
                                     arm.label,
                                     number(arm.size),
                                     familiesOf(*interventions, arm.id),
                                     arm.notes});
        }
        for (const Intervention& intervention : *interventions)
            out.interventions.rows.push_back({QString::number(intervention.id.value),
                                              QString::number(intervention.arm.value),
                                              QString::number(study.id.value),
                                              toString(intervention.family),
                                              intervention.description,
                                              toString(intervention.mscSource),
                                              toString(intervention.donor),
                                              number(intervention.cellsPerKg),
                                              number(intervention.infusions),
                                              intervention.route,
                                              intervention.mobilisation,
                                              intervention.conditioning,
                                              flag(intervention.cd34Selection),
                                              flag(intervention.atg),
                                              intervention.atgDetail,
                                              intervention.drugs});
        auto patients = project.patients().list(study.id);
        if (!patients)
            return patients.error();
        QHash<qint64, Patient> patientById;
        for (const Patient& patient : *patients) {
            patientById.insert(patient.id.value, patient);
            out.patients.rows.push_back({QString::number(patient.id.value),
                                         QString::number(study.id.value),
                                         id(patient.arm.value),
                                         patient.label,
                                         number(patient.ageYears),
                                         toString(patient.sex),
                                         patient.diseaseSubtype,
                                         number(patient.diseaseDurationYears),
                                         patient.priorTherapies.join(QStringLiteral("; ")),
                                         patient.notes});
        }
        auto results = project.outcomes().resultsForStudy(study.id);
        if (!results)
            return results.error();
        for (const OutcomeResult& result : *results) {
            const OutcomeMeasure measure = measureById.value(result.measure.value);
            // A patient's arm stands in for the result's when the result names only the patient.
            ArmId arm = result.arm;
            if (!arm.isValid() && result.patient.isValid())
                arm = patientById.value(result.patient.value).arm;
            QString quote;
            QString field;
            qint64 source = study.references.isEmpty() ? 0 : study.references.front().value;
            if (result.sourceSpan.isValid()) {
                if (auto span = project.codebook().span(result.sourceSpan)) {
                    quote = span->quote;
                    field = span->field;
                    source = span->reference.value;
                }
            }
            if (source > 0)
                referenceIds[source] = true;
            out.results.rows.push_back({QString::number(result.id.value),
                                        QString::number(study.id.value),
                                        study.label,
                                        toString(study.design),
                                        id(arm.value),
                                        armLabel.value(arm.value),
                                        familiesOf(*interventions, arm),
                                        id(result.patient.value),
                                        patientById.value(result.patient.value).label,
                                        measure.code,
                                        measure.name,
                                        measure.unit,
                                        toString(measure.kind),
                                        toString(measure.direction),
                                        number(result.timepointMonths),
                                        result.timepointText,
                                        toString(result.statistic),
                                        result.isChangeFromBaseline ? QStringLiteral("TRUE") : QStringLiteral("FALSE"),
                                        number(result.value),
                                        number(result.spread),
                                        number(result.lower),
                                        number(result.upper),
                                        number(result.events),
                                        number(result.n),
                                        result.note,
                                        quote,
                                        field,
                                        id(source)});
        }
    }
    for (const auto& entry : referenceIds) {
        auto reference = project.references().get(ReferenceId(entry.first));
        if (!reference)
            return reference.error();
        out.references.rows.push_back(
            {QString::number(reference->id.value),
             reference->authors.isEmpty() ? QString() : reference->authors.front().shortName(),
             number(reference->year),
             reference->title,
             reference->journal,
             reference->doi,
             reference->pmid});
    }
    return out;
}

Result<void> writeDatasetXlsx(const Dataset& dataset, const QString& path)
{
    return writeWorkbook({{QStringLiteral("Studies"), dataset.studies},
                          {QStringLiteral("Arms"), dataset.arms},
                          {QStringLiteral("Interventions"), dataset.interventions},
                          {QStringLiteral("Patients"), dataset.patients},
                          {QStringLiteral("Results"), dataset.results},
                          {QStringLiteral("References"), dataset.references}},
                         path,
                         false);
}

QString datasetCsv(const Dataset& dataset)
{
    return compare::formatTable(dataset.results, compare::TableFormat::Csv);
}

Result<void> exportDataset(ReviewProject& project, DatasetFormat format, const QString& path)
{
    auto dataset = readDataset(project);
    if (!dataset)
        return dataset.error();
    if (format == DatasetFormat::Xlsx)
        return writeDatasetXlsx(*dataset, path);
    return writeFileAtomically(path, datasetCsv(*dataset).toUtf8());
}

} // namespace stemma::core::exports
