// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/RobSummaryPlot.h"

#include "ui/render/RenderFormat.h"
#include "ui/render/RobPlotStyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace stemma::render {

using core::quality::JudgementLevel;

namespace {

constexpr double LABEL_WIDTH = 150.0;
constexpr double BAR_HEIGHT = 18.0;
constexpr double BAR_WIDTH = 360.0;

} // namespace

RobSummaryPlot::RobSummaryPlot(core::quality::RobPlotData data, bool weighted)
    : m_data(std::move(data))
    , m_weighted(weighted)
{
}

QSizeF RobSummaryPlot::size() const
{
    const double bars = static_cast<double>(m_data.tool.domains.size()) + 1.0;
    return {ROB_MARGIN * 2 + LABEL_WIDTH + 40 + BAR_WIDTH,
            ROB_MARGIN * 2 + 20 + bars * (BAR_HEIGHT + 6) + 24 + 2 * ROB_LEGEND_LINE};
}

void RobSummaryPlot::paint(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), size()), Qt::white);
    const double barLeft = ROB_MARGIN + LABEL_WIDTH + 40;
    // Weighted only when some study carries weight; otherwise the shares are of studies.
    const bool weighted = m_weighted && std::any_of(m_data.rows.begin(), m_data.rows.end(), [](const auto& row) {
                              return row.weight > 0.0;
                          });
    painter.setPen(Qt::black);
    painter.setFont(plotFont(10, true));
    painter.drawText(QRectF(ROB_MARGIN, ROB_MARGIN, size().width() - 2 * ROB_MARGIN, 16),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     weighted ? QStringLiteral("Share of the participants of %1 studies").arg(m_data.rows.size())
                              : QStringLiteral("Share of %1 studies").arg(m_data.rows.size()));
    const int bars = static_cast<int>(m_data.tool.domains.size()) + 1;
    double y = ROB_MARGIN + 22;
    for (int b = 0; b < bars; ++b) {
        const bool overall = b == bars - 1;
        const QString label = overall ? QStringLiteral("Overall risk of bias") : m_data.tool.domains[b].shortName;
        painter.setPen(Qt::black);
        painter.setFont(plotFont(9, overall));
        painter.drawText(QRectF(ROB_MARGIN, y, LABEL_WIDTH + 34, BAR_HEIGHT),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QFontMetricsF(plotFont(9, overall)).elidedText(label, Qt::ElideRight, LABEL_WIDTH + 34));
        const QHash<QString, double> shares = core::quality::judgementShares(m_data, overall ? -1 : b, weighted);
        const QList<JudgementLevel>& levels = overall ? m_data.tool.overallJudgements : m_data.tool.judgements;
        double x = barLeft;
        auto segment = [&](double share, const QColor& colour) {
            const double w = share * BAR_WIDTH;
            painter.setPen(QPen(Qt::white, 0.8));
            painter.setBrush(colour);
            painter.drawRect(QRectF(x, y, w, BAR_HEIGHT));
            x += w;
        };
        for (const JudgementLevel& level : levels)
            if (shares.value(level.id) > 0.0)
                segment(shares.value(level.id), QColor(level.colour));
        if (shares.value(QString()) > 0.0)
            segment(shares.value(QString()), noJudgementColour());
        y += BAR_HEIGHT + 6;
    }
    // Axis in percent.
    painter.setPen(QPen(Qt::black, 0.6));
    painter.drawLine(QPointF(barLeft, y), QPointF(barLeft + BAR_WIDTH, y));
    painter.setFont(plotFont(8));
    for (int p = 0; p <= 100; p += 25) {
        const double x = barLeft + BAR_WIDTH * p / 100.0;
        painter.drawLine(QPointF(x, y), QPointF(x, y + 3));
        painter.drawText(QRectF(x - 20, y + 3, 40, 12), Qt::AlignCenter, QStringLiteral("%1%").arg(p));
    }
    y += 20;
    double x = barLeft;
    for (const JudgementLevel* level : usedLevels(m_data)) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(level->colour));
        painter.drawRect(QRectF(x, y + 2, 9, 9));
        painter.setPen(Qt::black);
        const double w = QFontMetricsF(plotFont(8)).horizontalAdvance(level->shortLabel) + 18;
        painter.drawText(QRectF(x + 12, y, w, ROB_LEGEND_LINE), Qt::AlignLeft | Qt::AlignVCenter, level->shortLabel);
        x += w + 4;
    }
    painter.restore();
}

core::Result<void> RobSummaryPlot::save(const QString& path) const
{
    auto format = imageFormatForPath(path);
    if (!format)
        return format.error();
    return renderToFile(
        path, *format, size(), [this](QPainter& p) { paint(p); }, m_data.tool.name);
}

} // namespace stemma::render
