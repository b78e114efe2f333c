// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>

#include <vector>

class QPainter;

namespace stemma::render {

/**
 * Relevant records found against records screened, one line per screening (simulation run or
 * the project's own), with the diagonal that screening in random order would follow. Sizes are
 * in points; the plot scales to any size it is given.
 */
class RecallCurvePlot
{
public:
    /** \a recordCount screened records at most, \a relevantCount relevant ones to find (0: unknown, scale to the data).
     */
    RecallCurvePlot(int recordCount, int relevantCount);

    /** Adds a curve: \a foundAfter[i] relevant records found after i + 1 screened. */
    void addCurve(std::vector<int> foundAfter);
    /** Labels drawn, or not, for a small inline version. */
    void setCompact(bool compact) { m_compact = compact; }

    QSizeF size() const { return m_size; }
    void setSize(const QSizeF& size) { m_size = size; }
    void paint(QPainter& painter) const;

private:
    int m_recordCount;
    int m_relevantCount;
    bool m_compact = false;
    QSizeF m_size{420.0, 300.0};
    std::vector<std::vector<int>> m_curves;
};

} // namespace stemma::render
