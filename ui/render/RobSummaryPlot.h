// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/quality/RobPlotData.h"

#include <QSizeF>

class QPainter;

namespace stemma::render {

/**
 * A robvis-style summary plot: one horizontal bar per domain and one for overall, split by the
 * share of studies (or of their weight) at each judgement.
 */
class RobSummaryPlot
{
public:
    explicit RobSummaryPlot(core::quality::RobPlotData data, bool weighted = true);

    QSizeF size() const;
    void paint(QPainter& painter) const;
    core::Result<void> save(const QString& path) const;

private:
    core::quality::RobPlotData m_data;
    bool m_weighted;
};

} // namespace stemma::render
