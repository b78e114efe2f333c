// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ScreenCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/db/ReviewerRepository.h"
#include "core/screening/ScreeningService.h"

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
                                         "exclusions need a reason."));
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
    if (auto stop = command.parse(arguments, context, 2))
        return *stop;
    auto& parser = command.parser();
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

} // namespace stemma::cli
