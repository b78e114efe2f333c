// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/Comparison.h"

#include <QSizeF>
#include <QString>

class QPainter;

namespace stemma::render {

/**
 * A forest plot of a comparison: for each row (family or subgroup) its studies as squares sized by
 * weight with CI whiskers, then the pooled diamond; the rows one above the other on one shared axis,
 * with label, estimate and weight columns. Proportions are drawn in percent.
 */
class ForestPlot
{
public:
    /// \a rows selects which of the comparison's rows to draw (indices); empty draws them all.
    explicit ForestPlot(core::compare::Comparison comparison, std::vector<int> rows = {});

    /// Size in points that paint() fills.
    QSizeF size() const;
    void paint(QPainter& painter) const;
    /// SVG, PNG or PDF by the extension of \a path.
    core::Result<void> save(const QString& path) const;

    /// Axis range (natural units, percent for proportions) the plot uses; for tests.
    std::pair<double, double> axisRange() const { return {m_axisMin, m_axisMax}; }

private:
    struct Line;
    std::vector<Line> lines() const;
    double toX(double value, double left, double width) const;
    QString formatValue(double v) const;

    core::compare::Comparison m_comparison;
    std::vector<int> m_rows;
    double m_axisMin = 0.0;
    double m_axisMax = 1.0;
    double m_tick = 0.25;
};

} // namespace stemma::render
