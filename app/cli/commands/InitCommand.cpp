// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/InitCommand.h"

#include "app/cli/CommandParser.h"
#include "core/ReviewProject.h"

#include <QJsonObject>

namespace stemma::cli {

QString InitCommand::name() const
{
    return QStringLiteral("init");
}
QString InitCommand::summary() const
{
    return QStringLiteral("Create a new, empty review project.");
}

int InitCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(), QStringLiteral("Creates PROJECT as a new, empty review project file."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("Path of the project file to create (*.stemma)."));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const QString path = command.parser().positionalArguments().front();
    auto project = core::ReviewProject::create(path);
    if (!project)
        return context.fail(project.error().message);
    if (command.parser().isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                    {QStringLiteral("schema_version"), (*project)->schemaVersion()}}));
    else
        context.out << "Created " << path << " (schema " << (*project)->schemaVersion() << ")\n";
    return Success;
}

} // namespace stemma::cli
