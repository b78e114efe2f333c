// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ExportDataCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/export/DatasetExport.h"

namespace stemma::cli {

QString ExportDataCommand::name() const
{
    return QStringLiteral("export-data");
}

QString ExportDataCommand::summary() const
{
    return QStringLiteral("Export the extracted dataset as an XLSX workbook or a tidy CSV for R.");
}

int ExportDataCommand::run(const QStringList& arguments, CliContext& context)
{
    using namespace core::exports;
    CommandParser command(name(),
                          QStringLiteral("Writes the studies, arms, interventions, patients and outcome results of "
                                         "PROJECT. xlsx: one sheet per entity, linked by ids. csv: one row per "
                                         "outcome result (long format) that metafor::escalc reads directly."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addOption(
        QStringLiteral("format"), QStringLiteral("xlsx or csv (default: from -o's suffix)."), QStringLiteral("FORMAT"));
    command.addOption(QStringLiteral("o"), QStringLiteral("The file to write (required)."), QStringLiteral("FILE"));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const auto& parser = command.parser();
    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty())
        return context.fail(QStringLiteral("export-data: -o FILE is required"), UsageError);
    QString formatText = parser.value(QStringLiteral("format"));
    if (formatText.isEmpty())
        formatText = output.section(QLatin1Char('.'), -1);
    const auto format = datasetFormatFromName(formatText);
    if (!format)
        return context.fail(QStringLiteral("export-data: unknown format \"%1\"; use xlsx or csv").arg(formatText),
                            UsageError);
    auto project = openProject(parser.positionalArguments().front(), context);
    if (!project)
        return Failure;
    if (auto written = exportDataset(*project, *format, output); !written)
        return context.fail(QStringLiteral("export-data: ") + written.error().message);
    context.err << QStringLiteral("dataset written to %1\n").arg(output);
    return Success;
}

} // namespace stemma::cli
