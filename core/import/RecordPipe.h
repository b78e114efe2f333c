// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace stemma::core::import {

/** Records parsed together, and how far into the file the parser had read when it sent them. */
struct RecordChunk
{
    std::vector<ParsedRecord> records;
    qint64 bytesRead = 0;
};

/**
 * Hands parsed records from the parsing thread to the storing thread, a chunk at a time.
 *
 * An import is parse-bound and store-bound in about equal parts, so on two cores running both at
 * once nearly halves it. The pipe holds at most a few chunks: a fast parser waits for the store
 * rather than holding a whole 100,000-record file in memory.
 */
class RecordPipe
{
public:
    explicit RecordPipe(std::size_t capacity = 4);

    /** Blocks while the pipe is full. Returns false when the reader has stopped (cancel or error). */
    bool push(RecordChunk&& chunk);
    /** No more chunks will come; the reader drains what is left. */
    void close();
    /** The reader gives up: pending and later pushes are dropped and return false. */
    void stop();
    /** Blocks until a chunk is there; nothing once the pipe is closed and empty or stopped. */
    std::optional<RecordChunk> pop();

    /**
     * The reader hands back a chunk it has stored, for the writer to free (takeUsed). Freeing
     * memory that another thread allocated takes that thread's allocator lock; on the storing
     * thread, the busier of the two, that was a twelfth of its time.
     */
    void giveBack(RecordChunk&& used);
    /** The chunks handed back so far; the writer lets them go out of scope on its own thread. */
    std::vector<RecordChunk> takeUsed();

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RecordChunk> m_chunks;
    std::vector<RecordChunk> m_used;
    bool m_closed = false;
    bool m_stopped = false;
};

} // namespace stemma::core::import
