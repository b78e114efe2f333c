// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quality/RobPlotData.h"

#include <QColor>
#include <QFont>
#include <QList>

namespace stemma::render {

/** What the traffic-light and summary plots share: margins, type and the key of judgements. */
inline constexpr double ROB_MARGIN = 12.0;
inline constexpr double ROB_LEGEND_LINE = 12.0;

/** A sans-serif font of \a pixels (plot units are points). */
QFont plotFont(int pixels, bool bold = false);
/** Grey for a cell or share with no judgement yet. */
QColor noJudgementColour();
/** The levels to show in the key: the domain scale, then the overall scale when the tool has its own. */
QList<const core::quality::JudgementLevel*> usedLevels(const core::quality::RobPlotData& data);

} // namespace stemma::render
