// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

#include <QBuffer>
#include <QFile>
#include <QList>

#include <optional>

namespace stemma::test {

/** Keeps every record and problem a parser hands over; can stop after a number of records. */
class CollectingSink final : public core::import::ParseSink
{
public:
    bool record(core::import::ParsedRecord&& record) override
    {
        records.append(std::move(record));
        return !stopAfter || records.size() < *stopAfter;
    }
    void problem(const core::import::ImportProblem& problem) override { problems.append(problem); }

    int countProblems(core::import::ImportProblem::Severity severity) const
    {
        int count = 0;
        for (const auto& problem : problems)
            count += problem.severity == severity ? 1 : 0;
        return count;
    }

    QList<core::import::ParsedRecord> records;
    QList<core::import::ImportProblem> problems;
    std::optional<qsizetype> stopAfter;
};

/** What parsing one file gave: the result and everything the sink received. */
struct ParseOutcome
{
    core::Result<void> result;
    CollectingSink sink;
};

inline ParseOutcome parseFile(core::import::RecordParser& parser, const QString& path)
{
    ParseOutcome outcome;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.result = core::makeError(core::ErrorCode::Io, QStringLiteral("cannot open ") + path);
        return outcome;
    }
    outcome.result = parser.parse(file, path, outcome.sink);
    return outcome;
}

inline ParseOutcome parseBytes(core::import::RecordParser& parser, const QByteArray& bytes)
{
    ParseOutcome outcome;
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    outcome.result = parser.parse(buffer, QStringLiteral("test"), outcome.sink);
    return outcome;
}

} // namespace stemma::test
