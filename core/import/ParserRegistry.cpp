// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ParserRegistry.h"

namespace stemma::core::import {

ParserRegistry::ParserRegistry()
    : m_parsers(builtInParsers())
{
}

ParserRegistry::ParserRegistry(std::vector<std::unique_ptr<RecordParser>> parsers)
    : m_parsers(std::move(parsers))
{
}

RecordParser* ParserRegistry::byFormat(const QString& format) const
{
    for (const auto& parser : m_parsers)
        if (parser->format().compare(format, Qt::CaseInsensitive) == 0)
            return parser.get();
    return nullptr;
}

RecordParser* ParserRegistry::detect(const QByteArray& head, const QString& fileName) const
{
    RecordParser* best = nullptr;
    int bestConfidence = 0;
    for (const auto& parser : m_parsers) {
        const int confidence = parser->confidence(head, fileName);
        if (confidence > bestConfidence) {
            best = parser.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

QStringList ParserRegistry::formats() const
{
    QStringList names;
    for (const auto& parser : m_parsers)
        names << parser->format();
    return names;
}

} // namespace stemma::core::import
