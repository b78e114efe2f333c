// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/DocumentPdf.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace stemma::render {

core::Result<void> writeDocumentPdf(QTextDocument& document, const QString& path, const QString& title)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Stemma"));
    // Lay the document out in points so fonts print at their size; QPdfWriter's device is in 1/1200 inch.
    const QRectF paint = writer.pageLayout().paintRect(QPageLayout::Point);
    document.setPageSize(paint.size());
    QPainter painter;
    if (!painter.begin(&writer))
        return core::makeError(core::ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    const double scale = writer.width() / paint.width();
    painter.scale(scale, scale);
    const int pages = document.pageCount();
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -index * paint.height());
        document.drawContents(&painter, QRectF(0, index * paint.height(), paint.width(), paint.height()));
        painter.restore();
    }
    if (!painter.end())
        return core::makeError(core::ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

core::Result<void> writeDocumentOdt(QTextDocument& document, const QString& path)
{
    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(&document))
        return core::makeError(core::ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

} // namespace stemma::render
