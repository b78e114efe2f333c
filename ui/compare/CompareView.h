// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/Comparison.h"
#include "core/domain/Ids.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QSplitter;
class QTableWidget;

namespace stemma::ui {

class CompareFilters;
class ProjectSession;
class ForestPlotWidget;

/**
 * The Compare part: pick an outcome, a grouping and filters, see one row per intervention family
 * (MSC, HSCT, comparators) with the pooled estimate, the studies behind the selected row below it
 * beside the forest plot (all families one above the other, or one family). Activating a study value
 * asks the window to open it in the Studies part. Exports the tables, documents and the plot.
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

    /// Opens value \a index of the shown row's studies, as double-clicking it does.
    void activateValue(int index);

    CompareFilters* filters() const { return m_filters; }
    QComboBox* outcomeCombo() const;
    QComboBox* groupingCombo() const;
    QSpinBox* timepointSpin() const;
    QCheckBox* includedCheck() const;
    QComboBox* plotFamilyCombo() const { return m_plotFamily; }
    QTableWidget* rowsTable() const { return m_rows; }
    QTableWidget* detailsTable() const { return m_details; }
    ForestPlotWidget* plot() const { return m_plot; }
    QLabel* statusLabel() const { return m_status; }
    const std::optional<core::compare::Comparison>& comparison() const { return m_comparison; }
    /// The comparison row whose studies the lower table shows; -1 when none.
    int shownRow() const { return m_shownRow; }

signals:
    /// A study value was activated: show \a study with \a result (the value at the timepoint) selected.
    void openStudyValueRequested(core::StudyId study, core::OutcomeResultId result);

private:
    void loadOutcomes();
    void exportDialog();
    void fillPlotFamilies();
    /// The comparison rows the plot draws: all of them, or those of the family picked.
    std::vector<int> plottedRows() const;
    void fitRowsTable();
    void fitDetails();

    ProjectSession& m_session;
    CompareFilters* m_filters = nullptr;
    QComboBox* m_plotFamily = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_rows = nullptr;
    QTableWidget* m_details = nullptr;
    ForestPlotWidget* m_plot = nullptr;
    QSplitter* m_split = nullptr;
    QLabel* m_detailsTitle = nullptr;
    bool m_splitMoved = false;
    std::optional<core::compare::Comparison> m_comparison;
    int m_shownRow = -1;
};

/** Paints a ForestPlot scaled to fit its width. */
class ForestPlotWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ForestPlotWidget(QWidget* parent = nullptr);
    /// Draws \a rows of \a comparison (all when empty); without rows shows \a emptyText instead.
    void setComparison(const std::optional<core::compare::Comparison>& comparison,
                       std::vector<int> rows = {},
                       const QString& emptyText = {});
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasPlot() const { return m_comparison.has_value(); }
    const std::vector<int>& rows() const { return m_rows; }
    QString emptyText() const { return m_emptyText; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<core::compare::Comparison> m_comparison;
    std::vector<int> m_rows;
    QString m_emptyText;
};

} // namespace stemma::ui
