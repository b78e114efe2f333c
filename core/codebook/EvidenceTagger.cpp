// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codebook/EvidenceTagger.h"

#include "core/ReviewProject.h"
#include "core/codebook/ReferenceText.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "core/db/TransactionGuard.h"
#include "core/extract/Extractor.h"

#include <cmath>
#include <optional>

namespace stemma::core::codebook {
namespace {

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool same(std::optional<double> stored, std::optional<double> given)
{
    if (!stored || !given)
        return false;
    return std::abs(*stored - *given) <= 1e-9 * std::max(1.0, std::abs(*stored));
}

bool same(std::optional<int> stored, std::optional<double> given)
{
    return stored && same(std::optional<double>(*stored), given);
}

/** The months a follow-up suggestion states, from its value and unit ("5.8" "years" → 69.6). */
std::optional<double> months(const extract::Suggestion& suggestion)
{
    const auto value = number(suggestion.value);
    if (!value)
        return std::nullopt;
    const QString unit = suggestion.unit.toLower();
    if (unit.startsWith(QLatin1String("year")))
        return *value * 12;
    if (unit.startsWith(QLatin1String("week")))
        return *value * 12 / 52;
    return value;
}

} // namespace

QString EvidenceTagger::tagNameFor(const extract::Suggestion& suggestion)
{
    const QString& field = suggestion.field;
    if (field == QLatin1String("patients"))
        return QStringLiteral("Patient count");
    if (field == QLatin1String("age"))
        return QStringLiteral("Age");
    if (field == QLatin1String("sex"))
        return QStringLiteral("Sex");
    if (field == QLatin1String("disease_subtype"))
        return QStringLiteral("Disease subtype");
    if (field == QLatin1String("disease_duration"))
        return QStringLiteral("Disease duration");
    if (field == QLatin1String("prior_therapy"))
        return QStringLiteral("Prior therapy");
    if (field == QLatin1String("intervention_family"))
        return QStringLiteral("Intervention");
    if (field == QLatin1String("msc_source"))
        return QStringLiteral("MSC source");
    if (field == QLatin1String("donor"))
        return QStringLiteral("Donor");
    if (field == QLatin1String("dose"))
        return QStringLiteral("Dose");
    if (field == QLatin1String("infusions"))
        return QStringLiteral("Infusions");
    if (field == QLatin1String("route"))
        return QStringLiteral("Route");
    if (field == QLatin1String("follow_up"))
        return QStringLiteral("Follow-up");
    if (field == QLatin1String("mobilisation"))
        return QStringLiteral("Mobilisation");
    if (field == QLatin1String("conditioning"))
        return QStringLiteral("Conditioning");
    if (field == QLatin1String("cd34_selection"))
        return QStringLiteral("CD34 selection");
    if (field == QLatin1String("outcome")) {
        for (const char* known : {"mRSS", "FVC", "DLCO", "HAQ-DI"})
            if (suggestion.measure == QLatin1String(known))
                return suggestion.measure;
        return QStringLiteral("Other outcome");
    }
    if (field == QLatin1String("deaths"))
        return suggestion.measure.contains(QLatin1String("related")) ? QStringLiteral("Treatment-related mortality")
                                                                     : QStringLiteral("Death");
    if (field == QLatin1String("adverse_event"))
        return suggestion.measure.contains(QLatin1String("serious")) ? QStringLiteral("Serious adverse event")
                                                                     : QStringLiteral("Adverse event");
    return QStringLiteral("Other outcome");
}

Result<Tag> EvidenceTagger::findOrDescribeTag(ReviewProject& project, const QString& name)
{
    auto tags = project.codebook().tags();
    if (!tags)
        return tags.error();
    for (const Tag& tag : *tags)
        if (tag.name.compare(name, Qt::CaseInsensitive) == 0)
            return tag;
    return Tag{TagId(), TagId(), name, {}, {}, int(tags->size())};
}

Result<TagId> EvidenceTagger::tagNamed(ReviewProject& project, const QString& name)
{
    auto tag = findOrDescribeTag(project, name);
    if (!tag)
        return tag.error();
    if (tag->id.isValid())
        return tag->id;
    return project.codebook().insertTag(*tag);
}

Result<QList<EvidenceMatch>> EvidenceTagger::matches(ReviewProject& project,
                                                     StudyId studyId,
                                                     const extract::Suggestion& suggestion)
{
    auto study = project.studies().get(studyId);
    if (!study)
        return study.error();
    const QString tag = tagNameFor(suggestion);
    const auto value = number(suggestion.value);
    QList<EvidenceMatch> found;
    const QString& field = suggestion.field;

    if (field == QLatin1String("patients")) {
        if (same(study->patientCount, value))
            found.append({tag, QStringLiteral("study"), studyId.value, QStringLiteral("patientCount")});
        auto arms = project.studies().arms(studyId);
        if (!arms)
            return arms.error();
        for (const Arm& arm : *arms)
            if (same(arm.size, value))
                found.append({tag, QStringLiteral("arm"), arm.id.value, QStringLiteral("size")});
    } else if (field == QLatin1String("follow_up")) {
        if (same(study->followUpMonths, months(suggestion)))
            found.append({tag, QStringLiteral("study"), studyId.value, QStringLiteral("followUpMonths")});
    } else if (field == QLatin1String("dose") || field == QLatin1String("infusions") ||
               field == QLatin1String("msc_source") || field == QLatin1String("donor")) {
        auto interventions = project.studies().interventionsForStudy(studyId);
        if (!interventions)
            return interventions.error();
        for (const Intervention& intervention : *interventions) {
            const qint64 id = intervention.id.value;
            if (field == QLatin1String("dose") && suggestion.unit == QLatin1String("cells/kg") &&
                same(intervention.cellsPerKg, value))
                found.append({tag, QStringLiteral("intervention"), id, QStringLiteral("cellsPerKg")});
            else if (field == QLatin1String("infusions") && same(intervention.infusions, value))
                found.append({tag, QStringLiteral("intervention"), id, QStringLiteral("infusions")});
            else if (field == QLatin1String("msc_source") && intervention.mscSource != MscSource::Unknown &&
                     toString(intervention.mscSource) == suggestion.value)
                found.append({tag, QStringLiteral("intervention"), id, QStringLiteral("mscSource")});
            else if (field == QLatin1String("donor") && intervention.donor != DonorType::Unknown &&
                     toString(intervention.donor) == suggestion.value)
                found.append({tag, QStringLiteral("intervention"), id, QStringLiteral("donor")});
        }
    } else if (field == QLatin1String("outcome") || field == QLatin1String("deaths")) {
        auto results = project.outcomes().resultsForStudy(studyId);
        if (!results)
            return results.error();
        auto measures = project.outcomes().measures();
        if (!measures)
            return measures.error();
        for (const OutcomeResult& result : *results) {
            QString code;
            for (const OutcomeMeasure& measure : *measures)
                if (measure.id == result.measure)
                    code = measure.code;
            bool hit = false;
            if (field == QLatin1String("outcome"))
                hit = code == suggestion.measure && same(result.value, value);
            else if (code == QLatin1String("TRM") || code == QLatin1String("DEATH"))
                hit = suggestion.unit == QLatin1String("%") ? same(result.value, value) : same(result.events, value);
            if (hit)
                found.append({tag, QStringLiteral("outcome_result"), result.id.value, QStringLiteral("value")});
        }
    }
    return found;
}

Result<int> EvidenceTagger::tagStudyEvidence(ReviewProject& project,
                                             StudyId study,
                                             ReferenceId referenceId,
                                             const QString& field)
{
    auto fieldText = ReferenceText::text(project, referenceId, field);
    if (!fieldText)
        return fieldText.error();
    const QString& text = *fieldText;
    if (text.isEmpty())
        return 0;

    db::TransactionGuard transaction(project.database());
    const extract::Extractor extractor;
    int stored = 0;
    for (const extract::Suggestion& suggestion : extractor.extract(text)) {
        auto found = matches(project, study, suggestion);
        if (!found)
            return found.error();
        if (found->isEmpty())
            continue;
        auto tag = tagNamed(project, found->front().tagName);
        if (!tag)
            return tag.error();
        TagSpan span;
        span.tag = *tag;
        span.reference = referenceId;
        span.field = field;
        span.start = suggestion.start;
        span.end = suggestion.end;
        span.quote = suggestion.text;
        span.note = QStringLiteral("Tagged from the extractor's suggestion");
        auto spanId = project.codebook().insertSpan(span);
        if (!spanId)
            return spanId.error();
        ++stored;
        for (const EvidenceMatch& match : *found) {
            STEMMA_TRY(project.codebook().link(match.entity, match.entityId, match.field, *spanId));
            if (match.entity != QLatin1String("outcome_result"))
                continue;
            auto result = project.outcomes().result(OutcomeResultId(match.entityId));
            if (!result)
                return result.error();
            if (!result->sourceSpan.isValid()) {
                result->sourceSpan = *spanId;
                STEMMA_TRY(project.outcomes().updateResult(*result));
            }
        }
    }
    STEMMA_TRY(transaction.commit());
    return stored;
}

} // namespace stemma::core::codebook
