// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/StoppingProgress.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/db/SettingsRepository.h"
#include "core/screening/ScreeningService.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace stemma::core::screening::ranking {
namespace {

QString key(ScreeningStage stage, const char* name)
{
    return QStringLiteral("screening.ranking.") + toString(stage) + QLatin1Char('.') + QString::fromLatin1(name);
}

/** A reference's screening as the stopping test sees it: when it was first decided, and whether it is relevant. */
struct Screened
{
    QDateTime first;
    bool relevant = false;
};

} // namespace

QString StoppingProgress::toString(Phase phase)
{
    switch (phase) {
    case Phase::Ranking:
        return QStringLiteral("ranking");
    case Phase::Sampling:
        return QStringLiteral("sampling");
    case Phase::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QString StoppingProgress::summary() const
{
    const QLocale locale = QLocale::c();
    if (!sampleStart)
        return QStringLiteral("No random sample yet: start one to estimate recall.");
    if (sample.sampled == 0)
        return QStringLiteral("Random sample started: screen on to estimate recall.");
    const int percent = static_cast<int>(std::floor(estimate.recallLowerBound * 100.0 + 1e-9));
    return QStringLiteral("With %1% confidence at least %2% of relevant records have been found (%3 of %4 "
                          "remaining records sampled, %5 relevant; p = %6 for a %7% recall target).")
        .arg(static_cast<int>(std::round(confidence * 100)))
        .arg(percent)
        .arg(sample.sampled)
        .arg(sample.populationAtSampleStart)
        .arg(sample.relevantInSample)
        .arg(locale.toString(estimate.pValue, 'g', 3))
        .arg(static_cast<int>(std::round(recallTarget * 100)));
}

PrioritisedScreening::PrioritisedScreening(ReviewProject& project)
    : m_project(project)
{
}

Result<bool> PrioritisedScreening::isOn(ScreeningStage stage)
{
    auto value = m_project.settings().value(key(stage, "on"), QStringLiteral("false"));
    if (!value)
        return value.error();
    return *value == QLatin1String("true");
}

Result<void> PrioritisedScreening::setOn(ScreeningStage stage, bool on)
{
    return m_project.settings().set(key(stage, "on"), on ? QStringLiteral("true") : QStringLiteral("false"));
}

Result<void> PrioritisedScreening::startSampling(ScreeningStage stage, const QDateTime& at, std::uint64_t seed)
{
    STEMMA_TRY(m_project.settings().set(key(stage, "sample_start"), at.toUTC().toString(Qt::ISODateWithMs)));
    return m_project.settings().set(key(stage, "sample_seed"), QString::number(seed));
}

Result<std::optional<PrioritisedScreening::Sample>> PrioritisedScreening::sample(ScreeningStage stage)
{
    auto start = m_project.settings().value(key(stage, "sample_start"));
    if (!start)
        return start.error();
    if (start->isEmpty())
        return std::optional<Sample>();
    auto seed = m_project.settings().value(key(stage, "sample_seed"), QStringLiteral("0"));
    if (!seed)
        return seed.error();
    return std::optional<Sample>(Sample{QDateTime::fromString(*start, Qt::ISODateWithMs), seed->toULongLong()});
}

Result<void> PrioritisedScreening::stopByCriterion(ScreeningStage stage, const QDateTime& at)
{
    return m_project.settings().set(key(stage, "stopped"), at.toUTC().toString(Qt::ISODateWithMs));
}

Result<bool> PrioritisedScreening::isStopped(ScreeningStage stage)
{
    auto stopped = m_project.settings().value(key(stage, "stopped"));
    if (!stopped)
        return stopped.error();
    return !stopped->isEmpty();
}

Result<void> PrioritisedScreening::resume(ScreeningStage stage)
{
    return m_project.settings().remove(key(stage, "stopped"));
}

Result<StoppingProgress> PrioritisedScreening::progress(ScreeningStage stage, ReviewerId reviewer)
{
    auto candidates = ScreeningService(m_project).candidates(stage);
    if (!candidates)
        return candidates.error();
    return progress(stage, reviewer, *candidates);
}

Result<StoppingProgress> PrioritisedScreening::progress(ScreeningStage stage,
                                                        ReviewerId reviewer,
                                                        const std::vector<ReferenceId>& candidates)
{
    StoppingProgress progress;
    progress.candidates = static_cast<int>(candidates.size());
    const std::unordered_set<ReferenceId> candidateSet(candidates.begin(), candidates.end());

    auto blind = ScreeningService(m_project).isBlind(stage);
    if (!blind)
        return blind.error();
    auto votes = m_project.screening().decisionsForStage(stage);
    if (!votes)
        return votes.error();
    std::map<ReferenceId, std::vector<ScreeningDecision>> byReference;
    for (auto& vote : *votes) {
        if (candidateSet.count(vote.reference) && (!*blind || vote.reviewer == reviewer))
            byReference[vote.reference].push_back(std::move(vote));
    }
    std::vector<Screened> screened;
    for (const auto& [reference, decisions] : byReference) {
        Screened entry;
        entry.first = decisions.front().decidedAt;
        for (const auto& vote : decisions) {
            entry.first = std::min(entry.first, vote.decidedAt);
            // A vote to include or "maybe" counts, so a disagreement never hides a relevant record from the test.
            entry.relevant = entry.relevant || vote.verdict != Verdict::Exclude;
        }
        screened.push_back(entry);
    }
    std::stable_sort(
        screened.begin(), screened.end(), [](const Screened& a, const Screened& b) { return a.first < b.first; });
    for (const auto& entry : screened) {
        progress.includes += entry.relevant ? 1 : 0;
        progress.foundAfter.push_back(progress.includes);
        progress.sinceLastInclude = entry.relevant ? 0 : progress.sinceLastInclude + 1;
    }
    progress.screened = static_cast<int>(screened.size());

    auto started = sample(stage);
    if (!started)
        return started.error();
    if (*started) {
        progress.phase = StoppingProgress::Phase::Sampling;
        progress.sampleStart = (*started)->start;
        progress.sampleSeed = (*started)->seed;
        int before = 0;
        for (const auto& entry : screened) {
            if (entry.first < *progress.sampleStart) {
                ++before;
                progress.sample.relevantBeforeSample += entry.relevant ? 1 : 0;
            } else {
                ++progress.sample.sampled;
                progress.sample.relevantInSample += entry.relevant ? 1 : 0;
            }
        }
        progress.sample.populationAtSampleStart = progress.candidates - before;
        progress.estimate = StoppingTest(progress.recallTarget, progress.confidence).estimate(progress.sample);
    }
    auto stopped = m_project.settings().value(key(stage, "stopped"));
    if (!stopped)
        return stopped.error();
    if (!stopped->isEmpty())
        progress.phase = StoppingProgress::Phase::Stopped;
    return progress;
}

Result<int> PrioritisedScreening::leftByCriterion(ScreeningStage stage)
{
    auto stopped = m_project.settings().value(key(stage, "stopped"));
    if (!stopped)
        return stopped.error();
    if (stopped->isEmpty())
        return 0;
    auto candidates = ScreeningService(m_project).candidates(stage);
    if (!candidates)
        return candidates.error();
    auto votes = m_project.screening().decisionsForStage(stage);
    if (!votes)
        return votes.error();
    std::unordered_set<ReferenceId> voted;
    for (const auto& vote : *votes)
        voted.insert(vote.reference);
    return static_cast<int>(
        std::count_if(candidates->begin(), candidates->end(), [&voted](ReferenceId id) { return !voted.count(id); }));
}

} // namespace stemma::core::screening::ranking
