// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/quality/RobPlotData.h"

#include <QSizeF>

class QPainter;

namespace stemma::render {

/**
 * A robvis-style traffic-light plot: one row per study, one column per domain and one for the
 * overall judgement, each cell a disc in the judgement's colour with its symbol; below, the
 * domains spelled out and the key of judgements. Illustrative assessments are marked.
 */
class TrafficLightPlot
{
public:
    explicit TrafficLightPlot(core::quality::RobPlotData data);

    QSizeF size() const;
    void paint(QPainter& painter) const;
    /** SVG, PNG or PDF by the extension of \a path. */
    core::Result<void> save(const QString& path) const;

private:
    core::quality::RobPlotData m_data;
};

} // namespace stemma::render
