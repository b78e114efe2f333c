// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/StudiesCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/StudyRepository.h"
#include "core/edit/EditHistory.h"
#include "core/edit/LinkStudyReference.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace stemma::cli {

namespace {

using namespace stemma::core;

template <typename T> void putOptional(QJsonObject& object, const QString& key, const std::optional<T>& value)
{
    if (value)
        object.insert(key, *value);
}

void putText(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

/** Reads the whole project's studies into JSON; one failure stops it with the error. */
class StudyJsonWriter
{
public:
    explicit StudyJsonWriter(ReviewProject& project)
        : m_project(project)
    {
    }

    Result<QJsonArray> write()
    {
        auto measures = m_project.outcomes().measures();
        if (!measures)
            return measures.error();
        for (const OutcomeMeasure& measure : *measures)
            m_measureCodes.insert(measure.id.value, measure.code);
        auto studies = m_project.studies().list();
        if (!studies)
            return studies.error();
        QJsonArray array;
        for (const Study& study : *studies) {
            auto object = writeStudy(study);
            if (!object)
                return object.error();
            array.append(*object);
        }
        return array;
    }

private:
    /** The tagged text each linked field of a row came from, as {field, tag, quote, reference, start, end}. */
    Result<QJsonArray> evidence(const QString& entity, qint64 id)
    {
        auto links = m_project.codebook().linksFor(entity, id);
        if (!links)
            return links.error();
        QJsonArray array;
        for (const auto& link : *links) {
            auto span = m_project.codebook().span(link.span);
            if (!span)
                return span.error();
            array.append(QJsonObject{{QStringLiteral("field"), link.field},
                                     {QStringLiteral("tag"), tagName(span->tag)},
                                     {QStringLiteral("quote"), span->quote},
                                     {QStringLiteral("reference"), span->reference.value},
                                     {QStringLiteral("textField"), span->field},
                                     {QStringLiteral("start"), span->start},
                                     {QStringLiteral("end"), span->end}});
        }
        return array;
    }

    QString tagName(TagId id)
    {
        if (auto it = m_tagNames.constFind(id.value); it != m_tagNames.constEnd())
            return *it;
        auto tag = m_project.codebook().tag(id);
        const QString name = tag ? tag->name : QString();
        m_tagNames.insert(id.value, name);
        return name;
    }

    Result<void> putEvidence(QJsonObject& object, const QString& entity, qint64 id)
    {
        auto links = evidence(entity, id);
        if (!links)
            return links.error();
        if (!links->isEmpty())
            object.insert(QStringLiteral("evidence"), *links);
        return {};
    }

    Result<QJsonObject> writeStudy(const Study& study)
    {
        QJsonObject object{{QStringLiteral("id"), study.id.value},
                           {QStringLiteral("label"), study.label},
                           {QStringLiteral("design"), toString(study.design)}};
        putText(object, QStringLiteral("title"), study.title);
        putText(object, QStringLiteral("disease"), study.disease);
        putText(object, QStringLiteral("diseaseSubtype"), study.diseaseSubtype);
        putText(object, QStringLiteral("country"), study.country);
        putOptional(object, QStringLiteral("patientCount"), study.patientCount);
        putOptional(object, QStringLiteral("followUpMonths"), study.followUpMonths);
        putText(object, QStringLiteral("followUp"), study.followUpText);
        putText(object, QStringLiteral("evidenceLevel"), study.evidenceLevel);
        putText(object, QStringLiteral("registration"), study.registration);
        QJsonArray references;
        for (const ReferenceId reference : study.references)
            references.append(reference.value);
        object.insert(QStringLiteral("references"), references);
        STEMMA_TRY(putEvidence(object, QStringLiteral("study"), study.id.value));

        auto arms = m_project.studies().arms(study.id);
        if (!arms)
            return arms.error();
        QHash<qint64, QString> armLabels;
        QJsonArray armArray;
        for (const Arm& arm : *arms) {
            armLabels.insert(arm.id.value, arm.label);
            QJsonObject armObject{{QStringLiteral("id"), arm.id.value}, {QStringLiteral("label"), arm.label}};
            putOptional(armObject, QStringLiteral("n"), arm.size);
            putText(armObject, QStringLiteral("notes"), arm.notes);
            STEMMA_TRY(putEvidence(armObject, QStringLiteral("arm"), arm.id.value));
            auto interventions = m_project.studies().interventions(arm.id);
            if (!interventions)
                return interventions.error();
            QJsonArray interventionArray;
            for (const Intervention& intervention : *interventions) {
                auto written = writeIntervention(intervention);
                if (!written)
                    return written.error();
                interventionArray.append(*written);
            }
            armObject.insert(QStringLiteral("interventions"), interventionArray);
            armArray.append(armObject);
        }
        object.insert(QStringLiteral("arms"), armArray);

        auto patients = m_project.patients().list(study.id);
        if (!patients)
            return patients.error();
        QJsonArray patientArray;
        for (const Patient& patient : *patients) {
            QJsonObject patientObject{{QStringLiteral("id"), patient.id.value},
                                      {QStringLiteral("label"), patient.label},
                                      {QStringLiteral("sex"), toString(patient.sex)}};
            if (patient.arm.isValid())
                patientObject.insert(QStringLiteral("arm"), armLabels.value(patient.arm.value));
            putOptional(patientObject, QStringLiteral("ageYears"), patient.ageYears);
            putText(patientObject, QStringLiteral("diseaseSubtype"), patient.diseaseSubtype);
            putOptional(patientObject, QStringLiteral("diseaseDurationYears"), patient.diseaseDurationYears);
            if (!patient.priorTherapies.isEmpty())
                patientObject.insert(QStringLiteral("priorTherapies"),
                                     QJsonArray::fromStringList(patient.priorTherapies));
            putText(patientObject, QStringLiteral("notes"), patient.notes);
            patientArray.append(patientObject);
        }
        object.insert(QStringLiteral("patients"), patientArray);

        auto results = m_project.outcomes().resultsForStudy(study.id);
        if (!results)
            return results.error();
        QJsonArray outcomeArray;
        for (const OutcomeResult& result : *results) {
            QJsonObject resultObject{{QStringLiteral("id"), result.id.value},
                                     {QStringLiteral("measure"), m_measureCodes.value(result.measure.value)},
                                     {QStringLiteral("statistic"), toString(result.statistic)}};
            if (result.arm.isValid())
                resultObject.insert(QStringLiteral("arm"), armLabels.value(result.arm.value));
            if (result.patient.isValid())
                resultObject.insert(QStringLiteral("patient"), result.patient.value);
            putOptional(resultObject, QStringLiteral("timepointMonths"), result.timepointMonths);
            putText(resultObject, QStringLiteral("timepoint"), result.timepointText);
            if (result.isChangeFromBaseline)
                resultObject.insert(QStringLiteral("changeFromBaseline"), true);
            putOptional(resultObject, QStringLiteral("value"), result.value);
            putOptional(resultObject, QStringLiteral("spread"), result.spread);
            putOptional(resultObject, QStringLiteral("lower"), result.lower);
            putOptional(resultObject, QStringLiteral("upper"), result.upper);
            putOptional(resultObject, QStringLiteral("events"), result.events);
            putOptional(resultObject, QStringLiteral("n"), result.n);
            putText(resultObject, QStringLiteral("note"), result.note);
            if (result.sourceSpan.isValid())
                resultObject.insert(QStringLiteral("sourceSpan"), result.sourceSpan.value);
            STEMMA_TRY(putEvidence(resultObject, QStringLiteral("outcome_result"), result.id.value));
            outcomeArray.append(resultObject);
        }
        object.insert(QStringLiteral("outcomes"), outcomeArray);
        return object;
    }

    Result<QJsonObject> writeIntervention(const Intervention& intervention)
    {
        QJsonObject object{{QStringLiteral("id"), intervention.id.value},
                           {QStringLiteral("family"), toString(intervention.family)}};
        putText(object, QStringLiteral("description"), intervention.description);
        if (intervention.mscSource != MscSource::Unknown)
            object.insert(QStringLiteral("mscSource"), toString(intervention.mscSource));
        if (intervention.donor != DonorType::Unknown)
            object.insert(QStringLiteral("donor"), toString(intervention.donor));
        putOptional(object, QStringLiteral("cellsPerKg"), intervention.cellsPerKg);
        putOptional(object, QStringLiteral("infusions"), intervention.infusions);
        putText(object, QStringLiteral("route"), intervention.route);
        putText(object, QStringLiteral("mobilisation"), intervention.mobilisation);
        putText(object, QStringLiteral("conditioning"), intervention.conditioning);
        putOptional(object, QStringLiteral("cd34Selection"), intervention.cd34Selection);
        putOptional(object, QStringLiteral("atg"), intervention.atg);
        putText(object, QStringLiteral("atgDetail"), intervention.atgDetail);
        putText(object, QStringLiteral("drugs"), intervention.drugs);
        STEMMA_TRY(putEvidence(object, QStringLiteral("intervention"), intervention.id.value));
        return object;
    }

    ReviewProject& m_project;
    QHash<qint64, QString> m_measureCodes;
    QHash<qint64, QString> m_tagNames;
};

} // namespace

QString StudiesCommand::name() const
{
    return QStringLiteral("studies");
}

QString StudiesCommand::summary() const
{
    return QStringLiteral("List the extracted studies with arms, interventions, patients and outcomes.");
}

int StudiesCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Prints the project's studies. With --json, every study with its arms, "
                                         "interventions, patients, outcome results and the tagged text each "
                                         "linked value came from (\"evidence\")."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print a JSON array of studies."));
    command.addOption(QStringLiteral("link"),
                      QStringLiteral("Link reference REF (a follow-up, an abstract) to study STUDY first."),
                      QStringLiteral("STUDY:REF"));
    command.addOption(QStringLiteral("unlink"),
                      QStringLiteral("Take reference REF off study STUDY first."),
                      QStringLiteral("STUDY:REF"));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const auto pairOf = [](const QString& text) -> std::optional<std::pair<StudyId, ReferenceId>> {
        const QStringList parts = text.split(QLatin1Char(':'));
        bool studyOk = false;
        bool referenceOk = false;
        const qint64 study = parts.value(0).toLongLong(&studyOk);
        const qint64 reference = parts.value(1).toLongLong(&referenceOk);
        if (parts.size() != 2 || !studyOk || !referenceOk)
            return std::nullopt;
        return std::pair{StudyId(study), ReferenceId(reference)};
    };
    std::vector<std::unique_ptr<core::edit::LinkStudyReference>> links;
    for (const auto& [option, action] :
         {std::pair{QStringLiteral("link"), core::edit::LinkStudyReference::Action::Link},
          std::pair{QStringLiteral("unlink"), core::edit::LinkStudyReference::Action::Unlink}})
        for (const QString& value : command.parser().values(option)) {
            const auto pair = pairOf(value);
            if (!pair)
                return context.fail(QStringLiteral("studies: --%1 takes STUDY:REF, two ids such as 3:42").arg(option),
                                    UsageError);
            links.push_back(std::make_unique<core::edit::LinkStudyReference>(pair->first, pair->second, action));
        }
    auto project = openProject(command.parser().positionalArguments().front(), context);
    if (!project)
        return Failure;
    // The same command the window runs: one transaction and one audit entry per link.
    core::edit::EditHistory history(*project);
    for (auto& link : links)
        if (auto linked = history.push(std::move(link)); !linked)
            return context.fail(linked.error().message);

    StudyJsonWriter writer(*project);
    auto studies = writer.write();
    if (!studies)
        return context.fail(studies.error().message);
    if (command.parser().isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(*studies));
        return Success;
    }
    context.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(QStringLiteral("ID"), -5)
                       .arg(QStringLiteral("LABEL"), -28)
                       .arg(QStringLiteral("DESIGN"), -22)
                       .arg(QStringLiteral("N"), -6)
                       .arg(QStringLiteral("ARMS"), -5)
                       .arg(QStringLiteral("RESULTS"));
    for (const QJsonValue& value : *studies) {
        const QJsonObject study = value.toObject();
        const QJsonValue count = study.value(QStringLiteral("patientCount"));
        context.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                           .arg(study.value(QStringLiteral("id")).toInteger(), -5)
                           .arg(study.value(QStringLiteral("label")).toString().left(28), -28)
                           .arg(study.value(QStringLiteral("design")).toString(), -22)
                           .arg(count.isDouble() ? QString::number(count.toInt()) : QStringLiteral("-"), -6)
                           .arg(study.value(QStringLiteral("arms")).toArray().size(), -5)
                           .arg(study.value(QStringLiteral("outcomes")).toArray().size());
    }
    if (studies->isEmpty())
        context.out << "(no studies)\n";
    return Success;
}

} // namespace stemma::cli
