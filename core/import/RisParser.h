// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads RIS ("TY  - JOUR" … "ER  -"), as written by PubMed, Scopus, Web of Science, Embase, EBSCO,
 * Dimensions, Lens, Zotero and EndNote. Copes with the dialects seen in real exports: untagged
 * continuation lines, tags followed by one space instead of two, empty tags, repeated tags,
 * CRLF/CR line ends and a BOM. A record that has no TY is reported and skipped; one that never
 * reaches its ER is reported and kept.
 */
class RisParser final : public RecordParser
{
public:
    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
