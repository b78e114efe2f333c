// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/TrafficLightPlot.h"

#include "ui/render/RenderFormat.h"
#include "ui/render/RobPlotStyle.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace stemma::render {

using core::quality::JudgementLevel;

namespace {

constexpr double LABEL_WIDTH = 150.0;
constexpr double CELL = 26.0;
constexpr double HEADER = 34.0;
/// Space that sets the overall column apart from the domains, as robvis does.
constexpr double OVERALL_GAP = 12.0;

double columnLeft(double gridLeft, int column, int columns)
{
    return gridLeft + column * CELL + (column == columns - 1 ? OVERALL_GAP : 0.0);
}

void drawCell(QPainter& painter, const QPointF& centre, const JudgementLevel* level)
{
    const double r = CELL * 0.38;
    painter.setPen(QPen(QColor(QStringLiteral("#333333")), 0.6));
    painter.setBrush(level ? QColor(level->colour) : noJudgementColour());
    painter.drawEllipse(centre, r, r);
    painter.setPen(Qt::black);
    painter.setFont(plotFont(11, true));
    const QString symbol = level ? level->symbol : QStringLiteral("?");
    painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter, symbol);
}

QStringList legendLines(const core::quality::RobPlotData& data)
{
    QStringList lines;
    for (const auto& d : data.tool.domains)
        lines << d.id + QStringLiteral(": ") + d.name;
    return lines;
}

/// The tool's levels for domain cells and, separately, for the overall column.
const JudgementLevel* levelOf(const core::quality::QualityTool& tool, const std::optional<QString>& id, bool overall)
{
    if (!id)
        return nullptr;
    return overall ? tool.overallJudgement(*id) : tool.judgement(*id);
}

bool anyIllustrative(const core::quality::RobPlotData& data)
{
    return std::any_of(data.rows.begin(), data.rows.end(), [](const auto& r) { return r.illustrative; });
}

} // namespace

TrafficLightPlot::TrafficLightPlot(core::quality::RobPlotData data)
    : m_data(std::move(data))
{
}

QSizeF TrafficLightPlot::size() const
{
    const double columns = static_cast<double>(m_data.tool.domains.size()) + 1.0;
    const QStringList lines = legendLines(m_data);
    const double legend = (lines.size() + 2 + (anyIllustrative(m_data) ? 1 : 0)) * ROB_LEGEND_LINE;
    double widest = 420.0;
    const QFontMetricsF metrics(plotFont(8));
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line) + 4.0);
    const double width =
        std::max(ROB_MARGIN * 2 + LABEL_WIDTH + columns * CELL + OVERALL_GAP + 16.0, 2 * ROB_MARGIN + widest);
    return {width, ROB_MARGIN * 2 + HEADER + static_cast<double>(m_data.rows.size()) * CELL + 10.0 + legend};
}

void TrafficLightPlot::paint(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), size()), Qt::white);
    const double gridLeft = ROB_MARGIN + LABEL_WIDTH;
    const int columns = static_cast<int>(m_data.tool.domains.size()) + 1;
    const double top = ROB_MARGIN + HEADER;

    painter.setPen(Qt::black);
    painter.setFont(plotFont(10, true));
    painter.drawText(
        QRectF(ROB_MARGIN, ROB_MARGIN, LABEL_WIDTH, 14), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Study"));
    painter.setFont(plotFont(9, true));
    painter.drawText(
        QRectF(gridLeft, ROB_MARGIN, columns * CELL, 14), Qt::AlignCenter, QStringLiteral("Risk of bias domains"));
    for (int c = 0; c < columns; ++c) {
        const QString head = c < columns - 1 ? m_data.tool.domains[c].id : QStringLiteral("Overall");
        painter.setFont(plotFont(c < columns - 1 ? 9 : 8, true));
        painter.drawText(
            QRectF(columnLeft(gridLeft, c, columns) - 8, ROB_MARGIN + 16, CELL + 16, 16), Qt::AlignCenter, head);
    }
    // The grid, as robvis draws it: a light frame around every cell.
    painter.setPen(QPen(QColor(QStringLiteral("#CCCCCC")), 0.6));
    painter.setBrush(QColor(QStringLiteral("#F4F4F4")));
    painter.drawRect(QRectF(gridLeft, top, (columns - 1) * CELL, m_data.rows.size() * CELL));
    painter.drawRect(QRectF(columnLeft(gridLeft, columns - 1, columns), top, CELL, m_data.rows.size() * CELL));
    for (std::size_t r = 0; r < m_data.rows.size(); ++r) {
        const auto& row = m_data.rows[r];
        const double y = top + static_cast<double>(r) * CELL;
        painter.setPen(Qt::black);
        painter.setFont(plotFont(9));
        const QString label = row.label + (row.illustrative ? QStringLiteral(" *") : QString());
        painter.drawText(QRectF(ROB_MARGIN, y, LABEL_WIDTH - 6, CELL),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(plotFont(9)).elidedText(label, Qt::ElideRight, LABEL_WIDTH - 6));
        for (int c = 0; c < columns; ++c) {
            const bool overall = c == columns - 1;
            const auto& judgement = overall ? row.overall : row.domains.value(c);
            drawCell(painter,
                     QPointF(columnLeft(gridLeft, c, columns) + CELL / 2, y + CELL / 2),
                     levelOf(m_data.tool, judgement, overall));
        }
    }

    double y = top + static_cast<double>(m_data.rows.size()) * CELL + 10.0;
    painter.setPen(Qt::black);
    painter.setFont(plotFont(8));
    for (const QString& line : legendLines(m_data)) {
        painter.drawText(QRectF(ROB_MARGIN, y, size().width() - 2 * ROB_MARGIN, ROB_LEGEND_LINE),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         line);
        y += ROB_LEGEND_LINE;
    }
    y += 2;
    double x = ROB_MARGIN;
    painter.drawText(QRectF(x, y, 60, ROB_LEGEND_LINE), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Judgement:"));
    x += 52;
    for (const JudgementLevel* level : usedLevels(m_data)) {
        painter.setBrush(QColor(level->colour));
        painter.setPen(QPen(QColor(QStringLiteral("#333333")), 0.5));
        painter.drawEllipse(QPointF(x + 5, y + ROB_LEGEND_LINE / 2), 4.5, 4.5);
        painter.setPen(Qt::black);
        const double w = QFontMetricsF(plotFont(8)).horizontalAdvance(level->shortLabel) + 18;
        painter.drawText(QRectF(x + 12, y, w, ROB_LEGEND_LINE), Qt::AlignLeft | Qt::AlignVCenter, level->shortLabel);
        x += w + 4;
    }
    if (anyIllustrative(m_data)) {
        y += ROB_LEGEND_LINE + 2;
        painter.drawText(QRectF(ROB_MARGIN, y, size().width() - 2 * ROB_MARGIN, ROB_LEGEND_LINE),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("* Illustrative assessment (demo), not a real appraisal"));
    }
    painter.restore();
}

core::Result<void> TrafficLightPlot::save(const QString& path) const
{
    auto format = imageFormatForPath(path);
    if (!format)
        return format.error();
    return renderToFile(
        path, *format, size(), [this](QPainter& p) { paint(p); }, m_data.tool.name);
}

} // namespace stemma::render
