// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads an article PDF into one record that carries the PDF itself as its full text.
 *
 * The document's metadata (Title, Author, CreationDate) is used where the producer filled it in;
 * the extracted text then goes through the same heuristics as a saved article page for what
 * the metadata lacks, and its first DOI is taken as the article's. A PDF is read whole: its
 * cross-reference table sits at the end, so it cannot be streamed.
 */
class PdfParser : public RecordParser
{
public:
    static constexpr qint64 MAX_PDF_BYTES = 256 * 1024 * 1024;

    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
