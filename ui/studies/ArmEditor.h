// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/edit/SetArmField.h"

#include <QWidget>

class QLineEdit;

namespace stemma::ui {

class ProjectSession;

/** Edits an arm's label and number of patients; each change is an undoable edit written at once. */
class ArmEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArmEditor)

public:
    explicit ArmEditor(ProjectSession& session, QWidget* parent = nullptr);
    ~ArmEditor() override;

    /** Shows \a id; an invalid id clears and disables the editor. */
    void setArm(core::ArmId id);
    core::ArmId arm() const { return m_arm; }
    QLineEdit* editor(core::edit::ArmField field) const;
    /** Sets \a field from text as the editor would; false when unchanged or refused. */
    bool setField(core::edit::ArmField field, const QString& value);

private:
    void reload();

    ProjectSession& m_session;
    core::ArmId m_arm;
    QLineEdit* m_label = nullptr;
    QLineEdit* m_size = nullptr;
    bool m_reloading = false;
};

} // namespace stemma::ui
