// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/OutcomeResultEditor.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/StudyRepository.h"
#include "core/edit/RemoveOutcomeResult.h"
#include "core/edit/UpdateOutcomeResult.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

using Field = OutcomeResultEditor::Field;
using Kind = OutcomeResultEditor::Kind;

const std::vector<Field> NUMBER_FIELDS = {
    Field::Value, Field::Spread, Field::Lower, Field::Upper, Field::Events, Field::N};

/** Empty text is "not reported"; anything else must be a number (whole for counts). */
std::optional<std::optional<double>> parseNumber(const QString& text, bool whole)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<double>();
    bool ok = false;
    const double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || (whole && value != double(qint64(value))))
        return std::nullopt;
    return std::optional<double>(value);
}

QString text(std::optional<double> value)
{
    return value ? QString::number(*value) : QString();
}

QString text(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

std::optional<int> toInt(std::optional<double> value)
{
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

} // namespace

OutcomeResultEditor::OutcomeResultEditor(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("outcomeResultEditor"));
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);

    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("result_measure"));
    if (auto measures = m_session.project().outcomes().measures())
        for (const core::OutcomeMeasure& measure : *measures)
            m_measure->addItem(tr("%1 – %2").arg(measure.code, measure.name), measure.id.value);
    connect(m_measure, &QComboBox::activated, this, [this](int index) {
        const core::OutcomeMeasureId measure(m_measure->itemData(index).toLongLong());
        edit([measure](core::OutcomeResult& r) {
            r.measure = measure;
            return true;
        });
    });
    m_form->addRow(tr("Measure"), m_measure);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("result_owner"));
    connect(m_owner, &QComboBox::activated, this, [this](int index) {
        const QStringList parts = m_owner->itemData(index).toString().split(QLatin1Char(':'));
        if (parts.size() != 2)
            return;
        const qint64 id = parts[1].toLongLong();
        core::ArmId patientArm;
        if (parts[0] == QLatin1String("patient"))
            if (auto patient = m_session.project().patients().get(core::PatientId(id)))
                patientArm = patient->arm;
        edit([&](core::OutcomeResult& r) {
            if (parts[0] == QLatin1String("arm")) {
                r.arm = core::ArmId(id);
                r.patient = {};
            } else {
                r.patient = core::PatientId(id);
                r.arm = patientArm;
            }
            return true;
        });
    });
    m_form->addRow(tr("Arm or patient"), m_owner);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("result_kind"));
    m_kind->addItem(tr("Mean (SD)"), int(Kind::MeanSd));
    m_kind->addItem(tr("Median (IQR)"), int(Kind::MedianIqr));
    m_kind->addItem(tr("Events / total"), int(Kind::EventsTotal));
    m_kind->addItem(tr("Change from baseline (mean, SD)"), int(Kind::Change));
    m_kind->addItem(tr("Individual value"), int(Kind::IndividualValue));
    m_kind->addItem(tr("Percentage"), int(Kind::Percentage));
    m_kind->addItem(tr("Hazard ratio (95% CI)"), int(Kind::HazardRatio));
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        const auto kind = Kind(m_kind->itemData(index).toInt());
        edit([kind](core::OutcomeResult& r) {
            static const std::map<Kind, core::Statistic> statistics = {
                {Kind::MeanSd, core::Statistic::MeanSd},
                {Kind::MedianIqr, core::Statistic::MedianIqr},
                {Kind::EventsTotal, core::Statistic::EventsTotal},
                {Kind::Change, core::Statistic::MeanSd},
                {Kind::IndividualValue, core::Statistic::IndividualValue},
                {Kind::Percentage, core::Statistic::Percentage},
                {Kind::HazardRatio, core::Statistic::HazardRatio},
            };
            r.statistic = statistics.at(kind);
            r.isChangeFromBaseline = kind == Kind::Change;
            // Numbers the new summary has no place for would be stored unseen: drop them.
            if (kind != Kind::MeanSd && kind != Kind::Change)
                r.spread.reset();
            if (kind != Kind::MedianIqr && kind != Kind::HazardRatio) {
                r.lower.reset();
                r.upper.reset();
            }
            if (kind == Kind::EventsTotal)
                r.value.reset();
            else
                r.events.reset();
            return true;
        });
    });
    m_form->addRow(tr("Statistic"), m_kind);

    const std::vector<std::pair<Field, const char*>> fields = {
        {Field::Timepoint, "result_timepoint"},
        {Field::Value, "result_value"},
        {Field::Spread, "result_spread"},
        {Field::Lower, "result_lower"},
        {Field::Upper, "result_upper"},
        {Field::Events, "result_events"},
        {Field::N, "result_n"},
        {Field::Note, "result_note"},
    };
    for (const auto& [field, name] : fields) {
        auto* line = new QLineEdit(this);
        line->setObjectName(QString::fromLatin1(name));
        m_editors[field] = line;
        connect(line, &QLineEdit::editingFinished, this, [this, field = field, line] {
            if (m_reloading)
                return;
            const QString typed = line->text();
            const bool stored = edit([&](core::OutcomeResult& r) {
                if (field == Field::Note) {
                    r.note = typed.trimmed();
                    return true;
                }
                const bool whole = field == Field::Events || field == Field::N;
                const auto number = parseNumber(typed, whole);
                if (!number)
                    return false;
                switch (field) {
                case Field::Timepoint:
                    if (r.timepointMonths != *number) {
                        r.timepointMonths = *number;
                        // The reported wording ("follow-up") no longer describes a changed timepoint.
                        r.timepointText = *number == 0.0 ? QStringLiteral("baseline") : QString();
                    }
                    break;
                case Field::Value:
                    r.value = *number;
                    break;
                case Field::Spread:
                    r.spread = *number;
                    break;
                case Field::Lower:
                    r.lower = *number;
                    break;
                case Field::Upper:
                    r.upper = *number;
                    break;
                case Field::Events:
                    r.events = toInt(*number);
                    break;
                case Field::N:
                    r.n = toInt(*number);
                    break;
                case Field::Note:
                    break;
                }
                return true;
            });
            if (!stored)
                reload(); // show the stored value again instead of refused text
        });
    }
    m_editors[Field::Timepoint]->setPlaceholderText(tr("months after treatment; 0 = baseline"));
    m_editors[Field::Note]->setPlaceholderText(tr("e.g. read from figure 2"));
    m_form->addRow(tr("Timepoint (months)"), m_editors[Field::Timepoint]);
    for (const Field field : NUMBER_FIELDS)
        m_form->addRow(new QLabel(this), m_editors[field]); // its text depends on the statistic
    m_form->addRow(tr("Note"), m_editors[Field::Note]);

    m_source = new QPushButton(this);
    m_source->setObjectName(QStringLiteral("resultSourceButton"));
    m_source->setFlat(true);
    m_source->setStyleSheet(QStringLiteral("text-align: left"));
    connect(m_source, &QPushButton::clicked, this, [this] {
        if (m_span.isValid())
            emit showSourceRequested(m_span);
    });
    m_form->addRow(tr("Source text"), m_source);

    m_delete = new QPushButton(tr("Delete Result"), this);
    m_delete->setObjectName(QStringLiteral("deleteResultButton"));
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_result.isValid())
            m_session.push(std::make_unique<core::edit::RemoveOutcomeResult>(m_result));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(&m_session, &ProjectSession::studyChanged, this, &OutcomeResultEditor::reload);
    connect(&m_session, &ProjectSession::reloaded, this, &OutcomeResultEditor::reload);
    reload();
}

OutcomeResultEditor::~OutcomeResultEditor() = default;

QLineEdit* OutcomeResultEditor::editor(Field field) const
{
    auto it = m_editors.find(field);
    return it == m_editors.end() ? nullptr : it->second;
}

QString OutcomeResultEditor::labelOf(Field field) const
{
    auto* label = qobject_cast<QLabel*>(m_form->labelForField(editor(field)));
    return label ? label->text() : QString();
}

OutcomeResultEditor::Kind OutcomeResultEditor::kindOf(const core::OutcomeResult& result)
{
    switch (result.statistic) {
    case core::Statistic::MeanSd:
        return result.isChangeFromBaseline ? Kind::Change : Kind::MeanSd;
    case core::Statistic::MedianIqr:
        return Kind::MedianIqr;
    case core::Statistic::EventsTotal:
        return Kind::EventsTotal;
    case core::Statistic::Percentage:
        return Kind::Percentage;
    case core::Statistic::IndividualValue:
        return Kind::IndividualValue;
    case core::Statistic::HazardRatio:
        return Kind::HazardRatio;
    }
    return Kind::MeanSd;
}

void OutcomeResultEditor::setResult(core::OutcomeResultId id)
{
    m_result = id;
    reload();
}

bool OutcomeResultEditor::edit(const std::function<bool(core::OutcomeResult&)>& change)
{
    if (m_reloading || !m_result.isValid())
        return false;
    auto current = m_session.project().outcomes().result(m_result);
    if (!current)
        return false;
    core::OutcomeResult edited = *current;
    if (!change(edited) || edited == *current || !core::edit::UpdateOutcomeResult::validate(edited)) {
        reload();
        return false;
    }
    const bool pushed = m_session.push(std::make_unique<core::edit::UpdateOutcomeResult>(edited)).hasValue();
    if (!pushed)
        reload();
    return pushed;
}

void OutcomeResultEditor::showFieldsFor(Kind kind)
{
    // The label of each number under this summary; an empty label hides the row.
    std::map<Field, QString> labels;
    switch (kind) {
    case Kind::MeanSd:
        labels = {{Field::Value, tr("Mean")}, {Field::Spread, tr("SD")}, {Field::N, tr("n")}};
        break;
    case Kind::MedianIqr:
        labels = {{Field::Value, tr("Median")},
                  {Field::Lower, tr("Lower quartile")},
                  {Field::Upper, tr("Upper quartile")},
                  {Field::N, tr("n")}};
        break;
    case Kind::EventsTotal:
        labels = {{Field::Events, tr("Events")}, {Field::N, tr("Total (n)")}};
        break;
    case Kind::Change:
        labels = {{Field::Value, tr("Mean change")}, {Field::Spread, tr("SD of change")}, {Field::N, tr("n")}};
        break;
    case Kind::IndividualValue:
        labels = {{Field::Value, tr("Value")}};
        break;
    case Kind::Percentage:
        labels = {{Field::Value, tr("Percent")}, {Field::N, tr("n")}};
        break;
    case Kind::HazardRatio:
        labels = {{Field::Value, tr("Hazard ratio")},
                  {Field::Lower, tr("95% CI lower")},
                  {Field::Upper, tr("95% CI upper")},
                  {Field::N, tr("n")}};
        break;
    }
    for (const Field field : NUMBER_FIELDS) {
        const auto it = labels.find(field);
        const bool shown = it != labels.end();
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_editors[field])))
            label->setText(shown ? it->second : QString());
        m_form->setRowVisible(m_editors[field], shown);
    }
}

void OutcomeResultEditor::reload()
{
    m_reloading = true;
    auto& project = m_session.project();
    auto result =
        m_result.isValid() ? project.outcomes().result(m_result) : core::Result<core::OutcomeResult>(core::Error{});
    if (!result)
        m_result = {};
    setEnabled(bool(result));
    const core::OutcomeResult shown = result ? *result : core::OutcomeResult{};

    m_measure->setCurrentIndex(std::max(0, m_measure->findData(shown.measure.value)));
    m_owner->clear();
    if (result) {
        if (auto arms = project.studies().arms(shown.study))
            for (const core::Arm& arm : *arms)
                m_owner->addItem(tr("Arm %1").arg(arm.label), QStringLiteral("arm:%1").arg(arm.id.value));
        if (auto patients = project.patients().list(shown.study))
            for (const core::Patient& patient : *patients)
                m_owner->addItem(tr("Patient %1").arg(patient.label),
                                 QStringLiteral("patient:%1").arg(patient.id.value));
        const QString owner = shown.patient.isValid() ? QStringLiteral("patient:%1").arg(shown.patient.value)
                                                      : QStringLiteral("arm:%1").arg(shown.arm.value);
        if (m_owner->findData(owner) < 0)
            m_owner->addItem(tr("Whole study"), QString());
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    }
    const Kind kind = kindOf(shown);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
    showFieldsFor(kind);
    m_editors[Field::Timepoint]->setText(text(shown.timepointMonths));
    m_editors[Field::Value]->setText(text(shown.value));
    m_editors[Field::Spread]->setText(text(shown.spread));
    m_editors[Field::Lower]->setText(text(shown.lower));
    m_editors[Field::Upper]->setText(text(shown.upper));
    m_editors[Field::Events]->setText(text(shown.events));
    m_editors[Field::N]->setText(text(shown.n));
    m_editors[Field::Note]->setText(shown.note);

    // The linked text: the result's own source, else the first span linked to it.
    m_span = shown.sourceSpan;
    if (!m_span.isValid() && result)
        if (auto links = project.codebook().linksFor(QStringLiteral("outcome_result"), m_result.value);
            links && !links->empty())
            m_span = links->front().span;
    auto span = m_span.isValid() ? project.codebook().span(m_span) : core::Result<core::TagSpan>(core::Error{});
    if (!span)
        m_span = {};
    m_source->setEnabled(bool(span));
    m_source->setText(span ? tr("“%1” – show").arg(span->quote.left(60)) : tr("none linked"));
    m_source->setToolTip(span ? span->quote : QString());
    m_reloading = false;
}

} // namespace stemma::ui
