// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/ComparisonExport.h"

#include <QString>

#include <vector>

namespace stemma::core::exports {

/** One worksheet: its name (at most 31 characters, as Excel allows) and its table. */
struct Sheet
{
    QString name;
    compare::Table table;
};

/**
 * Writes \a sheets as an XLSX workbook with libxlsxwriter: the header in bold, cells that read as
 * numbers stored as numbers. With \a captionRow the table's caption stands above the header
 * (for people); without it the header is the first row (for readxl and pandas).
 */
Result<void> writeWorkbook(const std::vector<Sheet>& sheets, const QString& path, bool captionRow);

} // namespace stemma::core::exports
