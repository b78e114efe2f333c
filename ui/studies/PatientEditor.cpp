// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/PatientEditor.h"

#include "core/ReviewProject.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/edit/AddOutcomeResult.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

using core::edit::PatientField;
using core::edit::SetPatientField;

} // namespace

PatientEditor::PatientEditor(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("patientEditor"));
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    const std::vector<std::pair<PatientField, QString>> fields = {
        {PatientField::Label, tr("Label")},
        {PatientField::Age, tr("Age (years)")},
        {PatientField::Sex, tr("Sex")},
        {PatientField::Subtype, tr("Subtype")},
        {PatientField::DiseaseDuration, tr("Disease duration (years)")},
        {PatientField::PriorTherapies, tr("Prior therapies")},
        {PatientField::Notes, tr("Notes")},
    };
    for (const auto& [field, label] : fields) {
        QWidget* widget = nullptr;
        if (field == PatientField::Sex) {
            auto* combo = new QComboBox(this);
            combo->addItem(tr("unknown"), QStringLiteral("unknown"));
            combo->addItem(tr("female"), QStringLiteral("female"));
            combo->addItem(tr("male"), QStringLiteral("male"));
            connect(combo, &QComboBox::activated, this, [this, combo](int index) {
                if (!m_reloading)
                    setField(PatientField::Sex, combo->itemData(index).toString());
            });
            widget = combo;
        } else {
            auto* edit = new QLineEdit(this);
            if (field == PatientField::PriorTherapies)
                edit->setPlaceholderText(tr("separate with ;"));
            connect(edit, &QLineEdit::editingFinished, this, [this, field = field, edit] {
                if (!m_reloading)
                    setField(field, edit->text());
            });
            widget = edit;
        }
        widget->setObjectName(QStringLiteral("patient_") + SetPatientField::linkName(field));
        m_editors[field] = widget;
        form->addRow(label, widget);
    }

    m_baseline = new QTableWidget(0, 2, this);
    m_baseline->setObjectName(QStringLiteral("patientBaselineTable"));
    m_baseline->setHorizontalHeaderLabels({tr("Measure"), tr("Baseline")});
    m_baseline->horizontalHeader()->setStretchLastSection(true);
    m_baseline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_baseline->verticalHeader()->hide();
    m_baseline->setMaximumHeight(110);
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("patientBaselineMeasure"));
    if (auto measures = m_session.project().outcomes().measures())
        for (const core::OutcomeMeasure& measure : *measures)
            if (measure.kind == core::OutcomeKind::Continuous)
                m_measure->addItem(measure.code, measure.code);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("patientBaselineValue"));
    m_value->setPlaceholderText(tr("value"));
    auto* addButton = new QPushButton(tr("Add Baseline"), this);
    connect(addButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const double value = m_value->text().trimmed().toDouble(&ok);
        if (ok && addBaselineValue(m_measure->currentData().toString(), value))
            m_value->clear();
    });
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_measure);
    addRow->addWidget(m_value, 1);
    addRow->addWidget(addButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Baseline values"), this));
    layout->addWidget(m_baseline);
    layout->addLayout(addRow);
    layout->addStretch();
    connect(&m_session, &ProjectSession::studyChanged, this, &PatientEditor::reload);
    connect(&m_session, &ProjectSession::reloaded, this, &PatientEditor::reload);
    reload();
}

PatientEditor::~PatientEditor() = default;

QWidget* PatientEditor::editor(PatientField field) const
{
    auto it = m_editors.find(field);
    return it == m_editors.end() ? nullptr : it->second;
}

void PatientEditor::setPatient(core::PatientId id)
{
    m_patient = id;
    reload();
}

bool PatientEditor::setField(PatientField field, const QString& value)
{
    if (!m_patient.isValid())
        return false;
    auto current = m_session.project().patients().get(m_patient);
    if (!current)
        return false;
    // Compare in stored form so "a; b" against "a\nb" is not an edit.
    core::Patient edited = *current;
    if (!SetPatientField::setValue(edited, field, value) || edited == *current) {
        reload(); // show the stored value again instead of refused or unchanged text
        return false;
    }
    const bool pushed = m_session.push(std::make_unique<SetPatientField>(m_patient, field, value)).hasValue();
    if (!pushed)
        reload();
    return pushed;
}

bool PatientEditor::addBaselineValue(const QString& code, double value)
{
    if (!m_patient.isValid())
        return false;
    auto& project = m_session.project();
    auto patient = project.patients().get(m_patient);
    auto measure = project.outcomes().findByCode(code);
    if (!patient || !measure || !measure->has_value())
        return false;
    core::OutcomeResult result;
    result.study = patient->study;
    result.patient = m_patient;
    result.measure = (*measure)->id;
    result.timepointMonths = 0;
    result.timepointText = QStringLiteral("baseline");
    result.statistic = core::Statistic::IndividualValue;
    result.value = value;
    result.n = 1;
    return m_session.push(std::make_unique<core::edit::AddOutcomeResult>(result)).hasValue();
}

void PatientEditor::reload()
{
    m_reloading = true;
    auto& project = m_session.project();
    auto patient = m_patient.isValid() ? project.patients().get(m_patient) : core::Result<core::Patient>(core::Error{});
    if (!patient)
        m_patient = {};
    setEnabled(bool(patient));
    const core::Patient shown = patient ? *patient : core::Patient{};
    for (auto& [field, widget] : m_editors) {
        QString value = patient ? SetPatientField::value(shown, field) : QString();
        if (field == PatientField::PriorTherapies)
            value = shown.priorTherapies.join(QStringLiteral("; "));
        if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            edit->setText(value);
            edit->setCursorPosition(0);
        } else if (auto* combo = qobject_cast<QComboBox*>(widget))
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
    m_baseline->setRowCount(0);
    if (patient) {
        auto measures = project.outcomes().measures();
        if (auto results = project.outcomes().resultsForStudy(shown.study)) {
            for (const core::OutcomeResult& result : *results) {
                if (result.patient != m_patient || result.timepointMonths != 0.0)
                    continue;
                QString code;
                if (measures)
                    for (const auto& measure : *measures)
                        if (measure.id == result.measure)
                            code = measure.code;
                const int row = m_baseline->rowCount();
                m_baseline->insertRow(row);
                m_baseline->setItem(row, 0, new QTableWidgetItem(code));
                m_baseline->setItem(
                    row, 1, new QTableWidgetItem(result.value ? QString::number(*result.value) : QStringLiteral("–")));
            }
        }
    }
    m_reloading = false;
}

} // namespace stemma::ui
