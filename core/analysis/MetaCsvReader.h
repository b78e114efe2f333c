// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/analysis/EffectSize.h"

#include <QString>

#include <vector>

namespace stemma::core::analysis {

/**
 * Reads per-study summary data from CSV: a header row with metafor's column names (yi, vi, m1i, sd1i,
 * n1i, m2i, sd2i, n2i, ai, bi, ci, di, xi, ni, ri, sdi) and an optional "study" label column; other
 * columns are ignored. Fields may be quoted ("..." with "" for a quote); an empty field or NA is missing.
 * Errors name the line: Parse for malformed rows or non-numeric values, Io when the file cannot be read.
 */
class MetaCsvReader
{
public:
    static Result<std::vector<StudyData>> readFile(const QString& path);
    static Result<std::vector<StudyData>> parse(const QString& text);
};

} // namespace stemma::core::analysis
