// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/InterventionEditor.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace stemma::ui {
namespace {

using core::edit::InterventionField;
using core::edit::SetInterventionField;

std::vector<std::pair<QString, QString>> yesNoItems()
{
    return {{QObject::tr("not reported"), QString()},
            {QObject::tr("yes"), QStringLiteral("yes")},
            {QObject::tr("no"), QStringLiteral("no")}};
}

template <typename Enum, size_t N> std::vector<std::pair<QString, QString>> enumItems(const std::array<Enum, N>& values)
{
    std::vector<std::pair<QString, QString>> items;
    for (const Enum value : values)
        items.emplace_back(displayName(value), toString(value));
    return items;
}

} // namespace

InterventionEditor::InterventionEditor(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("interventionEditor"));
    auto* general = new QWidget(this);
    auto* generalForm = new QFormLayout(general);
    generalForm->setContentsMargins(0, 0, 0, 0);
    using core::InterventionFamily;
    addCombo(InterventionField::Family,
             enumItems(std::array{InterventionFamily::Msc,
                                  InterventionFamily::Hsct,
                                  InterventionFamily::MscExtracellularVesicles,
                                  InterventionFamily::Immunosuppressant,
                                  InterventionFamily::Placebo,
                                  InterventionFamily::Other}),
             general);
    addLineEdit(InterventionField::Description, general);
    generalForm->addRow(tr("Family"), editor(InterventionField::Family));
    generalForm->addRow(tr("Description"), editor(InterventionField::Description));

    m_msc = new QGroupBox(tr("MSC"), this);
    auto* mscForm = new QFormLayout(m_msc);
    using core::MscSource;
    addCombo(InterventionField::MscSource,
             enumItems(std::array{MscSource::Unknown,
                                  MscSource::BoneMarrow,
                                  MscSource::Adipose,
                                  MscSource::UmbilicalCord,
                                  MscSource::WhartonsJelly,
                                  MscSource::Placenta,
                                  MscSource::MenstrualBlood,
                                  MscSource::DentalPulp,
                                  MscSource::Other}),
             m_msc);
    using core::DonorType;
    addCombo(InterventionField::Donor,
             enumItems(std::array{DonorType::Unknown,
                                  DonorType::Autologous,
                                  DonorType::Allogeneic,
                                  DonorType::AllogeneicRelated,
                                  DonorType::AllogeneicHaploidentical,
                                  DonorType::AllogeneicUnrelated}),
             m_msc);
    addLineEdit(InterventionField::CellsPerKg, m_msc);
    addLineEdit(InterventionField::Infusions, m_msc);
    addLineEdit(InterventionField::Route, m_msc);
    qobject_cast<QLineEdit*>(editor(InterventionField::CellsPerKg))->setPlaceholderText(tr("e.g. 1e6"));
    qobject_cast<QLineEdit*>(editor(InterventionField::Route))->setPlaceholderText(tr("intravenous"));
    mscForm->addRow(tr("Source"), editor(InterventionField::MscSource));
    mscForm->addRow(tr("Donor"), editor(InterventionField::Donor));
    mscForm->addRow(tr("Cells/kg"), editor(InterventionField::CellsPerKg));
    mscForm->addRow(tr("Infusions"), editor(InterventionField::Infusions));
    mscForm->addRow(tr("Route"), editor(InterventionField::Route));

    m_hsct = new QGroupBox(tr("HSCT"), this);
    auto* hsctForm = new QFormLayout(m_hsct);
    addLineEdit(InterventionField::Mobilisation, m_hsct);
    addLineEdit(InterventionField::Conditioning, m_hsct);
    addCombo(InterventionField::Cd34Selection, yesNoItems(), m_hsct);
    addCombo(InterventionField::Atg, yesNoItems(), m_hsct);
    addLineEdit(InterventionField::AtgDetail, m_hsct);
    hsctForm->addRow(tr("Mobilisation"), editor(InterventionField::Mobilisation));
    hsctForm->addRow(tr("Conditioning"), editor(InterventionField::Conditioning));
    hsctForm->addRow(tr("CD34 selection"), editor(InterventionField::Cd34Selection));
    hsctForm->addRow(tr("ATG"), editor(InterventionField::Atg));
    hsctForm->addRow(tr("ATG detail"), editor(InterventionField::AtgDetail));

    m_comparator = new QGroupBox(tr("Comparator"), this);
    auto* comparatorForm = new QFormLayout(m_comparator);
    addLineEdit(InterventionField::Drugs, m_comparator);
    comparatorForm->addRow(tr("Drugs"), editor(InterventionField::Drugs));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(general);
    layout->addWidget(m_msc);
    layout->addWidget(m_hsct);
    layout->addWidget(m_comparator);
    layout->addStretch();
    connect(&m_session, &ProjectSession::studyChanged, this, &InterventionEditor::reload);
    connect(&m_session, &ProjectSession::reloaded, this, &InterventionEditor::reload);
    reload();
}

InterventionEditor::~InterventionEditor() = default;

void InterventionEditor::addLineEdit(InterventionField field, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("intervention_") + SetInterventionField::linkName(field));
    connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] {
        if (!m_reloading)
            setField(field, edit->text());
    });
    m_editors[field] = edit;
}

void InterventionEditor::addCombo(InterventionField field,
                                  const std::vector<std::pair<QString, QString>>& items,
                                  QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("intervention_") + SetInterventionField::linkName(field));
    for (const auto& [label, value] : items)
        combo->addItem(label, value);
    connect(combo, &QComboBox::activated, this, [this, field, combo](int index) {
        if (!m_reloading)
            setField(field, combo->itemData(index).toString());
    });
    m_editors[field] = combo;
}

QWidget* InterventionEditor::editor(InterventionField field) const
{
    auto it = m_editors.find(field);
    return it == m_editors.end() ? nullptr : it->second;
}

void InterventionEditor::setIntervention(core::InterventionId id)
{
    m_intervention = id;
    reload();
}

bool InterventionEditor::setField(InterventionField field, const QString& value)
{
    if (!m_intervention.isValid())
        return false;
    auto current = m_session.project().studies().intervention(m_intervention);
    if (!current || SetInterventionField::value(*current, field) == value.trimmed())
        return false;
    const bool pushed = m_session.push(std::make_unique<SetInterventionField>(m_intervention, field, value)).hasValue();
    if (!pushed)
        reload(); // show the stored value again instead of the refused text
    return pushed;
}

void InterventionEditor::reload()
{
    m_reloading = true;
    auto intervention = m_intervention.isValid() ? m_session.project().studies().intervention(m_intervention)
                                                 : core::Result<core::Intervention>(core::Error{});
    if (!intervention)
        m_intervention = {};
    setEnabled(bool(intervention));
    const core::Intervention shown = intervention ? *intervention : core::Intervention{};
    for (auto& [field, widget] : m_editors) {
        const QString value = intervention ? SetInterventionField::value(shown, field) : QString();
        if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            edit->setText(value);
            edit->setCursorPosition(0);
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        }
    }
    const auto family = shown.family;
    const bool msc =
        family == core::InterventionFamily::Msc || family == core::InterventionFamily::MscExtracellularVesicles;
    m_msc->setVisible(msc);
    m_hsct->setVisible(family == core::InterventionFamily::Hsct);
    m_comparator->setVisible(!msc && family != core::InterventionFamily::Hsct);
    m_reloading = false;
}

} // namespace stemma::ui
