// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/screening/PrismaCounts.h"

#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <vector>

class QPainter;

namespace stemma::render {

/**
 * The PRISMA 2020 flow diagram for new reviews searching databases and registers: the
 * identification, screening and included phases down the left, the records and reports
 * removed at each step on the right, with arrows between them. Sizes are in points.
 */
class PrismaDiagram
{
public:
    explicit PrismaDiagram(core::screening::PrismaCounts counts);

    /** The page size the diagram needs; it grows with the number of sources and reasons. */
    QSizeF size() const;
    /** Paints the whole diagram with its top-left corner at the painter's origin. */
    void paint(QPainter& painter) const;

private:
    struct Box
    {
        QRectF rect;
        QString heading;
        QStringList lines;
    };
    struct Phase
    {
        QString label;
        double top = 0.0;
        double bottom = 0.0;
    };

    void layout();
    Box makeBox(double x, double y, double width, const QString& heading, const QStringList& lines) const;
    static void paintBox(QPainter& painter, const Box& box);
    static void paintArrow(QPainter& painter, QPointF from, QPointF to);

    core::screening::PrismaCounts m_counts;
    std::vector<Box> m_main; ///< identified, screened, sought, assessed, included
    std::vector<Box> m_side; ///< removed, excluded, not retrieved, excluded with reasons
    std::vector<Phase> m_phases;
    QRectF m_title;
    QSizeF m_size;
};

} // namespace stemma::render
