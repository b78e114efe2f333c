// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads PubMed XML (efetch or "Save as XML" from PubMed): PubmedArticle records, and the
 * title, authors, date and identifiers of PubmedBookArticle records.
 *
 * The file is streamed with QXmlStreamReader; only the current article is held. Inline
 * markup and MathML in titles and abstracts are flattened to text; labelled abstract
 * sections become "LABEL: text" paragraphs. The DTD named in the DOCTYPE is never fetched,
 * and a file that declares entities of its own is refused (an entity-expansion attack).
 * Malformed XML ends the import with a problem naming the line; articles before it are kept.
 */
class PubmedXmlParser final : public RecordParser
{
public:
    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
