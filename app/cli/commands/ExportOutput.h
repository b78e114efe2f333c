// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"
#include "core/Result.h"
#include "core/compare/ComparisonExport.h"

#include <functional>
#include <optional>

namespace stemma::cli {

/** How one export writes each format: text formats return the text, the others write the file. */
struct ExportWriters
{
    std::function<QString()> json;
    std::function<QString(core::compare::TableFormat)> text;
    std::function<core::Result<void>(const QString&)> xlsx;
    std::function<core::Result<void>(const QString&)> odt;
    std::function<core::Result<void>(const QString&)> pdf;
};

/**
 * Checks --format and -o for the table exports (json, csv, xlsx, md, html, tex, odt, pdf; the
 * binary ones need a file); returns the exit code of a usage error, or nullopt when they are fine.
 */
std::optional<int> checkExportFormat(const QString& command,
                                     const QString& format,
                                     const QString& output,
                                     CliContext& context);

/** Writes the export in \a format to \a output (standard output when empty) and returns the exit code. */
int writeExport(const QString& format, const QString& output, const ExportWriters& writers, CliContext& context);

} // namespace stemma::cli
