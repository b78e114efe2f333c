// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ArticlePageParser.h"
#include "core/import/BibtexParser.h"
#include "core/import/CslJsonParser.h"
#include "core/import/CsvParser.h"
#include "core/import/EndnoteXmlParser.h"
#include "core/import/MedlineParser.h"
#include "core/import/ParserRegistry.h"
#include "core/import/PdfParser.h"
#include "core/import/PubmedXmlParser.h"
#include "core/import/RisParser.h"
#include "core/import/WosParser.h"
#include "core/import/ZoteroRdfParser.h"

namespace stemma::core::import {

std::vector<std::unique_ptr<RecordParser>> builtInParsers()
{
    std::vector<std::unique_ptr<RecordParser>> parsers;
    parsers.push_back(std::make_unique<RisParser>());
    parsers.push_back(std::make_unique<MedlineParser>());
    parsers.push_back(std::make_unique<WosParser>());
    parsers.push_back(std::make_unique<PubmedXmlParser>());
    parsers.push_back(std::make_unique<BibtexParser>());
    parsers.push_back(std::make_unique<EndnoteXmlParser>());
    parsers.push_back(std::make_unique<CslJsonParser>());
    parsers.push_back(std::make_unique<ZoteroRdfParser>());
    parsers.push_back(std::make_unique<CsvParser>());
    parsers.push_back(std::make_unique<PdfParser>());
    // Saved pages accept any readable text, so they are the fallback when nothing else is sure.
    parsers.push_back(std::make_unique<ArticlePageParser>());
    return parsers;
}

} // namespace stemma::core::import
