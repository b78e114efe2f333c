// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/BackgroundRanker.h"

namespace stemma::core::screening::ranking {

BackgroundRanker::BackgroundRanker(std::shared_ptr<const ScreeningCorpus> corpus,
                                   Done done,
                                   RelevanceModelOptions options)
    : m_corpus(std::move(corpus))
    , m_done(std::move(done))
    , m_options(options)
    , m_thread([this] { work(); })
{
}

BackgroundRanker::~BackgroundRanker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_pending.reset();
    }
    m_wake.notify_all();
    m_thread.join();
}

void BackgroundRanker::request(TrainingLabels labels)
{
    if (!labels.canTrain())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_pending = std::move(labels);
    }
    m_wake.notify_one();
}

void BackgroundRanker::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_pending && !m_busy; });
}

int BackgroundRanker::trainedCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_trained;
}

void BackgroundRanker::work()
{
    for (;;) {
        TrainingLabels labels;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_pending; });
            if (m_stopping)
                break;
            labels = std::move(*m_pending);
            m_pending.reset();
            m_busy = true;
        }
        auto scores = m_corpus->rank(labels, m_options);
        if (scores && m_done)
            m_done(*scores);
        {
            const std::lock_guard lock(m_mutex);
            m_busy = false;
            m_trained += scores ? 1 : 0;
        }
        m_idle.notify_all();
    }
    m_idle.notify_all();
}

} // namespace stemma::core::screening::ranking
