// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/DemoCommand.h"

#include "app/cli/CommandParser.h"
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/TableCounts.h"
#include "core/demo/DemoProjectBuilder.h"

#include <QFile>
#include <QJsonObject>

namespace stemma::cli {

QString DemoCommand::name() const
{
    return QStringLiteral("demo");
}
QString DemoCommand::summary() const
{
    return QStringLiteral("Create a demo project: MSC versus HSCT in systemic sclerosis.");
}

int DemoCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Creates PROJECT filled with published studies of MSC and HSCT in "
                                         "systemic sclerosis: references, studies, arms, interventions and "
                                         "outcome numbers. PROJECT must not exist yet."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("Path of the project file to create (*.stemma)."));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print the path and row counts as JSON."));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    const QString path = command.parser().positionalArguments().front();
    auto project = core::ReviewProject::create(path);
    if (!project)
        return context.fail(project.error().message);
    if (auto built = core::demo::buildDemoProject(**project); !built) {
        // A half-made demo is of no use; the transaction left the file empty, so remove it.
        project->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return context.fail(built.error().message);
    }
    auto counts = core::db::tableCounts((*project)->database());
    if (!counts)
        return context.fail(counts.error().message);
    auto countOf = [&counts](const char* table) -> qint64 {
        for (const auto& [name, count] : *counts)
            if (name == QLatin1String(table))
                return count;
        return 0;
    };
    // References as the library lists them; records found in a second database are merged duplicates.
    auto live = (*project)->references().count();
    if (!live)
        return context.fail(live.error().message);
    const qint64 studies = countOf("study");
    const qint64 arms = countOf("arm");
    const qint64 interventions = countOf("intervention");
    const qint64 results = countOf("outcome_result");
    if (command.parser().isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                    {QStringLiteral("references"), *live},
                                                    {QStringLiteral("duplicates_merged"), countOf("reference") - *live},
                                                    {QStringLiteral("studies"), studies},
                                                    {QStringLiteral("arms"), arms},
                                                    {QStringLiteral("interventions"), interventions},
                                                    {QStringLiteral("patients"), countOf("patient")},
                                                    {QStringLiteral("outcome_results"), results}}));
    } else {
        context.out << "Created " << path << ": " << studies << " studies, " << arms << " arms, " << interventions
                    << " interventions, " << results << " outcome results\n";
    }
    return Success;
}

} // namespace stemma::cli
