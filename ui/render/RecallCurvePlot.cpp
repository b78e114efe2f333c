// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/RecallCurvePlot.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace stemma::render {

RecallCurvePlot::RecallCurvePlot(int recordCount, int relevantCount)
    : m_recordCount(std::max(1, recordCount))
    , m_relevantCount(relevantCount)
{
}

void RecallCurvePlot::addCurve(std::vector<int> foundAfter)
{
    m_curves.push_back(std::move(foundAfter));
}

void RecallCurvePlot::paint(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double left = m_compact ? 4.0 : 48.0;
    const double bottomMargin = m_compact ? 4.0 : 36.0;
    const QRectF area(left,
                      m_compact ? 4.0 : 16.0,
                      m_size.width() - left - (m_compact ? 4.0 : 16.0),
                      m_size.height() - bottomMargin - (m_compact ? 4.0 : 16.0));
    int relevant = m_relevantCount;
    for (const auto& curve : m_curves) {
        if (!curve.empty())
            relevant = std::max(relevant, curve.back());
    }
    relevant = std::max(1, relevant);
    const auto point = [&](double screened, double found) {
        return QPointF(area.left() + area.width() * screened / m_recordCount,
                       area.bottom() - area.height() * found / relevant);
    };

    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 1.0));
    painter.drawRect(area);
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 1.0, Qt::DashLine));
    painter.drawLine(point(0, 0), point(m_recordCount, relevant)); // screening in random order
    if (!m_compact) {
        QFont font = painter.font();
        font.setPointSizeF(9.0);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), 14), Qt::AlignLeft, QStringLiteral("0"));
        painter.drawText(
            QRectF(area.left(), area.bottom() + 4, area.width(), 14), Qt::AlignRight, QString::number(m_recordCount));
        painter.drawText(QRectF(area.left(), area.bottom() + 18, area.width(), 14),
                         Qt::AlignHCenter,
                         QStringLiteral("records screened"));
        painter.drawText(QRectF(0, area.top() - 6, left - 6, 14), Qt::AlignRight, QString::number(relevant));
        painter.drawText(QRectF(0, area.bottom() - 8, left - 6, 14), Qt::AlignRight, QStringLiteral("0"));
        painter.save();
        painter.translate(12, area.center().y());
        painter.rotate(-90);
        painter.drawText(
            QRectF(-area.height() / 2, -8, area.height(), 14), Qt::AlignHCenter, QStringLiteral("relevant found"));
        painter.restore();
    }
    const QColor colours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c)};
    for (std::size_t c = 0; c < m_curves.size(); ++c) {
        const auto& curve = m_curves[c];
        QPainterPath path(point(0, 0));
        for (std::size_t i = 0; i < curve.size(); ++i)
            path.lineTo(point(static_cast<double>(i + 1), curve[i]));
        if (!curve.empty() && m_relevantCount > 0 && curve.back() >= m_relevantCount)
            path.lineTo(point(m_recordCount, curve.back())); // every relevant record found: flat to the end
        QColor colour = colours[m_curves.size() == 1 ? 0 : c % 3];
        if (m_curves.size() > 3)
            colour.setAlpha(140);
        painter.setPen(QPen(colour, m_compact ? 1.5 : 1.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace stemma::render
