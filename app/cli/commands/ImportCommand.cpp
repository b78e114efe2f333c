// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ImportCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/import/Importer.h"
#include "core/import/ParserRegistry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stemma::cli {
namespace {

QJsonObject problemJson(const core::import::ImportProblem& problem)
{
    return QJsonObject{
        {QStringLiteral("file"), problem.file},
        {QStringLiteral("line"), problem.line},
        {QStringLiteral("record"), problem.record},
        {QStringLiteral("severity"),
         problem.severity == core::import::ImportProblem::Severity::Warning ? QStringLiteral("warning")
                                                                            : QStringLiteral("error")},
        {QStringLiteral("message"), problem.message},
    };
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}
QString ImportCommand::summary() const
{
    return QStringLiteral("Import search exports and saved articles.");
}

int ImportCommand::run(const QStringList& arguments, CliContext& context)
{
    core::import::ParserRegistry registry;
    CommandParser command(
        name(),
        QStringLiteral("Imports FILEs into PROJECT. The format is recognised from the content (%1). Each file "
                       "is one transaction: a file that fails leaves nothing behind; broken records are "
                       "reported and skipped. Records with a DOI or PMID already in the project are merged "
                       "as duplicates, keeping their raw record.")
            .arg(registry.formats().join(QStringLiteral(", "))));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addPositional(QStringLiteral("FILE"), QStringLiteral("Files to import."), QStringLiteral("FILE..."));
    command.addOption(QStringLiteral("format"),
                      QStringLiteral("Read every FILE as format F instead of detecting it."),
                      QStringLiteral("F"));
    command.addOption(QStringLiteral("source"),
                      QStringLiteral("Name of the database searched (for PRISMA), e.g. PubMed."),
                      QStringLiteral("NAME"));
    command.addOption(
        QStringLiteral("search-date"), QStringLiteral("Date the search was run."), QStringLiteral("DATE"));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print a JSON array with one report per file."));
    if (auto stop = command.parse(arguments, context, 2))
        return *stop;
    const QStringList positionals = command.parser().positionalArguments();
    auto project = openProject(positionals.front(), context);
    if (!project)
        return Failure;

    core::import::ImportOptions options;
    options.format = command.parser().value(QStringLiteral("format"));
    options.sourceName = command.parser().value(QStringLiteral("source"));
    options.searchDate = command.parser().value(QStringLiteral("search-date"));
    core::import::Importer importer(project->database(), registry);
    const bool asJson = command.parser().isSet(QStringLiteral("json"));

    QJsonArray reports;
    bool anyFailed = false;
    for (const QString& path : positionals.mid(1)) {
        auto report = importer.importFile(path, options);
        if (!report) {
            anyFailed = true;
            // Scripts read the JSON on stdout and people read stderr: the error goes to both.
            context.err << "stemma-cli: " << report.error().message << '\n';
            if (asJson) {
                const QString format = importer.formatOf(path, options);
                reports.append(QJsonObject{
                    {QStringLiteral("path"), path},
                    {QStringLiteral("format"), format.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(format)},
                    {QStringLiteral("error"), report.error().message},
                    {QStringLiteral("records"), 0},
                    {QStringLiteral("imported"), 0},
                    {QStringLiteral("merged"), 0},
                    {QStringLiteral("problems"), QJsonArray()}});
            }
            continue;
        }
        if (asJson) {
            QJsonArray problems;
            for (const auto& problem : report->problems)
                problems.append(problemJson(problem));
            reports.append(QJsonObject{{QStringLiteral("path"), path},
                                       {QStringLiteral("format"), report->format},
                                       {QStringLiteral("records"), report->records},
                                       {QStringLiteral("imported"), report->imported},
                                       {QStringLiteral("merged"), report->merged},
                                       {QStringLiteral("batch"), report->batch.value},
                                       {QStringLiteral("problems"), problems}});
            continue;
        }
        context.out << path << ": " << report->format << ", " << report->records << " records read, "
                    << report->imported << " imported, " << report->merged << " merged as duplicates";
        if (!report->problems.isEmpty())
            context.out << ", " << report->problems.size() << " problems";
        context.out << '\n';
        for (const auto& problem : report->problems)
            context.out << "  " << problem.toString() << '\n';
    }
    if (asJson)
        context.printJson(QJsonDocument(reports));
    return anyFailed ? Failure : Success;
}

} // namespace stemma::cli
