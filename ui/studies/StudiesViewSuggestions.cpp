// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The suggestions side of the Studies part: reading the study's texts with the extractor, offering
// each value once, and storing an accepted one with the words it came from.
#include "core/ReviewProject.h"
#include "core/codebook/EvidenceTagger.h"
#include "core/codebook/ReferenceText.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "core/edit/AddIntervention.h"
#include "core/edit/AddOutcomeResult.h"
#include "core/edit/AddPatient.h"
#include "core/edit/AddTag.h"
#include "core/edit/AddTagSpan.h"
#include "core/edit/SetInterventionField.h"
#include "core/edit/SetPatientField.h"
#include "core/edit/SuggestionValues.h"
#include "core/extract/Extractor.h"
#include "ui/ProjectSession.h"
#include "ui/evidence/TaggedTextView.h"
#include "ui/studies/StudiesView.h"

#include <QSet>
#include <QTableWidget>
#include <QUndoStack>

#include <algorithm>

namespace stemma::ui {
namespace {

using core::edit::StudyField;

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

/** Where some words stand: a reference's field and the character range in it. */
QString placeKey(core::ReferenceId reference, const QString& field, int start, int end)
{
    return QStringLiteral("%1/%2/%3/%4").arg(reference.value).arg(field).arg(start).arg(end);
}

} // namespace

void StudiesView::runExtractor()
{
    m_pending.clear();
    auto study =
        m_study.isValid() ? m_session.project().studies().get(m_study) : core::Result<core::Study>(core::Error{});
    if (study) {
        const core::extract::Extractor extractor;
        core::extract::SuggestionGroups groups;
        for (const core::ReferenceId referenceId : study->references)
            for (const QString& field : core::codebook::ReferenceText::fields()) {
                auto text = core::codebook::ReferenceText::text(m_session.project(), referenceId, field);
                if (text)
                    groups.add(referenceId, field, extractor.extract(*text));
            }
        // A value already stored from exactly these words (its span tagged and linked to a value)
        // was accepted in an earlier sitting: offering it again would ask the reviewer twice.
        const auto taken = linkedPlaces(study->references);
        for (const auto& group : groups.groups()) {
            const bool accepted = std::all_of(
                group.occurrences.begin(), group.occurrences.end(), [&](const core::extract::Occurrence& o) {
                    return taken.contains(placeKey(o.reference, o.field, o.start, o.end));
                });
            if (!accepted || group.occurrences.isEmpty())
                m_pending.push_back(group);
        }
        if (!study->references.isEmpty())
            m_source->showReference(study->references.front());
    }
    fillSuggestions();
}

QSet<QString> StudiesView::linkedPlaces(const QList<core::ReferenceId>& references)
{
    QSet<QString> places;
    auto& codebook = m_session.project().codebook();
    for (const core::ReferenceId reference : references) {
        auto spans = codebook.spansForReference(reference);
        if (!spans)
            continue;
        for (const core::TagSpan& span : *spans)
            if (auto links = codebook.linksForSpan(span.id); links && !links->empty())
                places.insert(placeKey(reference, span.field, span.start, span.end));
    }
    return places;
}

void StudiesView::fillSuggestions()
{
    m_suggestions->setRowCount(int(m_pending.size()));
    for (int row = 0; row < int(m_pending.size()); ++row) {
        const auto& s = m_pending[size_t(row)].suggestion;
        QStringList detail;
        for (const QString& part : {s.measure, s.timepoint, s.unit})
            if (!part.isEmpty())
                detail << part;
        const int mentions = int(m_pending[size_t(row)].occurrences.size());
        const QString text = mentions > 1 ? tr("%1 (and %n more)", nullptr, mentions - 1).arg(s.text) : s.text;
        const QStringList cells{s.field, s.value, detail.join(QStringLiteral(" · ")), text};
        for (int column = 0; column < cells.size(); ++column)
            m_suggestions->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    for (int column = 0; column < 3; ++column)
        m_suggestions->resizeColumnToContents(column);
}

void StudiesView::reject(int row)
{
    if (row < 0 || row >= int(m_pending.size()))
        return;
    m_pending.erase(m_pending.begin() + row);
    fillSuggestions();
}

core::PatientId StudiesView::patientForSuggestion()
{
    if (m_selectedEntity == QLatin1String("patient"))
        return core::PatientId(m_selectedId);
    auto& project = m_session.project();
    auto study = project.studies().get(m_study);
    if (!study || (study->design != core::StudyDesign::CaseReport && study->patientCount != 1))
        return {};
    auto patients = project.patients().list(m_study);
    if (!patients)
        return {};
    if (patients->size() == 1)
        return patients->front().id;
    if (!patients->empty())
        return {}; // several patients: the reviewer picks one in the tree
    core::Patient patient;
    patient.study = m_study;
    patient.arm = m_targetArm;
    patient.label = QStringLiteral("1");
    auto added = m_session.push(std::make_unique<core::edit::AddPatient>(patient));
    return added ? core::PatientId(added->createdId(core::edit::EntityKind::Patient)) : core::PatientId();
}

bool StudiesView::accept(int row)
{
    if (!m_study.isValid() || row < 0 || row >= int(m_pending.size()))
        return false;
    const Pending pending = m_pending[size_t(row)];
    const auto& s = pending.suggestion;
    auto& project = m_session.project();
    auto tag =
        core::codebook::EvidenceTagger::findOrDescribeTag(project, core::codebook::EvidenceTagger::tagNameFor(s));
    if (!tag)
        return false;
    // A tag the codebook lacks is added inside the same undo step as the value it files.
    m_session.beginMacro(tr("Accept %1 %2").arg(s.field, s.value));
    if (!tag->id.isValid()) {
        auto added = m_session.push(std::make_unique<core::edit::AddTag>(*tag));
        if (!added) {
            m_session.endMacro();
            return false;
        }
        tag->id = core::TagId(added->createdId(core::edit::EntityKind::Tag));
    }
    // One span per place the value was read, so every mention stays highlighted and traceable.
    QList<core::TagSpan> spans;
    for (const core::extract::Occurrence& occurrence : pending.occurrences) {
        core::TagSpan span;
        span.tag = tag->id;
        span.reference = occurrence.reference;
        span.field = occurrence.field;
        span.start = occurrence.start;
        span.end = occurrence.end;
        span.quote = occurrence.text;
        spans << span;
    }

    bool ok = true;
    const auto tagAndLink = [&](const QString& entity, qint64 id, const QString& linkField, qsizetype from = 0) {
        for (qsizetype i = from; ok && i < spans.size(); ++i)
            ok = m_session
                     .push(std::make_unique<core::edit::AddTagSpan>(
                         spans[i], QList<core::edit::EvidenceTarget>{{entity, id, linkField}}))
                     .hasValue();
    };
    const auto studyValue = [&](StudyField field, const QString& value) {
        auto current = project.studies().get(m_study);
        if (ok && current && core::edit::SetStudyField::value(*current, field) != value.trimmed())
            ok = m_session.push(std::make_unique<core::edit::SetStudyField>(m_study, field, value)).hasValue();
        tagAndLink(QStringLiteral("study"), m_study.value, core::edit::SetStudyField::linkName(field));
    };
    const auto patientValue = [&]() -> bool {
        if (!core::edit::suggestion::patientValue(s, core::Patient{}))
            return false;
        const core::PatientId patientId = patientForSuggestion();
        auto patient =
            patientId.isValid() ? project.patients().get(patientId) : core::Result<core::Patient>(core::Error{});
        if (!patient)
            return false;
        const auto value = core::edit::suggestion::patientValue(s, *patient);
        if (!value)
            return false;
        if (core::edit::SetPatientField::value(*patient, value->field) != value->text)
            ok = m_session.push(std::make_unique<core::edit::SetPatientField>(patientId, value->field, value->text))
                     .hasValue();
        tagAndLink(QStringLiteral("patient"), patientId.value, core::edit::SetPatientField::linkName(value->field));
        m_selectedEntity = QStringLiteral("patient");
        m_selectedId = patientId.value;
        return true;
    };
    const auto interventionValue = core::edit::suggestion::interventionValue(s);
    if (s.field == QLatin1String("patients")) {
        studyValue(StudyField::PatientCount, s.value);
    } else if (s.field == QLatin1String("follow_up")) {
        auto months = number(s.value);
        if (months && s.unit.startsWith(QLatin1String("year")))
            *months *= 12;
        studyValue(StudyField::FollowUpMonths, months ? QString::number(*months) : QString());
    } else if (s.field == QLatin1String("disease_subtype") && m_selectedEntity != QLatin1String("patient")) {
        studyValue(StudyField::DiseaseSubtype, s.value);
    } else if (s.field == QLatin1String("outcome") || s.field == QLatin1String("deaths")) {
        const QString code =
            s.field == QLatin1String("deaths")
                ? (s.measure.contains(QLatin1String("related")) ? QStringLiteral("TRM") : QStringLiteral("DEATH"))
                : s.measure;
        auto measure = project.outcomes().findByCode(code);
        if (measure && measure->has_value()) {
            core::OutcomeResult result;
            result.study = m_study;
            result.arm = m_targetArm;
            result.measure = (*measure)->id;
            result.timepointText = s.timepoint;
            if (s.timepoint == QLatin1String("baseline"))
                result.timepointMonths = 0;
            if (m_selectedEntity == QLatin1String("patient")) {
                result.patient = core::PatientId(m_selectedId);
                if (auto patient = project.patients().get(result.patient))
                    result.arm = patient->arm;
            }
            if (s.field == QLatin1String("deaths") && s.unit != QLatin1String("%")) {
                result.statistic = core::Statistic::EventsTotal;
                if (auto events = number(s.value))
                    result.events = int(*events);
            } else {
                result.statistic = s.unit == QLatin1String("%") ? core::Statistic::Percentage
                                   : result.patient.isValid()   ? core::Statistic::IndividualValue
                                                                : core::Statistic::MeanSd;
                result.value = number(s.value);
            }
            // The id comes from the returned change: a command that failed is gone by now.
            auto added = m_session.push(std::make_unique<core::edit::AddOutcomeResult>(result, spans.front()));
            ok = added.hasValue();
            if (ok)
                tagAndLink(QStringLiteral("outcome_result"),
                           added->createdId(core::edit::EntityKind::OutcomeResult),
                           QStringLiteral("value"),
                           1);
        } else {
            ok = false;
        }
    } else if (interventionValue && m_targetArm.isValid()) {
        // Fill what the arm already received; a dose, a donor and a route are one intervention, not three.
        auto interventions = project.studies().interventions(m_targetArm);
        const core::InterventionId selected = m_selectedEntity == QLatin1String("intervention")
                                                  ? core::InterventionId(m_selectedId)
                                                  : core::InterventionId();
        std::optional<core::InterventionId> target;
        if (interventions)
            target = core::edit::suggestion::interventionToFill(*interventions, s, selected);
        if (!target) {
            core::Intervention intervention;
            intervention.arm = m_targetArm;
            intervention.family = core::edit::suggestion::familyOf(s).value_or(core::InterventionFamily::Msc);
            auto added = m_session.push(std::make_unique<core::edit::AddIntervention>(intervention));
            ok = added.hasValue();
            if (ok)
                target = core::InterventionId(added->createdId(core::edit::EntityKind::Intervention));
        }
        if (ok && interventionValue->field != core::edit::InterventionField::Family) {
            auto current = project.studies().intervention(*target);
            if (current &&
                core::edit::SetInterventionField::value(*current, interventionValue->field) != interventionValue->text)
                ok = m_session
                         .push(std::make_unique<core::edit::SetInterventionField>(
                             *target, interventionValue->field, interventionValue->text))
                         .hasValue();
        }
        if (ok && target) {
            tagAndLink(QStringLiteral("intervention"),
                       target->value,
                       core::edit::SetInterventionField::linkName(interventionValue->field));
            m_selectedEntity = QStringLiteral("intervention");
            m_selectedId = target->value;
        }
    } else if (!patientValue()) {
        // Nothing to store it in: keep the text tagged so it is not lost.
        for (qsizetype i = 0; ok && i < spans.size(); ++i)
            ok = m_session.push(std::make_unique<core::edit::AddTagSpan>(spans[i])).hasValue();
    }
    ok = m_session.endMacro() && ok;
    if (!ok)
        return false;
    m_pending.erase(m_pending.begin() + row);
    fillSuggestions();
    reloadStudy();
    return true;
}

} // namespace stemma::ui
