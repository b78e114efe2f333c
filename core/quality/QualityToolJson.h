// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/quality/QualityTool.h"

#include <QByteArray>

namespace stemma::core::quality {

/**
 * Reads a tool definition (the format of the JSON files in resources/quality/) and checks it: every rule
 * names questions, parts and judgements that exist, and every answer code it tests is one the
 * question allows. A defect is reported with \a sourceName and the place in the file
 * ("rob2.json: domain D1, rule 2: …"), never silently ignored.
 */
class QualityToolJson
{
public:
    [[nodiscard]] static Result<QualityTool> parse(const QByteArray& json, const QString& sourceName);
};

} // namespace stemma::core::quality
