// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads PubMed's MEDLINE text format (.nbib, .txt): four-character tags ("PMID- ", "TI  - "),
 * six-space continuation lines, one blank line between records. Full author names (FAU) are
 * preferred over initials (AU); a DOI is taken only from a LID/AID value marked "[doi]", never
 * from a publisher item id ("[pii]"). A block without its "PMID- " line is reported and skipped.
 */
class MedlineParser final : public RecordParser
{
public:
    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
