// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/InfoCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/db/Migrator.h"
#include "core/db/TableCounts.h"

#include <QJsonObject>

namespace stemma::cli {

QString InfoCommand::name() const
{
    return QStringLiteral("info");
}
QString InfoCommand::summary() const
{
    return QStringLiteral("Show a project's schema version and its counts.");
}

int InfoCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Shows the schema version of PROJECT and how many rows each table holds."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const QString path = command.parser().positionalArguments().front();
    auto project = openProjectForReading(path, context);
    if (!project)
        return Failure;
    auto counts = core::db::tableCounts(project->database());
    if (!counts)
        return context.fail(counts.error().message);

    if (command.parser().isSet(QStringLiteral("json"))) {
        QJsonObject tables;
        for (const auto& [table, count] : *counts)
            tables.insert(table, count);
        context.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("path"), path},
            {QStringLiteral("schema_version"), project->schemaVersion()},
            {QStringLiteral("latest_schema_version"), core::db::Migrator::latestVersion()},
            {QStringLiteral("counts"), tables},
        }));
        return Success;
    }
    context.out << "Project:        " << path << '\n'
                << "Schema version: " << project->schemaVersion() << '\n'
                << "Counts:\n";
    for (const auto& [table, count] : *counts)
        context.out << "  " << table.leftJustified(22) << count << '\n';
    return Success;
}

} // namespace stemma::cli
