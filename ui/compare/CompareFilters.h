// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compare/Comparison.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QPushButton;
class QSpinBox;

namespace stemma::ui {

/**
 * The choices above the comparison: outcome, what the rows split by, timepoint with its window, and
 * the filters (disease or subtype, designs, follow-up, included at screening). They fill the same
 * CompareOptions that `stemma-cli compare` fills from its arguments, so the window and the command
 * line compute the same table.
 */
class CompareFilters final : public QWidget
{
    Q_OBJECT

public:
    explicit CompareFilters(QWidget* parent = nullptr);

    /// Lists \a measures as "CODE — name", keeping the current outcome when it is still there.
    void setOutcomes(const std::vector<core::OutcomeMeasure>& measures);
    core::compare::CompareOptions options() const;

    QComboBox* outcomeCombo() const { return m_outcome; }
    QComboBox* groupingCombo() const { return m_grouping; }
    QSpinBox* timepointSpin() const { return m_timepoint; }
    QSpinBox* windowSpin() const { return m_window; }
    QLineEdit* diseaseEdit() const { return m_disease; }
    QPushButton* designButton() const { return m_designs; }
    /// The checkable design entries of the design button's menu.
    QMenu* designMenu() const { return m_designMenu; }
    QSpinBox* minFollowUpSpin() const { return m_minFollowUp; }
    QSpinBox* maxFollowUpSpin() const { return m_maxFollowUp; }
    QCheckBox* includedCheck() const { return m_included; }
    QPushButton* exportButton() const { return m_export; }

signals:
    /// Any choice changed; the comparison must be recomputed.
    void changed();
    void exportRequested();

private:
    void updateDesignText();

    QComboBox* m_outcome = nullptr;
    QComboBox* m_grouping = nullptr;
    QSpinBox* m_timepoint = nullptr;
    QSpinBox* m_window = nullptr;
    QLineEdit* m_disease = nullptr;
    QPushButton* m_designs = nullptr;
    QMenu* m_designMenu = nullptr;
    QSpinBox* m_minFollowUp = nullptr;
    QSpinBox* m_maxFollowUp = nullptr;
    QCheckBox* m_included = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace stemma::ui
