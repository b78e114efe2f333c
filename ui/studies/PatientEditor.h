// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/edit/SetPatientField.h"

#include <QWidget>

#include <map>
#include <optional>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace stemma::ui {

class ProjectSession;

/**
 * Edits one patient of a case report or series: label, age, sex, subtype, disease duration,
 * prior therapies and notes, and the patient's baseline values (outcome results at month 0 that
 * name the patient, so they pool like arm data). Every change is an undoable edit written at once.
 */
class PatientEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatientEditor)

public:
    explicit PatientEditor(ProjectSession& session, QWidget* parent = nullptr);
    ~PatientEditor() override;

    /** Shows \a id; an invalid id clears and disables the editor. */
    void setPatient(core::PatientId id);
    core::PatientId patient() const { return m_patient; }
    QWidget* editor(core::edit::PatientField field) const;
    QTableWidget* baselineTable() const { return m_baseline; }
    QComboBox* measureBox() const { return m_measure; }
    /** Sets \a field from text as the editor would; false when unchanged or refused. */
    bool setField(core::edit::PatientField field, const QString& value);
    /** Stores the patient's baseline \a value of the measure coded \a code; false when refused. */
    bool addBaselineValue(const QString& code, double value);

private:
    void reload();

    ProjectSession& m_session;
    core::PatientId m_patient;
    std::map<core::edit::PatientField, QWidget*> m_editors;
    QTableWidget* m_baseline = nullptr;
    QComboBox* m_measure = nullptr;
    QLineEdit* m_value = nullptr;
    bool m_reloading = false;
};

} // namespace stemma::ui
