// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/edit/SetInterventionField.h"

#include <QWidget>

#include <map>
#include <utility>
#include <vector>

class QGroupBox;

namespace stemma::ui {

class ProjectSession;

/**
 * Edits the typed attributes of one intervention: family and description; for MSC the source,
 * donor, cells/kg, number of infusions and route; for HSCT mobilisation, conditioning, CD34
 * selection and ATG; for comparators the drugs. Only the group the family uses is shown. Every
 * change is an undoable SetInterventionField written at once.
 */
class InterventionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterventionEditor)

public:
    explicit InterventionEditor(ProjectSession& session, QWidget* parent = nullptr);
    ~InterventionEditor() override;

    /** Shows \a id's attributes; an invalid id clears and disables the editor. */
    void setIntervention(core::InterventionId id);
    core::InterventionId intervention() const { return m_intervention; }
    /** The line edit or combo box of \a field, for tests and keyboard focus. */
    QWidget* editor(core::edit::InterventionField field) const;
    /** Sets \a field from text as the editor would; false when unchanged or refused. */
    bool setField(core::edit::InterventionField field, const QString& value);

private:
    void reload();
    void addLineEdit(core::edit::InterventionField field, QWidget* parent);
    void addCombo(core::edit::InterventionField field,
                  const std::vector<std::pair<QString, QString>>& items,
                  QWidget* parent);

    ProjectSession& m_session;
    core::InterventionId m_intervention;
    std::map<core::edit::InterventionField, QWidget*> m_editors;
    QGroupBox* m_msc = nullptr;
    QGroupBox* m_hsct = nullptr;
    QGroupBox* m_comparator = nullptr;
    bool m_reloading = false;
};

} // namespace stemma::ui
