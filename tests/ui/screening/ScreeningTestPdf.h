// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

namespace stemma::test {

/** Writes a one-page PDF at \a path with \a line printed near the top; true when it was written. */
inline bool writeTestPdf(const QString& path, const QString& line)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("Screening test article"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    painter.drawText(QPointF(400, 800), line);
    return painter.end();
}

} // namespace stemma::test
