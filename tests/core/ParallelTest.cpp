// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using stemma::core::parallelRanges;

TEST(ParallelRangesTest, CoversEveryIndexExactlyOnce)
{
    for (std::size_t count : {std::size_t(0), std::size_t(1), std::size_t(2047), std::size_t(10001)}) {
        std::vector<std::atomic<int>> visits(count);
        parallelRanges(count, [&visits](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i)
                ++visits[i];
        });
        for (std::size_t i = 0; i < count; ++i)
            ASSERT_EQ(visits[i].load(), 1) << "index " << i << " of " << count;
    }
}

TEST(ParallelRangesTest, SmallInputsStayOnTheCallingThreadAndLargeOnesUseEveryCore)
{
    std::set<std::thread::id> small;
    parallelRanges(100, [&small](std::size_t, std::size_t) { small.insert(std::this_thread::get_id()); });
    EXPECT_EQ(small, std::set<std::thread::id>{std::this_thread::get_id()});

    std::mutex mutex;
    std::set<std::thread::id> large;
    parallelRanges(
        1000,
        [&](std::size_t, std::size_t) {
            std::lock_guard lock(mutex);
            large.insert(std::this_thread::get_id());
        },
        10);
    EXPECT_EQ(large.size(), std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), 100));
}
