// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/AgreementCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/screening/Agreement.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stemma::cli {

QString AgreementCommand::name() const
{
    return QStringLiteral("agreement");
}
QString AgreementCommand::summary() const
{
    return QStringLiteral("Show how far reviewers agree at a screening stage.");
}

int AgreementCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Percent agreement and kappa (Cohen's for two reviewers, Fleiss' "
                                         "for more) over the references every reviewer screened."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addOption(QStringLiteral("stage"),
                      QStringLiteral("title-abstract (default) or full-text."),
                      QStringLiteral("S"),
                      QStringLiteral("title-abstract"));
    command.addFlag(QStringLiteral("json"), QStringLiteral("Print a JSON object."));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    auto& parser = command.parser();
    const auto stage = core::screeningStageFromString(parser.value(QStringLiteral("stage")));
    if (!stage)
        return context.fail(QStringLiteral("--stage must be title-abstract or full-text"), UsageError);
    auto project = openProject(parser.positionalArguments().front(), context);
    if (!project)
        return Failure;
    auto report = core::screening::Agreement::forStage(*project, *stage);
    if (!report)
        return context.fail(report.error().message);

    const auto& statistic = report->statistic;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        object.insert(QStringLiteral("stage"), core::toString(*stage));
        QJsonArray reviewers;
        for (const auto& reviewer : report->reviewers)
            reviewers.append(reviewer.name);
        object.insert(QStringLiteral("reviewers"), reviewers);
        object.insert(QStringLiteral("method"), report->method.isEmpty() ? QJsonValue() : QJsonValue(report->method));
        object.insert(QStringLiteral("n"), statistic.subjects);
        object.insert(QStringLiteral("percent_agreement"), statistic.percentAgreement * 100.0);
        object.insert(QStringLiteral("kappa"), statistic.kappa ? QJsonValue(*statistic.kappa) : QJsonValue());
        QJsonArray categories;
        for (auto verdict : core::screening::Agreement::categories())
            categories.append(core::toString(verdict));
        object.insert(QStringLiteral("categories"), categories);
        QJsonArray table;
        for (const auto& row : report->table) {
            QJsonArray cells;
            for (int cell : row)
                cells.append(cell);
            table.append(cells);
        }
        object.insert(QStringLiteral("table"), table);
        context.printJson(QJsonDocument(object));
        return Success;
    }
    QStringList names;
    for (const auto& reviewer : report->reviewers)
        names << reviewer.name;
    context.out << "stage: " << core::toString(*stage) << '\n';
    context.out << "reviewers: " << names.join(QStringLiteral(", ")) << '\n';
    if (report->method.isEmpty()) {
        context.out << "agreement needs votes from at least two reviewers\n";
        return Success;
    }
    context.out << "references screened by all: " << statistic.subjects << '\n';
    context.out << "percent agreement: " << QString::number(statistic.percentAgreement * 100.0, 'f', 1) << "%\n";
    context.out << (report->method == QLatin1String("cohen") ? "Cohen's kappa: " : "Fleiss' kappa: ")
                << (statistic.kappa ? QString::number(*statistic.kappa, 'f', 3)
                                    : QStringLiteral("undefined (all votes in one category)"))
                << '\n';
    return Success;
}

} // namespace stemma::cli
