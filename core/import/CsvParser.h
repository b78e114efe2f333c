// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads delimited exports with a header row: Scopus CSV, generic screening CSVs (title,
 * abstract, authors, year...) and the Web of Science tab-delimited export (two-letter
 * column tags, CR line endings, a trailing TAB on every row). Columns are found by name,
 * whatever their order and case; unknown columns are ignored but kept in rawText.
 */
class CsvParser : public RecordParser
{
public:
    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
