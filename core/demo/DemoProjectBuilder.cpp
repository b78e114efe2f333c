// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoProjectBuilder.h"

#include "core/ReviewProject.h"
#include "core/codebook/DefaultCodebook.h"
#include "core/codebook/EvidenceTagger.h"
#include "core/db/AuditRepository.h"
#include "core/db/Database.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/SettingsRepository.h"
#include "core/db/StudyRepository.h"
#include "core/db/TransactionGuard.h"
#include "core/demo/DemoEvidence.h"
#include "core/demo/DemoRiskOfBias.h"
#include "core/demo/DemoScreening.h"
#include "core/demo/DemoSearches.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace stemma::core::demo {
namespace {

const QString DATA_FILE = QStringLiteral("studies.json");

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

std::optional<double> optionalDouble(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<int> optionalInt(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

std::optional<bool> optionalBool(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

/** Parses an enum name with \a fromString; a name the vocabulary lacks is a mistake in the data. */
template <typename Enum, typename FromString>
Result<Enum> enumValue(
    const QJsonObject& object, const char* key, Enum fallback, FromString fromString, const QString& where)
{
    const QString name = text(object, key);
    if (name.isEmpty())
        return fallback;
    if (auto value = fromString(name))
        return *value;
    return Error{ErrorCode::Parse, QStringLiteral("%1: unknown %2 \"%3\"").arg(where, QLatin1String(key), name)};
}

Reference toReference(const QJsonObject& study)
{
    Reference reference;
    reference.title = text(study, "title");
    for (const QJsonValue& value : study.value(QLatin1String("authors")).toArray()) {
        const QJsonObject author = value.toObject();
        reference.authors.append(Author{text(author, "family"), text(author, "given"), text(author, "collective")});
    }
    reference.year = optionalInt(study, "year");
    reference.journal = text(study, "journal");
    reference.volume = text(study, "volume");
    reference.issue = text(study, "issue");
    reference.pages = text(study, "pages");
    reference.doi = text(study, "doi");
    reference.pmid = text(study, "pmid");
    reference.abstract = text(study, "summary");
    reference.url = text(study, "source_url");
    reference.language = QStringLiteral("eng");
    // Congress abstracts are their own kind of record, which reviewers weigh differently.
    if (text(study, "design_reported").contains(QLatin1String("abstract"), Qt::CaseInsensitive) ||
        reference.journal.contains(QLatin1String("congress abstract"), Qt::CaseInsensitive))
        reference.type = PublicationType::ConferenceAbstract;
    return reference;
}

/** Provenance a reviewer needs to judge the record: design as reported, checks done, unconfirmed ids. */
QString studyNotes(const QJsonObject& study)
{
    QStringList notes;
    if (const QString reported = text(study, "design_reported"); !reported.isEmpty())
        notes << QStringLiteral("Design as reported: %1.").arg(reported);
    if (const QString citation = text(study, "citation_note"); !citation.isEmpty())
        notes << QStringLiteral("Citation: %1").arg(citation);
    if (const QString status = text(study, "verification_status"); !status.isEmpty())
        notes << QStringLiteral("Verification of the facts: %1.").arg(status);
    const QJsonObject unverified = study.value(QLatin1String("identifiers_unverified")).toObject();
    for (auto it = unverified.constBegin(); it != unverified.constEnd(); ++it)
        notes
            << QStringLiteral("Unverified %1 %2: check before citing.").arg(it.key().toUpper(), it.value().toString());
    if (const QString url = text(study, "source_url"); !url.isEmpty())
        notes << QStringLiteral("Source: %1").arg(url);
    return notes.join(QLatin1Char('\n'));
}

Result<Study> toStudy(const QJsonObject& object, ReferenceId reference)
{
    Study study;
    study.label = text(object, "label");
    study.title = text(object, "title");
    auto design = enumValue(object, "design", StudyDesign::Unknown, studyDesignFromString, study.label);
    if (!design)
        return design.error();
    study.design = *design;
    study.disease = text(object, "disease");
    study.diseaseSubtype = text(object, "disease_subtype");
    study.country = text(object, "country");
    study.patientCount = optionalInt(object, "patient_count");
    study.followUpMonths = optionalDouble(object, "follow_up_months");
    study.followUpText = text(object, "follow_up");
    study.registration = text(object, "registration");
    study.notes = studyNotes(object);
    study.references = {reference};
    return study;
}

Result<Intervention> toIntervention(const QJsonObject& object, ArmId arm, const QString& where)
{
    Intervention intervention;
    intervention.arm = arm;
    auto family = enumValue(object, "family", InterventionFamily::Other, interventionFamilyFromString, where);
    if (!family)
        return family.error();
    intervention.family = *family;
    auto source = enumValue(object, "msc_source", MscSource::Unknown, mscSourceFromString, where);
    if (!source)
        return source.error();
    intervention.mscSource = *source;
    auto donor = enumValue(object, "donor", DonorType::Unknown, donorTypeFromString, where);
    if (!donor)
        return donor.error();
    intervention.donor = *donor;
    intervention.description = text(object, "description");
    intervention.cellsPerKg = optionalDouble(object, "cells_per_kg");
    intervention.infusions = optionalInt(object, "infusions");
    intervention.route = text(object, "route");
    intervention.mobilisation = text(object, "mobilisation");
    intervention.conditioning = text(object, "conditioning");
    intervention.cd34Selection = optionalBool(object, "cd34_selection");
    intervention.atg = optionalBool(object, "atg");
    intervention.atgDetail = text(object, "atg_detail");
    intervention.drugs = text(object, "drugs");
    return intervention;
}

/**
 * Adds the outcome measures the demo needs beyond the standard catalogue (digital ulcer healing,
 * pain, response as a study defines it); a measure the project already has is left as it is.
 */
Result<void> addDemoMeasures(ReviewProject& project, const QJsonArray& measures)
{
    for (const QJsonValue& value : measures) {
        const QJsonObject object = value.toObject();
        OutcomeMeasure measure;
        measure.code = text(object, "code");
        auto existing = project.outcomes().findByCode(measure.code);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        const QString where = QStringLiteral("measure %1").arg(measure.code);
        measure.name = text(object, "name");
        measure.unit = text(object, "unit");
        auto kind = enumValue(object, "kind", OutcomeKind::Continuous, outcomeKindFromString, where);
        if (!kind)
            return kind.error();
        measure.kind = *kind;
        auto direction =
            enumValue(object, "direction", BenefitDirection::HigherIsBetter, benefitDirectionFromString, where);
        if (!direction)
            return direction.error();
        measure.direction = *direction;
        measure.minimum = optionalDouble(object, "minimum");
        measure.maximum = optionalDouble(object, "maximum");
        measure.description = text(object, "description");
        auto stored = project.outcomes().insertMeasure(measure);
        if (!stored)
            return stored.error();
    }
    return {};
}

/** Writes one study and everything below it. */
class StudyWriter
{
public:
    StudyWriter(ReviewProject& project, QHash<QString, OutcomeMeasureId>& measures)
        : m_project(project)
        , m_measures(measures)
    {
    }

    Result<void> write(const QJsonObject& object, ReferenceId reference)
    {
        auto study = toStudy(object, reference);
        if (!study)
            return study.error();
        auto studyId = m_project.studies().insert(*study);
        if (!studyId)
            return studyId.error();
        m_study = *studyId;
        m_evidence.add(object, QStringLiteral("study"), m_study.value);
        m_label = study->label;
        m_arms.clear();
        m_patients.clear();
        STEMMA_TRY(writeArms(object.value(QLatin1String("arms")).toArray()));
        STEMMA_TRY(writePatients(object.value(QLatin1String("patients")).toArray()));
        STEMMA_TRY(writeOutcomes(object.value(QLatin1String("outcomes")).toArray()));
        // The abstract is written from the same facts, so its numbers can be tagged as their evidence.
        auto tagged = codebook::EvidenceTagger::tagStudyEvidence(m_project, m_study, reference);
        if (!tagged)
            return tagged.error();
        // What the extractor cannot read (a donor, a route, a rounded percentage) the facts quote.
        auto quoted = m_evidence.link(m_project, reference, m_label);
        if (!quoted)
            return quoted.error();
        return {};
    }

private:
    Result<void> writeArms(const QJsonArray& arms)
    {
        for (const QJsonValue& value : arms) {
            const QJsonObject object = value.toObject();
            const Arm arm{ArmId(), m_study, text(object, "label"), optionalInt(object, "n"), {}};
            auto armId = m_project.studies().insertArm(arm);
            if (!armId)
                return armId.error();
            m_arms.insert(arm.label, *armId);
            m_evidence.add(object, QStringLiteral("arm"), armId->value);
            const QString where = QStringLiteral("%1, arm %2").arg(m_label, arm.label);
            for (const QJsonValue& given : object.value(QLatin1String("interventions")).toArray()) {
                auto intervention = toIntervention(given.toObject(), *armId, where);
                if (!intervention)
                    return intervention.error();
                auto stored = m_project.studies().insertIntervention(*intervention);
                if (!stored)
                    return stored.error();
                m_evidence.add(given.toObject(), QStringLiteral("intervention"), stored->value);
            }
        }
        return {};
    }

    Result<ArmId> armNamed(const QString& label) const
    {
        if (label.isEmpty())
            return ArmId();
        auto it = m_arms.constFind(label);
        if (it == m_arms.constEnd())
            return Error{ErrorCode::Parse, QStringLiteral("%1: no arm \"%2\"").arg(m_label, label)};
        return *it;
    }

    Result<void> writePatients(const QJsonArray& patients)
    {
        for (const QJsonValue& value : patients) {
            const QJsonObject object = value.toObject();
            Patient patient;
            patient.study = m_study;
            auto arm = armNamed(text(object, "arm"));
            if (!arm)
                return arm.error();
            patient.arm = *arm;
            patient.label = text(object, "label");
            patient.ageYears = optionalDouble(object, "age");
            auto sex = enumValue(object, "sex", Sex::Unknown, sexFromString, m_label);
            if (!sex)
                return sex.error();
            patient.sex = *sex;
            patient.diseaseSubtype = text(object, "subtype");
            patient.diseaseDurationYears = optionalDouble(object, "disease_duration_years");
            for (const QJsonValue& therapy : object.value(QLatin1String("prior_therapies")).toArray())
                patient.priorTherapies << therapy.toString();
            auto stored = m_project.patients().insert(patient);
            if (!stored)
                return stored.error();
            m_patients.insert(patient.label, *stored);
            m_evidence.add(object, QStringLiteral("patient"), stored->value);
        }
        return {};
    }

    Result<PatientId> patientNamed(const QString& label) const
    {
        if (label.isEmpty())
            return PatientId();
        auto it = m_patients.constFind(label);
        if (it == m_patients.constEnd())
            return Error{ErrorCode::Parse, QStringLiteral("%1: no patient \"%2\"").arg(m_label, label)};
        return *it;
    }

    Result<OutcomeMeasureId> measureCoded(const QString& code)
    {
        if (auto it = m_measures.constFind(code); it != m_measures.constEnd())
            return *it;
        auto measure = m_project.outcomes().findByCode(code);
        if (!measure)
            return measure.error();
        if (!measure->has_value())
            return Error{ErrorCode::Parse, QStringLiteral("%1: unknown outcome code \"%2\"").arg(m_label, code)};
        m_measures.insert(code, (*measure)->id);
        return (*measure)->id;
    }

    Result<void> writeOutcomes(const QJsonArray& outcomes)
    {
        for (const QJsonValue& value : outcomes) {
            const QJsonObject object = value.toObject();
            OutcomeResult result;
            result.study = m_study;
            auto arm = armNamed(text(object, "arm"));
            if (!arm)
                return arm.error();
            result.arm = *arm;
            // Individual patient data name the patient instead of an arm.
            auto patient = patientNamed(text(object, "patient"));
            if (!patient)
                return patient.error();
            result.patient = *patient;
            auto measure = measureCoded(text(object, "code"));
            if (!measure)
                return measure.error();
            result.measure = *measure;
            auto statistic = enumValue(object, "statistic", Statistic::MeanSd, statisticFromString, m_label);
            if (!statistic)
                return statistic.error();
            result.statistic = *statistic;
            result.timepointMonths = optionalDouble(object, "timepoint_months");
            result.timepointText = text(object, "timepoint");
            result.isChangeFromBaseline = object.value(QLatin1String("change_from_baseline")).toBool();
            result.value = optionalDouble(object, "value");
            result.spread = optionalDouble(object, "spread");
            result.lower = optionalDouble(object, "lower");
            result.upper = optionalDouble(object, "upper");
            result.events = optionalInt(object, "events");
            result.n = optionalInt(object, "n");
            result.note = text(object, "note");
            auto stored = m_project.outcomes().insertResult(result);
            if (!stored)
                return stored.error();
            m_evidence.addOutcome(object, stored->value, text(object, "code"));
        }
        return {};
    }

    ReviewProject& m_project;
    QHash<QString, OutcomeMeasureId>& m_measures;
    StudyId m_study;
    QString m_label;
    QHash<QString, ArmId> m_arms;
    QHash<QString, PatientId> m_patients;
    DemoEvidence m_evidence;
};

} // namespace

QString demoDataPath()
{
    return QStringLiteral(":/stemma/demo/") + DATA_FILE;
}

Result<void> buildDemoProject(ReviewProject& project)
{
    QFile file(demoDataPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     QStringLiteral("the demo data is missing from this build (%1)").arg(file.fileName())};
    return buildDemoProject(project, file.readAll());
}

Result<void> buildDemoProject(ReviewProject& project, const QByteArray& facts)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(facts, &parseError);
    if (document.isNull())
        return Error{ErrorCode::Parse, QStringLiteral("demo data: %1").arg(parseError.errorString())};
    const QJsonArray studies = document.object().value(QLatin1String("studies")).toArray();

    db::TransactionGuard transaction(project.database());
    // Evidence spans need tags; a project without a codebook gets the default one.
    if (auto seeded = codebook::seedDefaultCodebook(project); !seeded)
        return seeded.error();
    STEMMA_TRY(addDemoMeasures(project, document.object().value(QLatin1String("measures")).toArray()));
    auto searches =
        DemoSearches::create(project, document.object().value(QLatin1String("searches")).toArray(), studies);
    if (!searches)
        return searches.error();

    QHash<QString, OutcomeMeasureId> measures;
    StudyWriter writer(project, measures);
    std::vector<DemoScreeningItem> screened;
    for (const QJsonValue& value : studies) {
        const QJsonObject object = value.toObject();
        const Reference record = toReference(object);
        auto reference = project.references().insert(record);
        if (!reference)
            return reference.error();
        // The record as shipped is kept as the reference's source, like any imported record; a record
        // found again in a later database is stored as a duplicate merged into the first.
        const QString raw = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        const QStringList foundIn = searches->databasesOf(object);
        for (qsizetype i = 0; i < foundIn.size(); ++i) {
            ReferenceId holder = *reference;
            if (i > 0) {
                auto duplicate = project.references().insert(record);
                if (!duplicate)
                    return duplicate.error();
                STEMMA_TRY(project.references().setMergedInto(*duplicate, *reference));
                holder = *duplicate;
            }
            STEMMA_TRY(searches->addRecord(project, foundIn[i], holder, raw));
        }
        STEMMA_TRY(writer.write(object, *reference));
        DemoScreeningItem item;
        item.reference = *reference;
        item.design =
            studyDesignFromString(object.value(QLatin1String("design")).toString()).value_or(StudyDesign::Unknown);
        const QJsonObject exclusion = object.value(QLatin1String("illustrative_exclusion")).toObject();
        if (!exclusion.isEmpty()) {
            item.excludedAt = screeningStageFromString(text(exclusion, "stage"));
            if (!item.excludedAt)
                return Error{ErrorCode::Parse,
                             QStringLiteral("%1: unknown screening stage \"%2\"")
                                 .arg(text(object, "label"), text(exclusion, "stage"))};
            item.reason = text(exclusion, "reason");
        }
        screened.push_back(item);
    }
    STEMMA_TRY(screenDemoReferences(project, screened));
    if (auto assessed = addDemoRiskOfBias(project); !assessed)
        return assessed.error();

    AuditEntry entry;
    entry.actor = QStringLiteral("stemma");
    entry.action = QStringLiteral("import");
    entry.entity = QStringLiteral("import_batch");
    entry.entityId = searches->firstBatch().value;
    entry.detail = QStringLiteral("demo project built from %1 studies").arg(studies.size());
    auto logged = project.audit().append(entry);
    if (!logged)
        return logged.error();
    STEMMA_TRY(project.settings().set(QString::fromLatin1(DEMO_FACTS_SETTING), demoFactsVersion(facts)));
    return transaction.commit();
}

QString demoFactsVersion(const QByteArray& facts)
{
    return QString::fromLatin1(QCryptographicHash::hash(facts, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace stemma::core::demo
