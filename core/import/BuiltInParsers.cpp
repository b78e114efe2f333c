// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/MedlineParser.h"
#include "core/import/ParserRegistry.h"
#include "core/import/RisParser.h"
#include "core/import/WosParser.h"

namespace stemma::core::import {

std::vector<std::unique_ptr<RecordParser>> builtInParsers()
{
    std::vector<std::unique_ptr<RecordParser>> parsers;
    parsers.push_back(std::make_unique<RisParser>());
    parsers.push_back(std::make_unique<MedlineParser>());
    parsers.push_back(std::make_unique<WosParser>());
    return parsers;
}

} // namespace stemma::core::import
