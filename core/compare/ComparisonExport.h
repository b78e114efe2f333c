// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/Comparison.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stemma::core::compare {

enum class TableFormat { Csv, Markdown, Html, Latex };
/** "csv", "md", "html", "tex" (and "markdown", "latex"); nullopt otherwise. */
std::optional<TableFormat> tableFormatFromName(const QString& name);

/** A plain table: what every export format is written from. */
struct Table
{
    QString caption;
    QStringList header;
    std::vector<QStringList> rows;
};

/** One line per comparison row: studies, patients, pooled estimate and CI, I², range, evidence, sources. */
Table comparisonTable(const Comparison& comparison);
/** One line per study value behind the rows. */
Table studyTable(const Comparison& comparison);

/** A table as CSV (RFC 4180 quoting), GitHub Markdown, an HTML <table> or a LaTeX booktabs tabular. */
QString formatTable(const Table& table, TableFormat format);

/** A table with the heading it gets in a document (Markdown section, XLSX worksheet name). */
struct HeadedTable
{
    QString heading;
    Table table;
};

/**
 * Several tables as one document: CSV tables separated by a blank line; Markdown with the first
 * caption as title and a section per later table; a complete HTML page; LaTeX needing booktabs.
 */
QString exportTables(const std::vector<HeadedTable>& tables, TableFormat format);
/** Each table as a worksheet named by its heading, numbers as numbers. */
Result<void> writeTablesXlsx(const std::vector<HeadedTable>& tables, const QString& path);

/**
 * Both tables as one document: for CSV the comparison table then, after a blank line, the study table;
 * a complete HTML page; Markdown with headings; LaTeX tables needing only booktabs.
 */
QString exportDocument(const Comparison& comparison, TableFormat format);

/** Both tables as worksheets "Comparison" and "Studies" of an XLSX workbook, numbers as numbers. */
Result<void> writeXlsx(const Comparison& comparison, const QString& path);

/** A one-line title: "mRSS: MSC vs HSCT, by family, 12 ± 3 months". */
QString comparisonTitle(const Comparison& comparison);

} // namespace stemma::core::compare
