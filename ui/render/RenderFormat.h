// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace stemma::render {

enum class ImageFormat { Svg, Png, Pdf };

/** The format named by a file's extension (.svg, .png, .pdf), or an error naming the extension. */
core::Result<ImageFormat> imageFormatForPath(const QString& path);

/**
 * Draws a picture of \a size (in points, 1/72 inch) into \a path as SVG, PNG (at \a pngScale
 * pixels per point) or single-page PDF. \a draw paints with the painter already scaled so its
 * coordinates are points. Needs a QGuiApplication (fonts).
 */
core::Result<void> renderToFile(const QString& path,
                                ImageFormat format,
                                const QSizeF& size,
                                const std::function<void(QPainter&)>& draw,
                                const QString& title = {},
                                double pngScale = 2.0);

} // namespace stemma::render
