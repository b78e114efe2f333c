// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

#include <memory>
#include <vector>

namespace stemma::core::import {

/** Every import format Stemma reads, and which one a file is in. */
class ParserRegistry
{
public:
    /** A registry of all the built-in parsers. */
    ParserRegistry();
    /** A registry of just \a parsers (tests use it to plug in their own). */
    explicit ParserRegistry(std::vector<std::unique_ptr<RecordParser>> parsers);

    /** The parser whose format() is \a format, or null. */
    RecordParser* byFormat(const QString& format) const;
    /**
     * The parser most confident about the file's first bytes (\a head) and name; null when no
     * parser recognises the content at all.
     */
    RecordParser* detect(const QByteArray& head, const QString& fileName) const;
    QStringList formats() const;

private:
    std::vector<std::unique_ptr<RecordParser>> m_parsers;
};

/** The built-in parsers, one per supported format (defined in BuiltInParsers.cpp). */
std::vector<std::unique_ptr<RecordParser>> builtInParsers();

} // namespace stemma::core::import
