// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ExportOutput.h"

#include <QFile>

namespace stemma::cli {

namespace {

bool isBinary(const QString& format)
{
    return format == QLatin1String("xlsx") || format == QLatin1String("odt") || format == QLatin1String("pdf");
}

} // namespace

std::optional<int> checkExportFormat(const QString& command,
                                     const QString& format,
                                     const QString& output,
                                     CliContext& context)
{
    if (!isBinary(format) && !core::compare::tableFormatFromName(format) && format != QLatin1String("json"))
        return context.fail(QStringLiteral("%1: unknown format '%2'").arg(command, format), UsageError);
    if (isBinary(format) && output.isEmpty())
        return context.fail(QStringLiteral("%1: --format %2 needs -o FILE").arg(command, format), UsageError);
    return std::nullopt;
}

int writeExport(const QString& format, const QString& output, const ExportWriters& writers, CliContext& context)
{
    core::Result<void> written;
    if (format == QLatin1String("xlsx"))
        written = writers.xlsx(output);
    else if (format == QLatin1String("odt"))
        written = writers.odt(output);
    else if (format == QLatin1String("pdf"))
        written = writers.pdf(output);
    else {
        const QString text = format == QLatin1String("json")
                                 ? writers.json()
                                 : writers.text(*core::compare::tableFormatFromName(format));
        if (output.isEmpty()) {
            context.out << text;
            return Success;
        }
        QFile file(output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
            return context.fail(QStringLiteral("cannot write %1").arg(output));
    }
    if (!written)
        return context.fail(written.error().message);
    if (!output.isEmpty())
        context.err << "wrote " << output << '\n';
    return Success;
}

} // namespace stemma::cli
