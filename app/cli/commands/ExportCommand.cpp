// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ExportCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/export/ExportFile.h"
#include "core/export/ReferenceExporter.h"

#include <QJsonObject>

namespace stemma::cli {

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return QStringLiteral("Export references as RIS, BibTeX, CSL-JSON, EndNote XML, MEDLINE or CSV.");
}

int ExportCommand::run(const QStringList& arguments, CliContext& context)
{
    using namespace core::exports;
    CommandParser command(name(),
                          QStringLiteral("Writes the references of PROJECT with every field Stemma holds, for "
                                         "Zotero, EndNote, JabRef, citeproc or a spreadsheet. Merged duplicates "
                                         "are written once."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addOption(QStringLiteral("format"),
                      QStringLiteral("ris, bibtex, csljson, endnote, nbib or csv (default ris)."),
                      QStringLiteral("FORMAT"));
    command.addOption(QStringLiteral("scope"),
                      QStringLiteral("all (default), included, included-full-text, excluded, search:QUERY or "
                                     "ids:1,2,3."),
                      QStringLiteral("SCOPE"));
    command.addFlag(QStringLiteral("screening"),
                    QStringLiteral("Add screening decisions, exclusion reasons and notes as notes the receiving "
                                   "tool keeps (RIS N1, BibTeX annote, CSL note, EndNote research notes, CSV "
                                   "columns)."));
    command.addOption(
        QStringLiteral("o"), QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    command.addFlag(QStringLiteral("json"), QStringLiteral("With -o, print {\"count\", \"file\"} as JSON."));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const auto& parser = command.parser();

    ReferenceExportOptions options;
    const QString formatText = parser.value(QStringLiteral("format"));
    if (!formatText.isEmpty()) {
        const auto format = referenceFormatFromName(formatText);
        if (!format)
            return context.fail(QStringLiteral("export: unknown format \"%1\"; use ris, bibtex, csljson, endnote, "
                                               "nbib or csv")
                                    .arg(formatText),
                                UsageError);
        options.format = *format;
    }
    auto scope = ExportScope::parse(parser.value(QStringLiteral("scope")));
    if (!scope)
        return context.fail(QStringLiteral("export: ") + scope.error().message, UsageError);
    options.scope = std::move(*scope);
    options.includeScreening = parser.isSet(QStringLiteral("screening"));

    auto project = openProject(parser.positionalArguments().front(), context);
    if (!project)
        return Failure;
    auto exported = exportReferences(*project, options);
    if (!exported)
        return context.fail(QStringLiteral("export: ") + exported.error().message);

    const QString output = parser.value(QStringLiteral("o"));
    if (output.isEmpty()) {
        context.out << QString::fromUtf8(exported->content);
        return Success;
    }
    if (auto written = writeFileAtomically(output, exported->content); !written)
        return context.fail(QStringLiteral("export: ") + written.error().message);
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("count"), exported->count},
                                                    {QStringLiteral("file"), output},
                                                    {QStringLiteral("format"), formatName(options.format)},
                                                    {QStringLiteral("scope"), options.scope.toString()}}));
    else
        context.err << QStringLiteral("%1 references written to %2\n").arg(exported->count).arg(output);
    return Success;
}

} // namespace stemma::cli
