// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/CodebookCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/codebook/CodebookJson.h"
#include "core/db/CodebookRepository.h"

#include <QFile>
#include <QSaveFile>

namespace stemma::cli {

namespace {

void printTree(const QList<core::codebook::TagNode>& nodes, int depth, CliContext& context)
{
    for (const auto& node : nodes) {
        context.out << QString(depth * 2, QLatin1Char(' ')) << node.name << "  " << node.colour << '\n';
        printTree(node.children, depth + 1, context);
    }
}

} // namespace

QString CodebookCommand::name() const
{
    return QStringLiteral("codebook");
}

QString CodebookCommand::summary() const
{
    return QStringLiteral("Show, export or import the project's codebook (tag tree) as JSON.");
}

int CodebookCommand::run(const QStringList& arguments, CliContext& context)
{
    using core::codebook::CodebookJson;
    CommandParser command(name(),
                          QStringLiteral("Without options prints the tag tree. --export writes it as codebook JSON; "
                                         "--import adds the tags of a codebook JSON file, reusing tags of the "
                                         "same name under the same parent."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addOption(QStringLiteral("export"), QStringLiteral("Write the codebook to FILE."), QStringLiteral("FILE"));
    command.addOption(QStringLiteral("import"), QStringLiteral("Add the tags of FILE."), QStringLiteral("FILE"));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const QString exportPath = command.parser().value(QStringLiteral("export"));
    const QString importPath = command.parser().value(QStringLiteral("import"));
    if (!exportPath.isEmpty() && !importPath.isEmpty())
        return context.fail(QStringLiteral("use --export or --import, not both"), UsageError);
    auto project = openProject(command.parser().positionalArguments().front(), context);
    if (!project)
        return Failure;

    if (!importPath.isEmpty()) {
        QFile file(importPath);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(QStringLiteral("cannot read %1: %2").arg(importPath, file.errorString()));
        auto summary = CodebookJson::importJson(*project, file.readAll());
        if (!summary)
            return context.fail(QStringLiteral("%1: %2").arg(importPath, summary.error().message));
        context.out << QStringLiteral("%1 tags added, %2 already present\n").arg(summary->added).arg(summary->matched);
        return Success;
    }
    if (!exportPath.isEmpty()) {
        auto json = CodebookJson::exportJson(*project);
        if (!json)
            return context.fail(json.error().message);
        QSaveFile file(exportPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
            return context.fail(QStringLiteral("cannot write %1: %2").arg(exportPath, file.errorString()));
        context.out << QStringLiteral("codebook written to %1\n").arg(exportPath);
        return Success;
    }
    auto tree = CodebookJson::read(*project);
    if (!tree)
        return context.fail(tree.error().message);
    printTree(*tree, 0, context);
    if (tree->isEmpty())
        context.out << "(no tags)\n";
    return Success;
}

} // namespace stemma::cli
