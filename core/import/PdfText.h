// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace stemma::core::import {

/**
 * The text and document information of a PDF, read with poppler's C++ interface, which needs no
 * Qt GUI module: the core stays QtCore-only, and the CLI reads PDFs without a display.
 */
struct PdfText
{
    QStringList pages; ///< the text of each page, in reading order as poppler lays it out
    QString title;     ///< the document information's Title, as written (often a file name)
    QString author;    ///< the document information's Author

    QString text() const { return pages.join(QStringLiteral("\n\n")); }

    /**
     * Reads \a bytes. The errors say what is wrong in a reviewer's words, prefixed with
     * \a fileName: not a PDF, damaged, protected by a password, no pages.
     */
    static Result<PdfText> read(const QByteArray& bytes, const QString& fileName);
};

} // namespace stemma::core::import
