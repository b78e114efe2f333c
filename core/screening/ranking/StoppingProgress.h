// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"
#include "core/domain/Screening.h"
#include "core/screening/ranking/StoppingTest.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::screening::ranking {

/** Where prioritised screening of a stage stands: progress, the random sample and the stopping test on it. */
struct StoppingProgress
{
    enum class Phase {
        Ranking,  ///< most likely relevant first
        Sampling, ///< the rest in random order, to test recall
        Stopped,  ///< the team stopped by the criterion; the unscreened rest counts as excluded by automation
    };
    Phase phase = Phase::Ranking;
    int candidates = 0;
    int screened = 0;            ///< candidates with a label that trains the model
    int includes = 0;            ///< of them, included or maybe
    int sinceLastInclude = 0;    ///< screened since the last include, in the order decided
    std::vector<int> foundAfter; ///< includes found after each screened record, in the order decided
    std::optional<QDateTime> sampleStart;
    std::uint64_t sampleSeed = 0;
    StoppingInput sample;      ///< filled in the sampling phase
    StoppingEstimate estimate; ///< of the sample, when one was drawn
    double recallTarget = 0.95;
    double confidence = 0.95;

    static QString toString(Phase phase);
    /** One sentence for the reviewer: "With 95% confidence at least 91% of relevant records are found." */
    QString summary() const;
};

/**
 * Prioritised screening of a project: whether the ranking is on, the random-sampling phase
 * the stopping test needs, and the team's decision to stop. All kept in the project's settings
 * (keys `screening.ranking.*`), so every reviewer and the CLI see the same state.
 */
class PrioritisedScreening
{
public:
    explicit PrioritisedScreening(ReviewProject& project);

    Result<bool> isOn(ScreeningStage stage);
    Result<void> setOn(ScreeningStage stage, bool on);

    /** When the random sample began and its seed; nothing while the stage is still in the ranking phase. */
    struct Sample
    {
        QDateTime start;
        std::uint64_t seed = 0;
    };
    Result<std::optional<Sample>> sample(ScreeningStage stage);
    /** Begins screening the remaining records in a random order fixed by \a seed; the sample starts \a at. */
    Result<void> startSampling(ScreeningStage stage, const QDateTime& at, std::uint64_t seed);
    /** Stops at \a stage by the criterion: the unscreened rest counts as excluded by automation in PRISMA. */
    Result<void> stopByCriterion(ScreeningStage stage, const QDateTime& at);
    /** Whether the team stopped \a stage by the criterion. */
    Result<bool> isStopped(ScreeningStage stage);
    /** Takes back a stop (screening goes on). */
    Result<void> resume(ScreeningStage stage);

    /** The progress of \a reviewer's screening (their own votes in blind mode, everyone's otherwise). */
    Result<StoppingProgress> progress(ScreeningStage stage, ReviewerId reviewer);
    /** The same for the given \a candidates, when the caller already has them (the screen does). */
    Result<StoppingProgress> progress(ScreeningStage stage,
                                      ReviewerId reviewer,
                                      const std::vector<ReferenceId>& candidates);
    /** References at \a stage that nobody has screened while the team stopped by the criterion; 0 when not stopped. */
    Result<int> leftByCriterion(ScreeningStage stage);

private:
    ReviewProject& m_project;
};

} // namespace stemma::core::screening::ranking
