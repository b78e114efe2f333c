// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ParserRegistry.h"

namespace stemma::core::import {

std::vector<std::unique_ptr<RecordParser>> builtInParsers()
{
    std::vector<std::unique_ptr<RecordParser>> parsers;
    return parsers;
}

} // namespace stemma::core::import
