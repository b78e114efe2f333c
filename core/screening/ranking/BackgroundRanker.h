// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/screening/ranking/ScreeningCorpus.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace stemma::core::screening::ranking {

/**
 * Retrains the relevance model on a thread of its own, so a decision never waits for it. It
 * holds its own reference to the (read-only) corpus; each request carries a copy of the labels.
 * A request that arrives while a model is training replaces any request still waiting, so the
 * ranking lags by at most the decisions made during one training.
 */
class BackgroundRanker
{
public:
    /** Called on the training thread with each new ranking; the caller hands it to its own thread. */
    using Done = std::function<void(std::shared_ptr<const RelevanceScores>)>;

    BackgroundRanker(std::shared_ptr<const ScreeningCorpus> corpus, Done done, RelevanceModelOptions options = {});
    /** Waits for the training in progress (tens of milliseconds at most) and stops the thread. */
    ~BackgroundRanker();
    BackgroundRanker(const BackgroundRanker&) = delete;
    BackgroundRanker& operator=(const BackgroundRanker&) = delete;

    /** Queues training on \a labels and returns at once; ignored when they lack an include or an exclude. */
    void request(TrainingLabels labels);
    /** Blocks until no training is queued or running (for tests and benchmarks). */
    void waitUntilIdle();
    /** How many models were trained so far. */
    int trainedCount() const;

    const ScreeningCorpus& corpus() const { return *m_corpus; }

private:
    void work();

    std::shared_ptr<const ScreeningCorpus> m_corpus;
    Done m_done;
    RelevanceModelOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::optional<TrainingLabels> m_pending;
    bool m_busy = false;
    bool m_stopping = false;
    int m_trained = 0;
    std::thread m_thread;
};

} // namespace stemma::core::screening::ranking
