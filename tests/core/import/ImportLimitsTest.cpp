// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The import limits of docs/import.md: records per file and problems listed per file. A file
// of nothing but "TY  - JOUR" lines (a record header on every line, each one an unfinished
// record and a warning) is read in bounded memory, and an import of it stops at the record limit
// with a problem naming the file, the line and the limit.
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/import/Importer.h"
#include "core/import/ParserRegistry.h"
#include "core/import/RisParser.h"
#include "tests/support/ResidentMemory.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>

using namespace stemma::core;
using namespace stemma::core::import;
using stemma::test::residentBytes;

namespace {

constexpr qint64 MIB = qint64(1) << 20;

/** \a line repeated \a count times, made up as it is read, never held whole. */
class RepeatedLineDevice final : public QIODevice
{
public:
    RepeatedLineDevice(QByteArray line, qint64 count)
        : m_line(std::move(line))
        , m_total(m_line.size() * count)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_total - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_total - m_position);
        if (count <= 0)
            return -1;
        for (qint64 i = 0; i < count; ++i)
            data[i] = m_line[(m_position + i) % m_line.size()];
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_line;
    qint64 m_total;
    qint64 m_position = 0;
};

/** Counts what a parser hands over and keeps nothing, sampling the resident memory as it goes. */
class CountingSink final : public ParseSink
{
public:
    CountingSink() { m_baseline = residentBytes(); }
    bool record(ParsedRecord&&) override
    {
        if (++records % 65536 == 0)
            m_peak = std::max(m_peak, residentBytes());
        return true;
    }
    void problem(const ImportProblem&) override { ++problems; }
    qint64 peakGrowth() const { return m_peak - m_baseline; }

    qint64 records = 0;
    qint64 problems = 0;

private:
    qint64 m_baseline = 0;
    qint64 m_peak = 0;
};

} // namespace

TEST(ImportLimitsTest, RecordHeaderSpamIsReadInBoundedMemory)
{
    // Two million by default; STEMMA_SPAM_RECORDS=10000000 is the full-size run (docs/reliability.md).
    const qint64 headers = qEnvironmentVariableIsSet("STEMMA_SPAM_RECORDS")
                               ? qEnvironmentVariable("STEMMA_SPAM_RECORDS").toLongLong()
                               : 2'000'000;
    RepeatedLineDevice device("TY  - JOUR\n", headers);
    CountingSink sink;
    RisParser parser;
    ASSERT_TRUE(parser.parse(device, QStringLiteral("spam.ris"), sink));
    EXPECT_EQ(sink.records, headers);
    EXPECT_EQ(sink.problems, headers) << "each header but the first ends an unfinished record, and so does the end";
    if (stemma::test::residentMemoryIsMeaningful()) {
        EXPECT_LT(sink.peakGrowth(), 64 * MIB) << sink.peakGrowth() / MIB << " MiB";
    }
}

TEST(ImportLimitsTest, ImportStopsAtTheRecordLimitAndListsABoundedNumberOfProblems)
{
    QTemporaryDir dir;
    const QString spam = dir.filePath(QStringLiteral("spam.ris"));
    {
        QFile file(spam);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("TY  - JOUR\nTI  - A title\n").repeated(3000));
    }
    auto project = ReviewProject::create(dir.filePath(QStringLiteral("limits.stemma")));
    ASSERT_TRUE(project);
    ParserRegistry registry;
    Importer importer((*project)->database(), registry);
    ImportOptions options;
    options.maxRecords = 2500;
    auto report = importer.importFile(spam, options);
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->records, 2500);
    EXPECT_EQ(*(*project)->references().count(), 2500);
    // 1000 "no ER" warnings listed, the limit itself, and a count of the warnings not listed.
    ASSERT_EQ(report->problems.size(), 1002);
    bool limitReported = false;
    for (const ImportProblem& problem : report->problems)
        if (problem.message.contains(QStringLiteral("more than 2500 records in one file (the limit)")))
            limitReported = problem.toString().startsWith(spam + QStringLiteral(":5001: record 2501:"));
    EXPECT_TRUE(limitReported);
    EXPECT_EQ(report->problems.back().message,
              QStringLiteral("1501 more problems not listed (only the first 1000 are)"));
}
