// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads EndNote XML exports (<xml><records><record>…). EndNote wraps every text in one or
 * more <style face=…> runs; they are joined into one value per field. Streamed with
 * QXmlStreamReader, one record at a time; malformed XML ends the import with a problem
 * naming the line, keeping the records before it.
 */
class EndnoteXmlParser final : public RecordParser
{
public:
    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
