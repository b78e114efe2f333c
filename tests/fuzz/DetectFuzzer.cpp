// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry point for format detection: every parser's confidence() on the first bytes
// of a file, under a few file names, as the importer asks before choosing a parser.
#include "core/import/ParserRegistry.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static stemma::core::import::ParserRegistry registry;
    const QByteArray head(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const char* name : {"export.txt", "export.xml", "export.ris", "library.bib", "page.html", ""})
        (void)registry.detect(head, QString::fromLatin1(name));
    return 0;
}
