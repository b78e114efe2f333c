// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/RecordPipe.h"

#include <utility>

namespace stemma::core::import {

RecordPipe::RecordPipe(std::size_t capacity)
    : m_capacity(capacity > 0 ? capacity : 1)
{
}

bool RecordPipe::push(RecordChunk&& chunk)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_chunks.size() < m_capacity; });
    if (m_stopped)
        return false;
    m_chunks.push_back(std::move(chunk));
    m_changed.notify_all();
    return true;
}

void RecordPipe::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
}

void RecordPipe::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_chunks.clear();
    m_changed.notify_all();
}

std::optional<RecordChunk> RecordPipe::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_closed || !m_chunks.empty(); });
    if (m_stopped || m_chunks.empty())
        return std::nullopt;
    RecordChunk chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_changed.notify_all();
    return chunk;
}

void RecordPipe::giveBack(RecordChunk&& used)
{
    std::lock_guard lock(m_mutex);
    m_used.push_back(std::move(used));
}

std::vector<RecordChunk> RecordPipe::takeUsed()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_used, {});
}

} // namespace stemma::core::import
