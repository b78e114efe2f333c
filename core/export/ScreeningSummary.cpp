// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ScreeningSummary.h"

#include "core/ReviewProject.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"

#include <QSet>

#include <map>
#include <optional>

namespace stemma::core::exports {
namespace {

using screening::StageOutcome;

QString stageText(ScreeningStage stage)
{
    return stage == ScreeningStage::TitleAbstract ? QStringLiteral("title/abstract") : QStringLiteral("full text");
}

void addOnce(QStringList& list, const QString& text)
{
    if (!text.trimmed().isEmpty() && !list.contains(text.trimmed()))
        list << text.trimmed();
}

} // namespace

const StageSummary* ScreeningSummary::stage(ScreeningStage wanted) const
{
    for (const StageSummary& summary : stages)
        if (summary.stage == wanted)
            return &summary;
    return nullptr;
}

QString outcomeText(StageOutcome outcome)
{
    switch (outcome) {
    case StageOutcome::Include:
        return QStringLiteral("included");
    case StageOutcome::Exclude:
        return QStringLiteral("excluded");
    case StageOutcome::Maybe:
        return QStringLiteral("maybe");
    case StageOutcome::Conflict:
        return QStringLiteral("conflict");
    case StageOutcome::Unscreened:
        break;
    }
    return QStringLiteral("not screened");
}

QStringList ScreeningSummary::lines() const
{
    QStringList out;
    for (const StageSummary& summary : stages) {
        QString line =
            QStringLiteral("Stemma screening, %1: %2").arg(stageText(summary.stage), outcomeText(summary.outcome));
        if (!summary.reasons.isEmpty())
            line += QStringLiteral(" (%1)").arg(summary.reasons.join(QStringLiteral("; ")));
        out << line;
    }
    for (const StageSummary& summary : stages)
        for (const QString& note : summary.notes)
            out << QStringLiteral("Stemma note, %1: %2").arg(stageText(summary.stage), note);
    return out;
}

Result<ScreeningSummaries> ScreeningSummaries::load(ReviewProject& project)
{
    auto reviewers = project.reviewers().list();
    if (!reviewers)
        return reviewers.error();
    QHash<qint64, QString> names;
    for (const Reviewer& reviewer : *reviewers)
        names.insert(reviewer.id.value, reviewer.name);
    auto noted = [&names](ReviewerId who, const QString& note) {
        const QString name = names.value(who.value);
        return name.isEmpty() ? note.trimmed() : QStringLiteral("%1: %2").arg(name, note.trimmed());
    };

    ScreeningSummaries out;
    for (ScreeningStage stage : {ScreeningStage::TitleAbstract, ScreeningStage::FullText}) {
        auto votes = project.screening().decisionsForStage(stage);
        if (!votes)
            return votes.error();
        auto resolutions = project.screening().resolutions(stage);
        if (!resolutions)
            return resolutions.error();
        std::map<qint64, std::vector<ScreeningDecision>> votesByReference;
        for (ScreeningDecision& vote : *votes)
            votesByReference[vote.reference.value].push_back(std::move(vote));
        std::map<qint64, ScreeningResolution> resolutionByReference;
        for (ScreeningResolution& resolution : *resolutions)
            resolutionByReference[resolution.reference.value] = std::move(resolution);

        auto summarise = [&](qint64 reference) {
            const auto voted = votesByReference.find(reference);
            const std::vector<ScreeningDecision> none;
            const std::vector<ScreeningDecision>& referenceVotes =
                voted == votesByReference.end() ? none : voted->second;
            const auto resolved = resolutionByReference.find(reference);
            std::optional<ScreeningResolution> resolution;
            if (resolved != resolutionByReference.end())
                resolution = resolved->second;
            StageSummary summary;
            summary.stage = stage;
            summary.outcome = screening::ScreeningService::combine(referenceVotes, resolution);
            if (resolution && resolution->verdict == Verdict::Exclude)
                addOnce(summary.reasons, resolution->reason);
            if (summary.reasons.isEmpty())
                for (const ScreeningDecision& vote : referenceVotes)
                    if (vote.verdict == Verdict::Exclude)
                        addOnce(summary.reasons, vote.reason);
            for (const ScreeningDecision& vote : referenceVotes)
                if (!vote.note.trimmed().isEmpty())
                    summary.notes << noted(vote.reviewer, vote.note);
            if (resolution && !resolution->note.trimmed().isEmpty())
                summary.notes << noted(resolution->resolvedBy, resolution->note);
            out.m_summaries[reference].stages.push_back(summary);
        };
        QSet<qint64> done;
        for (const auto& entry : votesByReference) {
            done.insert(entry.first);
            summarise(entry.first);
        }
        for (const auto& entry : resolutionByReference)
            if (!done.contains(entry.first))
                summarise(entry.first);
    }
    return out;
}

} // namespace stemma::core::exports
