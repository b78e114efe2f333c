// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/ForestPlot.h"

#include "ui/render/RenderFormat.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stemma::render {

using core::compare::Comparison;
using core::compare::ComparisonRow;
using core::compare::RowKind;

namespace {

constexpr double LINE = 17.0;
constexpr double MARGIN = 18.0;
constexpr double LABEL_WIDTH = 200.0;
constexpr double PLOT_WIDTH = 240.0;
constexpr double CI_WIDTH = 128.0;
constexpr double WEIGHT_WIDTH = 52.0;
constexpr double HEADER = 2.2 * LINE;
constexpr double AXIS = 3.0 * LINE;

const QColor INK(0x20, 0x20, 0x20);
const QColor MUTED(0x70, 0x70, 0x70);
const QColor GRID(0xd8, 0xd8, 0xd8);
const QColor MSC_COLOUR(0x1f, 0x5f, 0xa8);
const QColor HSCT_COLOUR(0xb3, 0x3c, 0x1e);
const QColor OTHER_COLOUR(0x4d, 0x4d, 0x4d);

QColor familyColour(core::InterventionFamily family)
{
    switch (family) {
    case core::InterventionFamily::Msc:
    case core::InterventionFamily::MscExtracellularVesicles:
        return MSC_COLOUR;
    case core::InterventionFamily::Hsct:
        return HSCT_COLOUR;
    default:
        return OTHER_COLOUR;
    }
}

/** A tick step of 1, 2 or 5 times a power of ten giving about five intervals. */
double niceStep(double span)
{
    const double raw = span / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power)
            return m * power;
    return 10.0 * power;
}

} // namespace

struct ForestPlot::Line
{
    enum Kind { Heading, Study, Pooled, Spacer } kind = Study;
    const ComparisonRow* row = nullptr;
    QString label;
    std::optional<double> estimate, lb, ub, weight;
    QString note;
};

ForestPlot::ForestPlot(Comparison comparison, std::vector<int> rows)
    : m_comparison(std::move(comparison))
{
    if (rows.empty())
        for (int i = 0; i < static_cast<int>(m_comparison.rows.size()); ++i)
            rows.push_back(i);
    m_rows = std::move(rows);

    const double scale = m_comparison.proportions ? 100.0 : 1.0;
    double lo = m_comparison.proportions ? 0.0 : 0.0; // the null (0) always shows for changes
    double hi = m_comparison.proportions ? 10.0 : 0.0;
    auto take = [&](std::optional<double> v) {
        if (v && std::isfinite(*v)) {
            lo = std::min(lo, *v * scale);
            hi = std::max(hi, *v * scale);
        }
    };
    for (int index : m_rows) {
        const ComparisonRow& row = m_comparison.rows[static_cast<std::size_t>(index)];
        take(row.estimate), take(row.ciLb), take(row.ciUb);
        for (const auto& v : row.values)
            take(v.estimate), take(v.ciLb), take(v.ciUb);
    }
    if (hi - lo < 1e-9)
        hi = lo + 1.0;
    m_tick = niceStep(hi - lo);
    m_axisMin = std::floor(lo / m_tick) * m_tick;
    m_axisMax = std::ceil(hi / m_tick) * m_tick;
    if (m_comparison.proportions)
        m_axisMax = std::min(m_axisMax, 100.0);
}

std::vector<ForestPlot::Line> ForestPlot::lines() const
{
    std::vector<Line> out;
    for (int index : m_rows) {
        const ComparisonRow& row = m_comparison.rows[static_cast<std::size_t>(index)];
        if (!out.empty())
            out.push_back(Line{Line::Spacer, &row, {}, {}, {}, {}, {}, {}});
        out.push_back(Line{Line::Heading, &row, row.label(), {}, {}, {}, {}, {}});
        for (const auto& v : row.values) {
            QString label = v.studyLabel;
            if (row.kind == RowKind::PatientLevel && v.arm != v.studyLabel)
                label += QStringLiteral(", ") + v.arm;
            out.push_back(Line{Line::Study, &row, label, v.estimate, v.ciLb, v.ciUb, v.weight, v.note});
        }
        QString pooled;
        if (row.kind == RowKind::PatientLevel)
            pooled = QStringLiteral("Patients pooled (n = %1)").arg(row.patients);
        else if (row.pooledCount > 1)
            pooled = QStringLiteral("Pooled (k = %1, I\u00b2 = %2%)").arg(row.pooledCount).arg(*row.i2, 0, 'f', 0);
        else if (row.pooledCount == 1)
            pooled = QStringLiteral("Pooled (k = 1)");
        else
            pooled = QStringLiteral("Not pooled");
        out.push_back(Line{Line::Pooled, &row, pooled, row.estimate, row.ciLb, row.ciUb, {}, {}});
    }
    return out;
}

QSizeF ForestPlot::size() const
{
    const double height = 2 * MARGIN + HEADER + static_cast<double>(lines().size()) * LINE + AXIS;
    return {2 * MARGIN + LABEL_WIDTH + PLOT_WIDTH + CI_WIDTH + WEIGHT_WIDTH + 16.0, height};
}

double ForestPlot::toX(double value, double left, double width) const
{
    return left + (value - m_axisMin) / (m_axisMax - m_axisMin) * width;
}

QString ForestPlot::formatValue(double v) const
{
    if (m_comparison.proportions)
        return QString::number(v * 100.0, 'f', 1);
    return QString::number(v, 'f', 1);
}

void ForestPlot::paint(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF total = size();
    painter.fillRect(QRectF(QPointF(0, 0), total), Qt::white);

    QFont font(QStringLiteral("Sans Serif"));
    // Painter units are points (see renderToFile), so sizes are given in those units.
    font.setPixelSize(9);
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPixelSize(8);
    painter.setFont(font);

    const double labelLeft = MARGIN;
    const double plotLeft = labelLeft + LABEL_WIDTH;
    const double ciLeft = plotLeft + PLOT_WIDTH + 16.0;
    const double weightLeft = ciLeft + CI_WIDTH;
    const double scale = m_comparison.proportions ? 100.0 : 1.0;
    auto x = [&](double v) { return toX(std::clamp(v * scale, m_axisMin, m_axisMax), plotLeft, PLOT_WIDTH); };

    // Column headings.
    painter.setPen(INK);
    painter.setFont(bold);
    double y = MARGIN;
    const QString measure = m_comparison.measure.code.isEmpty() ? m_comparison.measure.name : m_comparison.measure.code;
    painter.drawText(
        QRectF(labelLeft, y, LABEL_WIDTH, LINE), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Study"));
    painter.drawText(QRectF(plotLeft, y, PLOT_WIDTH, LINE), Qt::AlignHCenter | Qt::AlignVCenter, measure);
    const QString unit = m_comparison.proportions ? QStringLiteral("% [95% CI]") : QStringLiteral("Change [95% CI]");
    painter.drawText(QRectF(ciLeft, y, CI_WIDTH, LINE), Qt::AlignRight | Qt::AlignVCenter, unit);
    painter.drawText(
        QRectF(weightLeft, y, WEIGHT_WIDTH, LINE), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Weight"));
    painter.setFont(small);
    painter.setPen(MUTED);
    QString sub = m_comparison.proportions ? QStringLiteral("proportion of patients, %")
                                           : QStringLiteral("mean change from baseline");
    if (m_comparison.options.timepointMonths)
        sub += QStringLiteral(", %1 \u00b1 %2 months")
                   .arg(*m_comparison.options.timepointMonths)
                   .arg(m_comparison.options.timepointWindow);
    painter.drawText(
        QRectF(plotLeft - 40, y + LINE * 0.85, PLOT_WIDTH + 80, LINE), Qt::AlignHCenter | Qt::AlignVCenter, sub);
    y += HEADER;
    painter.setPen(QPen(INK, 0.8));
    painter.drawLine(QPointF(labelLeft, y - 3), QPointF(weightLeft + WEIGHT_WIDTH, y - 3));

    const std::vector<Line> all = lines();
    const double plotTop = y;
    const double plotBottom = y + static_cast<double>(all.size()) * LINE;

    // Null line for changes (no change); proportions have no null value.
    if (!m_comparison.proportions && m_axisMin <= 0.0 && m_axisMax >= 0.0) {
        painter.setPen(QPen(MUTED, 0.8, Qt::DashLine));
        painter.drawLine(QPointF(x(0.0), plotTop), QPointF(x(0.0), plotBottom));
    }

    double maxWeight = 0.0;
    for (const auto& line : all)
        if (line.weight)
            maxWeight = std::max(maxWeight, *line.weight);

    for (const auto& line : all) {
        const double mid = y + LINE / 2.0;
        const QColor colour = line.row ? familyColour(line.row->family) : INK;
        switch (line.kind) {
        case Line::Spacer:
            break;
        case Line::Heading:
            painter.setFont(bold);
            painter.setPen(colour);
            painter.drawText(
                QRectF(labelLeft, y, LABEL_WIDTH + PLOT_WIDTH, LINE), Qt::AlignLeft | Qt::AlignVCenter, line.label);
            break;
        case Line::Study:
        case Line::Pooled: {
            const bool pooled = line.kind == Line::Pooled;
            painter.setFont(pooled ? bold : font);
            painter.setPen(INK);
            const QString label = pooled ? line.label : QStringLiteral("   ") + line.label;
            const QFontMetricsF fm(painter.font());
            painter.drawText(QRectF(labelLeft, y, LABEL_WIDTH - 6, LINE),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             fm.elidedText(label, Qt::ElideRight, LABEL_WIDTH - 6));
            if (line.estimate) {
                QString text = formatValue(*line.estimate);
                if (line.lb && line.ub)
                    text += QStringLiteral(" [%1, %2]").arg(formatValue(*line.lb), formatValue(*line.ub));
                else if (!pooled)
                    text += QStringLiteral(" *");
                painter.drawText(QRectF(ciLeft, y, CI_WIDTH, LINE), Qt::AlignRight | Qt::AlignVCenter, text);
            }
            if (line.weight)
                painter.drawText(QRectF(weightLeft, y, WEIGHT_WIDTH, LINE),
                                 Qt::AlignRight | Qt::AlignVCenter,
                                 QStringLiteral("%1%").arg(*line.weight, 0, 'f', 1));
            if (!line.estimate)
                break;
            const double cx = x(*line.estimate);
            if (pooled) {
                const bool ipd = line.row && line.row->kind == RowKind::PatientLevel;
                const double lx = line.lb ? x(*line.lb) : cx - 3.0;
                const double ux = line.ub ? x(*line.ub) : cx + 3.0;
                QPainterPath diamond;
                diamond.moveTo(lx, mid);
                diamond.lineTo(cx, mid - 5.0);
                diamond.lineTo(ux, mid);
                diamond.lineTo(cx, mid + 5.0);
                diamond.closeSubpath();
                painter.setPen(QPen(colour, 1.0));
                painter.setBrush(ipd ? QBrush(Qt::white) : QBrush(colour));
                painter.drawPath(diamond);
                painter.setBrush(Qt::NoBrush);
            } else {
                painter.setPen(QPen(INK, 1.0));
                if (line.lb && line.ub) {
                    const double lx = x(*line.lb), ux = x(*line.ub);
                    painter.drawLine(QPointF(lx, mid), QPointF(ux, mid));
                    // Arrow heads show a CI running off the axis.
                    if (*line.lb * scale < m_axisMin)
                        painter.drawLine(QPointF(lx, mid), QPointF(lx + 4, mid - 3)),
                            painter.drawLine(QPointF(lx, mid), QPointF(lx + 4, mid + 3));
                    if (*line.ub * scale > m_axisMax)
                        painter.drawLine(QPointF(ux, mid), QPointF(ux - 4, mid - 3)),
                            painter.drawLine(QPointF(ux, mid), QPointF(ux - 4, mid + 3));
                }
                if (line.weight && maxWeight > 0) {
                    const double side = 3.0 + 7.0 * std::sqrt(*line.weight / maxWeight);
                    painter.fillRect(QRectF(cx - side / 2, mid - side / 2, side, side), colour);
                } else {
                    // Not pooled: a hollow marker.
                    painter.setPen(QPen(colour, 1.2));
                    painter.setBrush(Qt::white);
                    painter.drawEllipse(QPointF(cx, mid), 3.0, 3.0);
                    painter.setBrush(Qt::NoBrush);
                }
            }
            break;
        }
        }
        y += LINE;
    }

    // Axis with ticks.
    painter.setFont(font);
    painter.setPen(QPen(INK, 0.8));
    painter.drawLine(QPointF(plotLeft, plotBottom + 2), QPointF(plotLeft + PLOT_WIDTH, plotBottom + 2));
    for (double t = m_axisMin; t <= m_axisMax + m_tick * 1e-6; t += m_tick) {
        const double tx = toX(t, plotLeft, PLOT_WIDTH);
        painter.drawLine(QPointF(tx, plotBottom + 2), QPointF(tx, plotBottom + 6));
        const double shown = std::abs(t) < m_tick * 1e-6 ? 0.0 : t;
        painter.drawText(
            QRectF(tx - 25, plotBottom + 7, 50, LINE), Qt::AlignHCenter | Qt::AlignTop, QString::number(shown, 'g', 6));
    }
    painter.setFont(small);
    painter.setPen(MUTED);
    QString axisLabel = m_comparison.proportions
                            ? QStringLiteral("Patients with the event (%)")
                            : QStringLiteral("Change in %1 (%2)").arg(measure, m_comparison.measure.unit);
    painter.drawText(QRectF(plotLeft - 40, plotBottom + 7 + LINE, PLOT_WIDTH + 80, LINE),
                     Qt::AlignHCenter | Qt::AlignTop,
                     axisLabel);
    painter.drawText(QRectF(labelLeft, plotBottom + 7 + 1.9 * LINE, total.width() - 2 * MARGIN, LINE),
                     Qt::AlignLeft | Qt::AlignTop,
                     QStringLiteral("\u25cb / * not pooled (no SD or CI);  open diamond: individual patients pooled"));
    painter.restore();
}

core::Result<void> ForestPlot::save(const QString& path) const
{
    auto format = imageFormatForPath(path);
    if (!format)
        return format.error();
    return renderToFile(
        path,
        *format,
        size(),
        [this](QPainter& p) { paint(p); },
        QStringLiteral("Forest plot: %1").arg(m_comparison.measure.name));
}

} // namespace stemma::render
