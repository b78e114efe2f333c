// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/RobPlotStyle.h"

namespace stemma::render {

QFont plotFont(int pixels, bool bold)
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QColor noJudgementColour()
{
    return QColor(QStringLiteral("#BBBBBB"));
}

QList<const core::quality::JudgementLevel*> usedLevels(const core::quality::RobPlotData& data)
{
    QList<const core::quality::JudgementLevel*> levels;
    for (const auto& l : data.tool.judgements)
        levels << &l;
    const bool ownOverallScale = data.tool.overallJudgements.size() != data.tool.judgements.size() ||
                                 data.tool.overallJudgements.front().id != data.tool.judgements.front().id;
    if (ownOverallScale)
        for (const auto& l : data.tool.overallJudgements)
            levels << &l;
    return levels;
}

} // namespace stemma::render
