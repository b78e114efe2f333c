// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/ArmEditor.h"

#include "core/ReviewProject.h"
#include "core/db/StudyRepository.h"
#include "ui/ProjectSession.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stemma::ui {

using core::edit::ArmField;
using core::edit::SetArmField;

ArmEditor::ArmEditor(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("armEditor"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("arm_label"));
    m_size = new QLineEdit(this);
    m_size->setObjectName(QStringLiteral("arm_size"));
    m_size->setPlaceholderText(tr("not reported"));
    for (auto [field, edit] : {std::pair{ArmField::Label, m_label}, std::pair{ArmField::Size, m_size}})
        connect(edit, &QLineEdit::editingFinished, this, [this, field = field, edit = edit] {
            if (!m_reloading)
                setField(field, edit->text());
        });
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Arm label"), m_label);
    form->addRow(tr("Patients (n)"), m_size);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch();
    connect(&m_session, &ProjectSession::studyChanged, this, &ArmEditor::reload);
    connect(&m_session, &ProjectSession::reloaded, this, &ArmEditor::reload);
    reload();
}

ArmEditor::~ArmEditor() = default;

QLineEdit* ArmEditor::editor(ArmField field) const
{
    return field == ArmField::Label ? m_label : m_size;
}

void ArmEditor::setArm(core::ArmId id)
{
    m_arm = id;
    reload();
}

bool ArmEditor::setField(ArmField field, const QString& value)
{
    if (!m_arm.isValid())
        return false;
    auto current = m_session.project().studies().arm(m_arm);
    if (!current)
        return false;
    core::Arm edited = *current;
    if (!SetArmField::setValue(edited, field, value) || edited == *current) {
        reload(); // show the stored value again instead of refused or unchanged text
        return false;
    }
    const bool pushed = m_session.push(std::make_unique<SetArmField>(m_arm, field, value)).hasValue();
    if (!pushed)
        reload();
    return pushed;
}

void ArmEditor::reload()
{
    m_reloading = true;
    auto arm = m_arm.isValid() ? m_session.project().studies().arm(m_arm) : core::Result<core::Arm>(core::Error{});
    if (!arm)
        m_arm = {};
    setEnabled(bool(arm));
    m_label->setText(arm ? arm->label : QString());
    m_size->setText(arm ? SetArmField::value(*arm, ArmField::Size) : QString());
    m_reloading = false;
}

} // namespace stemma::ui
