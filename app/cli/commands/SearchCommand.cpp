// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/SearchCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/SearchIndex.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace stemma::cli {

QString SearchCommand::name() const
{
    return QStringLiteral("search");
}
QString SearchCommand::summary() const
{
    return QStringLiteral("Full-text search of titles, abstracts, authors, keywords.");
}

int SearchCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(
        name(),
        QStringLiteral(
            "Searches PROJECT. All words must match; use OR and NOT (upper case), \"exact phrases\", prefix* and "
            "field:term with field title, abstract, author or keyword. Results are ranked, title matches first, "
            "with the matching words marked in a snippet."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addPositional(QStringLiteral("QUERY"), QStringLiteral("What to search for (quote it in the shell)."));
    command.addOption(QStringLiteral("limit"),
                      QStringLiteral("Show at most N results (default 20)."),
                      QStringLiteral("N"),
                      QStringLiteral("20"));
    command.addFlag(QStringLiteral("json"),
                    QStringLiteral("Print {query, total, results: [{id, score, title, year, snippet}]}."));
    if (auto stop = command.parse(arguments, context, 2))
        return *stop;
    const QStringList positionals = command.parser().positionalArguments();
    bool limitOk = false;
    const int limit = command.parser().value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0)
        return context.fail(QStringLiteral("search: --limit takes a positive number"), UsageError);
    auto project = openProjectForReading(positionals.front(), context);
    if (!project)
        return Failure;

    const QString query = positionals.mid(1).join(QLatin1Char(' '));
    core::db::SearchIndex index(project->database());
    core::db::SearchOptions options;
    options.limit = limit;
    const bool asJson = command.parser().isSet(QStringLiteral("json"));
    if (!asJson) {
        options.highlightOpen = QStringLiteral("\x1b[1m");
        options.highlightClose = QStringLiteral("\x1b[0m");
        if (!::isatty(1)) {
            options.highlightOpen = QStringLiteral("[");
            options.highlightClose = QStringLiteral("]");
        }
    }
    auto hits = index.search(query, options);
    if (!hits)
        return context.fail(QStringLiteral("search: %1").arg(hits.error().message));
    auto total = index.count(query);
    if (!total)
        return context.fail(QStringLiteral("search: %1").arg(total.error().message));

    QJsonArray results;
    for (const auto& hit : *hits) {
        auto reference = project->references().get(hit.reference);
        if (!reference)
            return context.fail(reference.error().message);
        if (asJson) {
            results.append(QJsonObject{
                {QStringLiteral("id"), hit.reference.value},
                {QStringLiteral("score"), hit.score},
                {QStringLiteral("title"), reference->title},
                {QStringLiteral("year"), reference->year ? QJsonValue(*reference->year) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("snippet"), hit.snippet}});
        } else {
            context.out << hit.reference.value << '\t'
                        << (reference->year ? QString::number(*reference->year) : QString()) << '\t' << reference->title
                        << "\n\t" << hit.snippet << '\n';
        }
    }
    if (asJson)
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                                    {QStringLiteral("total"), *total},
                                                    {QStringLiteral("results"), results}}));
    else
        context.out << *total << " matching references"
                    << (*total > limit ? QStringLiteral(" (top %1 shown)").arg(limit) : QString()) << '\n';
    return Success;
}

} // namespace stemma::cli
