// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads CSL-JSON (https://github.com/citation-style-language/schema, csl-data.json): an array of
 * items, or one item, as Zotero, Better BibTeX, citeproc, Pandoc and Stemma write them. JSON has
 * no records to resynchronise on, so the file is read whole (it is refused past a size a
 * reference library never reaches); an item that is not an object, or has no title, is reported
 * with its position in the array and skipped.
 */
class CslJsonParser final : public RecordParser
{
public:
    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
