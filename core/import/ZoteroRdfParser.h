// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads the "Zotero RDF" export (RDF/XML with Zotero's z:, bib:, dc:, dcterms:, prism: and foaf:
 * vocabularies). Items are the top-level resources with a z:itemType other than attachment and
 * note; the journal (bib:Journal, holding title, volume, issue and, as Zotero writes it, the DOI)
 * is either nested in dcterms:isPartOf or a separate resource the item points at, so the file is
 * read whole before records are built. RDF/XML nests by design; nesting deeper than any Zotero
 * export is refused rather than followed.
 */
class ZoteroRdfParser final : public RecordParser
{
public:
    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
