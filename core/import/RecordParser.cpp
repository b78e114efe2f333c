// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/RecordParser.h"

namespace stemma::core::import {

QString ImportProblem::toString() const
{
    QString text = file;
    if (line > 0)
        text += QStringLiteral(":%1").arg(line);
    text += QStringLiteral(": ");
    if (record > 0)
        text += QStringLiteral("record %1: ").arg(record);
    if (severity == Severity::Warning)
        text += QStringLiteral("warning: ");
    return text + message;
}

QStringList missingEssentials(const Reference& reference)
{
    QStringList missing;
    if (reference.title.isEmpty())
        missing << QStringLiteral("title");
    if (reference.authors.isEmpty())
        missing << QStringLiteral("authors");
    if (!reference.year)
        missing << QStringLiteral("year");
    return missing;
}

} // namespace stemma::core::import
