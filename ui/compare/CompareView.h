// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/Comparison.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace stemma::ui {

class ProjectSession;
class ForestPlotWidget;

/**
 * The Compare part: pick an outcome and a grouping, see one row per intervention family (MSC, HSCT,
 * comparators) with the pooled estimate, the forest plot beside it, and the studies behind the row
 * that is clicked. Exports the tables, documents and the plot.
 */
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(ProjectSession& session, QWidget* parent = nullptr);

    /// Recomputes the comparison from the project and the current choices.
    void refresh();
    /// Shows the studies and values behind row \a row of the comparison.
    void showRow(int row);
    /// Writes the comparison to \a path; the format follows the extension (csv, md, html, tex, xlsx, odt,
    /// pdf, or svg/png for the forest plot alone).
    core::Result<void> exportTo(const QString& path) const;

    QComboBox* outcomeCombo() const { return m_outcome; }
    QComboBox* groupingCombo() const { return m_grouping; }
    QSpinBox* timepointSpin() const { return m_timepoint; }
    QCheckBox* includedCheck() const { return m_included; }
    QTableWidget* rowsTable() const { return m_rows; }
    QTableWidget* detailsTable() const { return m_details; }
    ForestPlotWidget* plot() const { return m_plot; }
    const std::optional<core::compare::Comparison>& comparison() const { return m_comparison; }

private:
    void loadOutcomes();
    void exportDialog();

    ProjectSession& m_session;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_grouping = nullptr;
    QSpinBox* m_timepoint = nullptr;
    QCheckBox* m_included = nullptr;
    QToolButton* m_export = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_rows = nullptr;
    QTableWidget* m_details = nullptr;
    ForestPlotWidget* m_plot = nullptr;
    std::optional<core::compare::Comparison> m_comparison;
};

/** Paints a ForestPlot scaled to fit its width. */
class ForestPlotWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ForestPlotWidget(QWidget* parent = nullptr);
    void setComparison(const std::optional<core::compare::Comparison>& comparison);
    QSize sizeHint() const override;
    bool hasPlot() const { return m_comparison.has_value(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<core::compare::Comparison> m_comparison;
};

} // namespace stemma::ui
