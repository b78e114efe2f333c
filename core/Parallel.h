// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace stemma::core {

/**
 * Runs \a work(begin, end) over [0, count) split into one contiguous range per core, the last
 * range on the calling thread, and returns when all are done. For pure per-item work on large
 * inputs (fingerprinting or scoring 100,000 references); small inputs stay on one thread, where
 * starting threads would cost more than it saves. \a work must not touch shared mutable state.
 */
template <typename Work> void parallelRanges(std::size_t count, Work&& work, std::size_t minimumPerThread = 2048)
{
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::clamp<std::size_t>(count / std::max<std::size_t>(minimumPerThread, 1), 1, cores);
    if (threads <= 1) {
        work(std::size_t(0), count);
        return;
    }
    const std::size_t step = (count + threads - 1) / threads;
    std::vector<std::thread> workers;
    workers.reserve(threads - 1);
    for (std::size_t t = 0; t + 1 < threads; ++t) {
        const std::size_t begin = t * step;
        const std::size_t end = std::min(count, begin + step);
        workers.emplace_back([&work, begin, end] { work(begin, end); });
    }
    work((threads - 1) * step, count);
    for (auto& worker : workers)
        worker.join();
}

} // namespace stemma::core
