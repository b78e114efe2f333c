// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry point for one import parser, chosen at build time by STEMMA_FUZZ_FORMAT
// (the parser's format() name). Each input is parsed as a whole file and normalised as the
// importer does, and the ImportProblem texts are built, so every path the importer takes
// through a hostile file runs; only a crash, a sanitizer report or a timeout is a finding.
#include "core/import/Normalize.h"
#include "core/import/ParserRegistry.h"
#include "core/import/RecordParser.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

class FuzzSink final : public stemma::core::import::ParseSink
{
public:
    bool record(stemma::core::import::ParsedRecord&& parsed) override
    {
        stemma::core::import::normalizeReference(parsed.reference);
        return true;
    }
    void problem(const stemma::core::import::ImportProblem& problem) override { (void)problem.toString(); }
};

stemma::core::import::RecordParser* parserUnderTest()
{
    static stemma::core::import::ParserRegistry registry;
    static stemma::core::import::RecordParser* parser = registry.byFormat(QString::fromLatin1(STEMMA_FUZZ_FORMAT));
    if (!parser)
        std::abort(); // a misspelt format would fuzz nothing
    return parser;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    FuzzSink sink;
    (void)parserUnderTest()->parse(buffer, QStringLiteral("fuzz-input"), sink);
    return 0;
}
