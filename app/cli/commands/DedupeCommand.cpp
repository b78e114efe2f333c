// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/DedupeCommand.h"

#include "app/cli/CommandParser.h"
#include "app/cli/commands/OpenProject.h"
#include "core/db/DuplicateRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/dedupe/DuplicateFinder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stemma::cli {
namespace {

constexpr double DEFAULT_APPLY_THRESHOLD = 0.9;

} // namespace

QString DedupeCommand::name() const
{
    return QStringLiteral("dedupe");
}
QString DedupeCommand::summary() const
{
    return QStringLiteral("Find likely duplicates; optionally merge them.");
}

int DedupeCommand::run(const QStringList& arguments, CliContext& context)
{
    CommandParser command(
        name(),
        QStringLiteral(
            "Looks for references in PROJECT that are probably the same work (similar title, year within one, same "
            "first author, journal and pages) and lists the pairs with their scores, best first. With --apply, pairs "
            "scoring at least the threshold are merged; a merge keeps both records and every source and can be undone "
            "with --undo."));
    command.addPositional(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    command.addFlag(QStringLiteral("apply"), QStringLiteral("Merge the pairs scoring at least the threshold."));
    command.addOption(QStringLiteral("threshold"),
                      QStringLiteral("Score from which --apply merges (default %1).").arg(DEFAULT_APPLY_THRESHOLD),
                      QStringLiteral("T"),
                      QString::number(DEFAULT_APPLY_THRESHOLD));
    command.addOption(
        QStringLiteral("undo"), QStringLiteral("Take back the decision on pair ID."), QStringLiteral("ID"));
    command.addFlag(QStringLiteral("json"),
                    QStringLiteral("Print {pairs: [...], merged: N, merged_pairs: [...]}; merged_pairs lists every "
                                   "standing merge, including those made at import, with the ID --undo takes."));
    if (auto stop = command.parse(arguments, context, 1))
        return *stop;
    bool thresholdOk = false;
    const double threshold = command.parser().value(QStringLiteral("threshold")).toDouble(&thresholdOk);
    if (!thresholdOk || threshold < 0 || threshold > 1)
        return context.fail(QStringLiteral("dedupe: --threshold takes a number from 0 to 1"), UsageError);
    auto project = openProject(command.parser().positionalArguments().front(), context);
    if (!project)
        return Failure;
    core::db::DuplicateRepository duplicates(project->database());

    if (command.parser().isSet(QStringLiteral("undo"))) {
        auto undone = duplicates.undo(command.parser().value(QStringLiteral("undo")).toLongLong());
        if (!undone)
            return context.fail(undone.error().message);
        context.out << "Pair " << command.parser().value(QStringLiteral("undo")) << " is pending again\n";
        return Success;
    }

    auto fingerprints = duplicates.fingerprints();
    if (!fingerprints)
        return context.fail(fingerprints.error().message);
    const auto found = core::dedupe::DuplicateFinder().find(*fingerprints);
    if (auto stored = duplicates.store(found); !stored)
        return context.fail(stored.error().message);
    auto pending = duplicates.candidates(true);
    if (!pending)
        return context.fail(pending.error().message);

    int merged = 0;
    const bool apply = command.parser().isSet(QStringLiteral("apply"));
    const bool asJson = command.parser().isSet(QStringLiteral("json"));
    QJsonArray pairs;
    for (const auto& pair : *pending) {
        bool mergedNow = false;
        if (apply && pair.score >= threshold) {
            // A reference merged earlier in this run cannot take part in another pair.
            auto first = project->references().get(pair.first);
            auto second = project->references().get(pair.second);
            if (first && second && !first->mergedInto.isValid() && !second->mergedInto.isValid()) {
                if (auto done = duplicates.merge(pair.id); !done)
                    return context.fail(done.error().message);
                mergedNow = true;
                ++merged;
            }
        }
        if (asJson) {
            pairs.append(QJsonObject{{QStringLiteral("id"), pair.id},
                                     {QStringLiteral("first"), pair.first.value},
                                     {QStringLiteral("second"), pair.second.value},
                                     {QStringLiteral("score"), pair.score},
                                     {QStringLiteral("reasons"), pair.reasons},
                                     {QStringLiteral("merged"), mergedNow}});
        } else {
            context.out << QStringLiteral("%1\t%2 ~ %3\t%4\t%5%6\n")
                               .arg(pair.id)
                               .arg(pair.first.value)
                               .arg(pair.second.value)
                               .arg(pair.score, 0, 'f', 3)
                               .arg(pair.reasons, mergedNow ? QStringLiteral("\t[merged]") : QString());
        }
    }
    if (asJson) {
        // Every merge standing, made at import (same DOI or PMID) or here, with the ID --undo takes.
        auto all = duplicates.candidates(false);
        if (!all)
            return context.fail(all.error().message);
        QJsonArray mergedPairs;
        for (const auto& pair : *all)
            if (pair.status == core::db::CandidateStatus::Merged)
                mergedPairs.append(QJsonObject{{QStringLiteral("id"), pair.id},
                                               {QStringLiteral("first"), pair.first.value},
                                               {QStringLiteral("second"), pair.second.value},
                                               {QStringLiteral("reasons"), pair.reasons}});
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("pairs"), pairs},
                                                    {QStringLiteral("merged"), merged},
                                                    {QStringLiteral("merged_pairs"), mergedPairs}}));
    } else
        context.out << pending->size() << " candidate pairs"
                    << (apply ? QStringLiteral(", %1 merged").arg(merged) : QString()) << '\n';
    return Success;
}

} // namespace stemma::cli
