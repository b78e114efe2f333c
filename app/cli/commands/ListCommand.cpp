// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ListCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/json/ReferenceJson.h"

#include <QJsonArray>

namespace stemma::cli {

QString ListCommand::name() const
{
    return QStringLiteral("list");
}
QString ListCommand::summary() const
{
    return QStringLiteral("List the references of a project, one per merged work.");
}

int ListCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Lists the references of PROJECT. Duplicates merged into another "
                                         "reference are shown once, under the survivor."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addFlag(QStringLiteral("json"),
                    QStringLiteral("Print a JSON array of reference objects, each with its cited_references."));
    command.addFlag(QStringLiteral("all"), QStringLiteral("Include merged duplicates too."));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    auto project = openProjectForReading(command.parser().positionalArguments().front(), context);
    if (!project)
        return Failure;

    core::db::ReferenceQuery query;
    query.includeMerged = command.parser().isSet(QStringLiteral("all"));
    const bool asJson = command.parser().isSet(QStringLiteral("json"));
    QJsonArray array;
    QString failure;
    auto listed = project->references().forEach(query, [&](const core::Reference& reference) {
        if (asJson) {
            auto cited = project->references().citedReferences(reference.id);
            if (!cited) {
                failure = cited.error().message;
                return false;
            }
            QJsonObject object = core::json::toJson(reference);
            object.insert(QStringLiteral("cited_references"), QJsonArray::fromStringList(*cited));
            array.append(object);
        } else {
            QStringList names;
            for (const auto& author : reference.authors.mid(0, 3))
                names << author.shortName();
            if (reference.authors.size() > 3)
                names << QStringLiteral("et al.");
            context.out << reference.id.value << '\t' << (reference.year ? QString::number(*reference.year) : QString())
                        << '\t' << names.join(QStringLiteral(", ")) << '\t' << reference.title << '\n';
        }
        return true;
    });
    if (!listed)
        return context.fail(listed.error().message);
    if (!failure.isEmpty())
        return context.fail(failure);
    if (asJson)
        context.printJson(QJsonDocument(array));
    return Success;
}

} // namespace stemma::cli
