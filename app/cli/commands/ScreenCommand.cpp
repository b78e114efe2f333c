// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ScreenCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "app/cli/commands/ScreenNext.h"
#include "core/db/ReviewerRepository.h"
#include "core/screening/ScreeningService.h"
#include "core/screening/ranking/StoppingProgress.h"

#include <QDateTime>

namespace stemma::cli {

QString ScreenCommand::name() const
{
    return QStringLiteral("screen");
}
QString ScreenCommand::summary() const
{
    return QStringLiteral("Record a reviewer's screening decision on a reference.");
}

int ScreenCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(name(),
                          QStringLiteral("Records REVIEWER's vote on reference REF_ID. Full-text votes need "
                                         "the reference included or marked maybe at title/abstract; "
                                         "exclusions need a reason. With --next, prints the reference to "
                                         "screen next under the project's order instead."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addPositional(QStringLiteral("REF_ID"), QStringLiteral("The reference id (see stemma-cli list)."));
    command.addOption(QStringLiteral("decision"), QStringLiteral("include, exclude or maybe."), QStringLiteral("D"));
    command.addOption(QStringLiteral("reason"), QStringLiteral("Why the reference is excluded."), QStringLiteral("R"));
    command.addOption(QStringLiteral("stage"),
                      QStringLiteral("title-abstract (default) or full-text."),
                      QStringLiteral("S"),
                      QStringLiteral("title-abstract"));
    command.addOption(QStringLiteral("reviewer"),
                      QStringLiteral("Who decides; added when new (default: $USER)."),
                      QStringLiteral("NAME"));
    command.addOption(QStringLiteral("note"), QStringLiteral("A free-text note."), QStringLiteral("T"));
    command.addFlag(QStringLiteral("next"),
                    QStringLiteral("Print the reference to screen next (most likely relevant first when "
                                   "prioritised screening is on), progress and the stopping estimate."));
    command.addFlag(QStringLiteral("json"), QStringLiteral("With --next: print a JSON object."));
    command.addOption(QStringLiteral("ranking"),
                      QStringLiteral("Turn prioritised screening of the stage on or off."),
                      QStringLiteral("on|off"));
    command.addFlag(QStringLiteral("start-sample"),
                    QStringLiteral("Screen the remaining references in random order from now on, so the "
                                   "stopping test can estimate recall."));
    command.addFlag(QStringLiteral("stop-by-criterion"),
                    QStringLiteral("Record that the team stopped screening the stage by the stopping "
                                   "criterion; PRISMA counts the unscreened rest as excluded by automation."));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    auto& parser = command.parser();
    const bool managing = parser.isSet(QStringLiteral("next")) || parser.isSet(QStringLiteral("ranking")) ||
                          parser.isSet(QStringLiteral("start-sample")) ||
                          parser.isSet(QStringLiteral("stop-by-criterion"));
    if (managing)
        return runQueue(command, context);
    if (parser.positionalArguments().size() < 2)
        return context.fail(QStringLiteral("screen: missing REF_ID (see 'stemma-cli screen --help')"), UsageError);
    const auto verdict = core::verdictFromString(parser.value(QStringLiteral("decision")));
    if (!verdict)
        return context.fail(QStringLiteral("--decision must be include, exclude or maybe"), UsageError);
    const auto stage = core::screeningStageFromString(parser.value(QStringLiteral("stage")));
    if (!stage)
        return context.fail(QStringLiteral("--stage must be title-abstract or full-text"), UsageError);
    bool validId = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&validId);
    if (!validId || id <= 0)
        return context.fail(QStringLiteral("REF_ID must be a positive number"), UsageError);
    QString reviewerName = parser.value(QStringLiteral("reviewer"));
    if (reviewerName.trimmed().isEmpty())
        reviewerName = qEnvironmentVariable("USER", QStringLiteral("reviewer"));

    auto project = openProject(parser.positionalArguments().front(), context);
    if (!project)
        return Failure;
    auto reviewer = project->reviewers().findOrCreate(reviewerName);
    if (!reviewer)
        return context.fail(reviewer.error().message);

    core::ScreeningDecision decision;
    decision.reference = core::ReferenceId(id);
    decision.reviewer = *reviewer;
    decision.stage = *stage;
    decision.verdict = *verdict;
    decision.reason = parser.value(QStringLiteral("reason")).trimmed();
    decision.note = parser.value(QStringLiteral("note"));
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    core::screening::ScreeningService service(*project);
    auto recorded = service.record(decision);
    if (!recorded)
        return context.fail(recorded.error().message);
    context.out << "reference " << id << ": " << core::toString(*stage) << ' ' << core::toString(*verdict) << " by "
                << reviewerName.trimmed() << '\n';
    return Success;
}

int ScreenCommand::runQueue(CommandParser& command, CliContext& context)
{
    auto& parser = command.parser();
    const auto stage = core::screeningStageFromString(parser.value(QStringLiteral("stage")));
    if (!stage)
        return context.fail(QStringLiteral("--stage must be title-abstract or full-text"), UsageError);
    const QString ranking = parser.value(QStringLiteral("ranking"));
    if (parser.isSet(QStringLiteral("ranking")) && ranking != QLatin1String("on") && ranking != QLatin1String("off"))
        return context.fail(QStringLiteral("--ranking must be on or off"), UsageError);
    QString reviewerName = parser.value(QStringLiteral("reviewer"));
    if (reviewerName.trimmed().isEmpty())
        reviewerName = qEnvironmentVariable("USER", QStringLiteral("reviewer"));
    auto project = openProject(parser.positionalArguments().front(), context);
    if (!project)
        return Failure;
    core::screening::ranking::PrioritisedScreening prioritised(*project);
    if (parser.isSet(QStringLiteral("ranking"))) {
        if (auto set = prioritised.setOn(*stage, ranking == QLatin1String("on")); !set)
            return context.fail(set.error().message);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("start-sample"))) {
        if (auto started = prioritised.startSampling(*stage, now, static_cast<std::uint64_t>(now.toMSecsSinceEpoch()));
            !started)
            return context.fail(started.error().message);
    }
    if (parser.isSet(QStringLiteral("stop-by-criterion"))) {
        if (auto stopped = prioritised.stopByCriterion(*stage, now); !stopped)
            return context.fail(stopped.error().message);
    }
    if (!parser.isSet(QStringLiteral("next")))
        return Success;
    auto reviewer = project->reviewers().findOrCreate(reviewerName);
    if (!reviewer)
        return context.fail(reviewer.error().message);
    return printNextReference(*project, *stage, *reviewer, parser.isSet(QStringLiteral("json")), context);
}

} // namespace stemma::cli
