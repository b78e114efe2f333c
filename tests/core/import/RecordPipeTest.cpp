// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/RecordPipe.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace stemma::core::import;

namespace {

RecordChunk chunkOf(int recordNumber)
{
    RecordChunk chunk;
    ParsedRecord record;
    record.recordNumber = recordNumber;
    chunk.records.push_back(std::move(record));
    chunk.bytesRead = recordNumber * 10;
    return chunk;
}

} // namespace

TEST(RecordPipeTest, DeliversChunksInOrderThenEndsWhenClosed)
{
    RecordPipe pipe(2);
    std::thread producer([&pipe] {
        for (int i = 1; i <= 50; ++i)
            ASSERT_TRUE(pipe.push(chunkOf(i)));
        pipe.close();
    });
    int expected = 1;
    while (auto chunk = pipe.pop()) {
        ASSERT_EQ(chunk->records.size(), 1u);
        EXPECT_EQ(chunk->records.front().recordNumber, expected);
        EXPECT_EQ(chunk->bytesRead, expected * 10);
        ++expected;
    }
    producer.join();
    EXPECT_EQ(expected, 51);
}

TEST(RecordPipeTest, StopReleasesAProducerWaitingOnAFullPipe)
{
    RecordPipe pipe(1);
    ASSERT_TRUE(pipe.push(chunkOf(1)));
    std::atomic<bool> refused = false;
    std::thread producer([&] { refused = !pipe.push(chunkOf(2)); });
    pipe.stop();
    producer.join();
    EXPECT_TRUE(refused);
    EXPECT_FALSE(pipe.pop().has_value());
    EXPECT_FALSE(pipe.push(chunkOf(3)));
}

TEST(RecordPipeTest, ClosedPipeIsDrainedBeforeItEnds)
{
    RecordPipe pipe(4);
    ASSERT_TRUE(pipe.push(chunkOf(1)));
    ASSERT_TRUE(pipe.push(chunkOf(2)));
    pipe.close();
    EXPECT_EQ(pipe.pop()->records.front().recordNumber, 1);
    EXPECT_EQ(pipe.pop()->records.front().recordNumber, 2);
    EXPECT_FALSE(pipe.pop().has_value());
}
