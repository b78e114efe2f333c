// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/RecallCurveWidget.h"

#include "ui/render/RecallCurvePlot.h"

#include <QPainter>

namespace stemma::ui {

RecallCurveWidget::RecallCurveWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rankingRecallCurve"));
    setMinimumHeight(70);
    setToolTip(tr("Includes found (up) against records screened (across), in the order they were decided; "
                  "the dashed line is a steady rate; a curve that flattens means includes have grown rare."));
}

void RecallCurveWidget::setCurve(std::vector<int> foundAfter, int candidateCount)
{
    m_foundAfter = std::move(foundAfter);
    m_candidates = candidateCount;
    update();
}

void RecallCurveWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    // The screened part only, so the curve is readable early on; the dashed line still shows random order.
    const int shown = std::max<int>(static_cast<int>(m_foundAfter.size()), 1);
    render::RecallCurvePlot plot(shown, 0);
    plot.setCompact(true);
    plot.setSize(size());
    plot.addCurve(m_foundAfter);
    plot.paint(painter);
    painter.setPen(palette().color(QPalette::Text));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const int found = m_foundAfter.empty() ? 0 : m_foundAfter.back();
    painter.drawText(rect().adjusted(8, 6, -8, -6),
                     Qt::AlignLeft | Qt::AlignTop,
                     tr("%1 includes in %2 screened").arg(found).arg(m_foundAfter.size()));
}

} // namespace stemma::ui
