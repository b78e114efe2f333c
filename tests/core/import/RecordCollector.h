// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>

#include <vector>

namespace stemma::test {

/** A ParseSink that keeps everything it is given; can cancel after a number of records. */
class RecordCollector final : public core::import::ParseSink
{
public:
    bool record(core::import::ParsedRecord&& record) override
    {
        records.push_back(std::move(record));
        return cancelAfter < 0 || int(records.size()) < cancelAfter;
    }
    void problem(const core::import::ImportProblem& problem) override { problems.push_back(problem); }

    int errorCount() const
    {
        int count = 0;
        for (const auto& p : problems)
            count += p.severity == core::import::ImportProblem::Severity::Error ? 1 : 0;
        return count;
    }

    std::vector<core::import::ParsedRecord> records;
    std::vector<core::import::ImportProblem> problems;
    int cancelAfter = -1;
};

/** Remembers how far into the device the parser had read when the first record arrived. */
class StreamingProbe final : public core::import::ParseSink
{
public:
    explicit StreamingProbe(const QIODevice& device)
        : m_device(device)
    {
    }
    bool record(core::import::ParsedRecord&&) override
    {
        if (records++ == 0)
            positionAtFirstRecord = m_device.pos();
        return true;
    }
    void problem(const core::import::ImportProblem&) override { ++problems; }

    int records = 0;
    int problems = 0;
    qint64 positionAtFirstRecord = -1;

private:
    const QIODevice& m_device;
};

/** Parses the file at \a path; the test fails if it cannot be opened. */
inline core::Result<void> parseFile(core::import::RecordParser& parser, const QString& path, RecordCollector& sink)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return parser.parse(file, path, sink);
}

/** Parses \a bytes held in memory. */
inline core::Result<void> parseBytes(core::import::RecordParser& parser, const QByteArray& bytes, RecordCollector& sink)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return parser.parse(buffer, QStringLiteral("memory"), sink);
}

} // namespace stemma::test
