// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/ScreenNext.h"

#include "core/ReviewProject.h"
#include "core/db/ScreeningRepository.h"
#include "core/screening/ScreeningService.h"
#include "core/screening/ranking/RankedOrder.h"
#include "core/screening/ranking/ScreeningCorpus.h"
#include "core/screening/ranking/StoppingProgress.h"

#include <QJsonObject>

#include <cmath>
#include <unordered_set>

namespace stemma::cli {

using namespace core::screening::ranking;

namespace {

QJsonObject stoppingJson(const StoppingProgress& progress)
{
    QJsonObject object{{QStringLiteral("phase"), StoppingProgress::toString(progress.phase)},
                       {QStringLiteral("method"), QStringLiteral("hypergeometric (Callaghan & Mueller-Hansen 2020)")},
                       {QStringLiteral("recall_target"), progress.recallTarget},
                       {QStringLiteral("confidence"), progress.confidence},
                       {QStringLiteral("since_last_include"), progress.sinceLastInclude},
                       {QStringLiteral("includes"), progress.includes},
                       {QStringLiteral("summary"), progress.summary()}};
    if (progress.sampleStart) {
        object.insert(QStringLiteral("sample_population"), progress.sample.populationAtSampleStart);
        object.insert(QStringLiteral("sampled"), progress.sample.sampled);
        object.insert(QStringLiteral("relevant_in_sample"), progress.sample.relevantInSample);
        object.insert(QStringLiteral("p_value"), progress.estimate.pValue);
        object.insert(QStringLiteral("recall_lower_bound"), progress.estimate.recallLowerBound);
        object.insert(QStringLiteral("target_reached"), progress.estimate.targetReached);
    }
    return object;
}

} // namespace

int printNextReference(
    core::ReviewProject& project, core::ScreeningStage stage, core::ReviewerId reviewer, bool json, CliContext& context)
{
    core::screening::ScreeningService service(project);
    PrioritisedScreening prioritised(project);
    auto on = prioritised.isOn(stage);
    if (!on)
        return context.fail(on.error().message);
    auto progress = prioritised.progress(stage, reviewer);
    if (!progress)
        return context.fail(progress.error().message);

    RankedOrder ranked;
    std::shared_ptr<const RelevanceScores> scores;
    if (*on) {
        auto corpus = ScreeningCorpus::load(project, stage);
        if (!corpus)
            return context.fail(corpus.error().message);
        auto labels = (*corpus)->labels(project, stage, reviewer);
        if (!labels)
            return context.fail(labels.error().message);
        if (labels->canTrain()) {
            auto rankedScores = (*corpus)->rank(*labels);
            if (!rankedScores)
                return context.fail(rankedScores.error().message);
            scores = *rankedScores;
            ranked.setScores(scores);
        }
    }
    const core::screening::PlainOrder plain;
    const core::screening::ScreeningOrder& order =
        scores ? static_cast<const core::screening::ScreeningOrder&>(ranked) : plain;
    auto candidates = service.candidates(stage, order);
    if (!candidates)
        return context.fail(candidates.error().message);
    auto votes = project.screening().decisionsForStage(stage);
    if (!votes)
        return context.fail(votes.error().message);
    std::unordered_set<core::ReferenceId> decided;
    for (const auto& vote : *votes) {
        if (vote.reviewer == reviewer)
            decided.insert(vote.reference);
    }
    core::ReferenceId next;
    int remaining = 0;
    for (core::ReferenceId id : *candidates) {
        if (decided.count(id))
            continue;
        if (!next.isValid())
            next = id;
        ++remaining;
    }
    const bool stopped = progress->phase == StoppingProgress::Phase::Stopped;
    const int screened = static_cast<int>(candidates->size()) - remaining;
    const double score = scores && next.isValid() ? scores->relevanceOf(next) : -1.0;

    if (json) {
        QJsonObject object{
            {QStringLiteral("id"), next.isValid() && !stopped ? QJsonValue(next.value) : QJsonValue()},
            {QStringLiteral("order"), order.name()},
            {QStringLiteral("score"), score >= 0 ? QJsonValue(std::round(score * 1e4) / 1e4) : QJsonValue()},
            {QStringLiteral("screened"), screened},
            {QStringLiteral("remaining"), remaining},
            {QStringLiteral("stopping"), stoppingJson(*progress)}};
        context.printJson(QJsonDocument(object));
        return Success;
    }
    if (stopped)
        context.out << "screening stopped by the criterion; " << remaining << " references left unscreened\n";
    else if (next.isValid())
        context.out << "next: reference " << next.value << " (" << order.name() << " order"
                    << (score >= 0 ? QStringLiteral(", relevance %1").arg(score, 0, 'f', 3) : QString()) << ")\n";
    else
        context.out << "nothing left to screen\n";
    context.out << screened << " screened, " << remaining << " remaining\n" << progress->summary() << '\n';
    return Success;
}

} // namespace stemma::cli
