// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads Web of Science "plain text" exports (FN/VR header, "PT J" … "ER", "EF" at the end):
 * two-letter tags, three-space continuation lines. In AU/AF every line is one name, and full
 * names (AF) are preferred; DE/ID keywords are split on ';'. The tab-delimited export is a
 * different format and is not read here.
 */
class WosParser final : public RecordParser
{
public:
    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;
};

} // namespace stemma::core::import
