// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

class QTextDocument;

namespace stemma::render {

/**
 * Prints \a document as a landscape A4 PDF at \a path, page by page, laid out in points so its
 * fonts print at their size. Comparison exports and the full report share it.
 */
core::Result<void> writeDocumentPdf(QTextDocument& document, const QString& path, const QString& title);

/** Writes \a document as an OpenDocument text file at \a path. */
core::Result<void> writeDocumentOdt(QTextDocument& document, const QString& path);

} // namespace stemma::render
