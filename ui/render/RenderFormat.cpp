// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/RenderFormat.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace stemma::render {

core::Result<ImageFormat> imageFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return ImageFormat::Svg;
    if (suffix == QLatin1String("png"))
        return ImageFormat::Png;
    if (suffix == QLatin1String("pdf"))
        return ImageFormat::Pdf;
    return core::Error{
        core::ErrorCode::InvalidArgument,
        QStringLiteral("%1: cannot tell the image format from '.%2' (use .svg, .png or .pdf)").arg(path, suffix)};
}

core::Result<void> renderToFile(const QString& path,
                                ImageFormat format,
                                const QSizeF& size,
                                const std::function<void(QPainter&)>& draw,
                                const QString& title,
                                double pngScale)
{
    const auto failed = [&path] {
        return core::Error{core::ErrorCode::Io, QStringLiteral("%1: cannot write the picture").arg(path)};
    };
    switch (format) {
    case ImageFormat::Svg: {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(title);
        generator.setResolution(72);
        QPainter painter;
        if (!painter.begin(&generator))
            return failed();
        draw(painter);
        painter.end();
        return QFileInfo(path).size() > 0 ? core::Result<void>() : core::Result<void>(failed());
    }
    case ImageFormat::Png: {
        QImage image((size * pngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        image.setDotsPerMeterX(int(72 * pngScale / 0.0254));
        image.setDotsPerMeterY(int(72 * pngScale / 0.0254));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(pngScale, pngScale);
        draw(painter);
        painter.end();
        if (!image.save(path, "PNG"))
            return failed();
        return {};
    }
    case ImageFormat::Pdf: {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Stemma"));
        writer.setResolution(72);
        writer.setPageSize(QPageSize(size, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return failed();
        draw(painter);
        painter.end();
        return {};
    }
    }
    return failed();
}

} // namespace stemma::render
