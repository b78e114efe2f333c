// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// "A 1 GB single line" without writing 1 GB anywhere: the text comes from a sequential device
// that makes it up as it is read, and the resident memory is sampled while the readers go.
#include "core/import/LineReader.h"
#include "core/import/PubmedXmlParser.h"
#include "core/import/RisParser.h"
#include "core/import/XmlRecordReader.h"
#include "tests/core/import/CollectingSink.h"
#include "tests/support/ResidentMemory.h"

#include <gtest/gtest.h>

#include <QFile>

#include <algorithm>
#include <cstring>

using namespace stemma::core::import;
using stemma::test::CollectingSink;
using stemma::test::residentBytes;

namespace {

constexpr qint64 GIB = qint64(1) << 30;
constexpr qint64 MIB = qint64(1) << 20;
/// Generous room over the readers' own caps (4 MiB lines, 16 MiB XML text runs).
constexpr qint64 MEMORY_GROWTH_LIMIT = 160 * MIB;

/** \a head, then \a fillBytes of one letter and no newline, generated as it is read. */
class GeneratedLineDevice final : public QIODevice
{
public:
    GeneratedLineDevice(QByteArray head, qint64 fillBytes)
        : m_head(std::move(head))
        , m_total(m_head.size() + fillBytes)
    {
        open(QIODevice::ReadOnly);
        m_baseline = residentBytes();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_total - m_position + QIODevice::bytesAvailable(); }

    qint64 produced() const { return m_position; }
    qint64 peakGrowth() const { return m_peak - m_baseline; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_total - m_position);
        if (count <= 0)
            return -1;
        qint64 done = 0;
        if (m_position < m_head.size()) {
            done = std::min(count, qint64(m_head.size()) - m_position);
            std::memcpy(data, m_head.constData() + m_position, size_t(done));
        }
        std::memset(data + done, 'x', size_t(count - done));
        m_position += count;
        if (m_position - m_lastSample >= 32 * MIB || m_position == m_total) {
            m_lastSample = m_position;
            m_peak = std::max(m_peak, residentBytes());
        }
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_head;
    qint64 m_total;
    qint64 m_position = 0;
    qint64 m_lastSample = 0;
    qint64 m_baseline = 0;
    qint64 m_peak = 0;
};

} // namespace

TEST(HugeSingleLineTest, LineReaderCapsAGibibyteLineInBoundedMemory)
{
    GeneratedLineDevice device("TY  - JOUR\nTI  - ", GIB);
    LineReader reader(device);
    QString line;
    ASSERT_TRUE(reader.readLine(line));
    EXPECT_EQ(line, QStringLiteral("TY  - JOUR"));
    ASSERT_TRUE(reader.readLine(line));
    EXPECT_EQ(reader.lineNumber(), 2);
    EXPECT_TRUE(reader.lastLineTruncated());
    EXPECT_EQ(line.size(), LineReader::DEFAULT_MAX_LINE);
    EXPECT_TRUE(line.startsWith(QStringLiteral("TI  - xxx")));
    EXPECT_FALSE(reader.readLine(line)) << "the rest of the line is skipped, not read as more lines";
    EXPECT_EQ(device.produced(), GIB + 17) << "the whole line was read through";
    if (stemma::test::residentMemoryIsMeaningful()) {
        EXPECT_LT(device.peakGrowth(), MEMORY_GROWTH_LIMIT) << device.peakGrowth() / MIB << " MiB";
    }
}

TEST(HugeSingleLineTest, RisImportReportsTheCutLineByNumber)
{
    GeneratedLineDevice device("TY  - JOUR\nAU  - Roe, Jane\nTI  - ", GIB);
    CollectingSink sink;
    RisParser parser;
    ASSERT_TRUE(parser.parse(device, QStringLiteral("huge.ris"), sink));
    ASSERT_EQ(sink.records.size(), 1) << "the record is kept, its title cut";
    EXPECT_EQ(sink.records[0].reference.authors.size(), 1);
    bool reported = false;
    for (const ImportProblem& problem : sink.problems)
        if (problem.line == 3 && problem.message.contains(QStringLiteral("too long")))
            reported = problem.toString().startsWith(QStringLiteral("huge.ris:3:"));
    EXPECT_TRUE(reported) << sink.problems.size();
    if (stemma::test::residentMemoryIsMeaningful()) {
        EXPECT_LT(device.peakGrowth(), MEMORY_GROWTH_LIMIT) << device.peakGrowth() / MIB << " MiB";
    }
}

TEST(HugeSingleLineTest, XmlReaderStopsAtAnOverlongTextAndNamesTheLine)
{
    GeneratedLineDevice device("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n<PubmedArticle><MedlineCitation>"
                               "<PMID>1</PMID><Article><ArticleTitle>",
                               GIB);
    CollectingSink sink;
    PubmedXmlParser parser;
    const auto result = parser.parse(device, QStringLiteral("huge.xml"), sink);
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_TRUE(sink.records.isEmpty());
    ASSERT_FALSE(sink.problems.isEmpty());
    const ImportProblem& problem = sink.problems.front();
    EXPECT_EQ(problem.line, 3);
    EXPECT_TRUE(problem.message.contains(QStringLiteral("line 3 runs on for more than 16 MiB")))
        << problem.message.toStdString();
    EXPECT_LT(device.produced(), 2 * XmlRecordReader::DEFAULT_MAX_TEXT_RUN) << "reading stopped at the cap";
    if (stemma::test::residentMemoryIsMeaningful()) {
        EXPECT_LT(device.peakGrowth(), MEMORY_GROWTH_LIMIT) << device.peakGrowth() / MIB << " MiB";
    }
}

TEST(HugeSingleLineTest, XmlReaderReadsLongTextsUnderTheCap)
{
    QByteArray xml = "<a><b>" + QByteArray(3000, 'y') + "</b></a>";
    GeneratedLineDevice device(xml, 0);
    XmlRecordReader reader(device, 2048);
    while (!reader.xml().atEnd())
        reader.readNext();
    ASSERT_TRUE(reader.xml().hasError());
    EXPECT_EQ(reader.xml().error(), QXmlStreamReader::CustomError);

    GeneratedLineDevice fits(xml, 0);
    XmlRecordReader roomy(fits, 4096);
    while (!roomy.xml().atEnd())
        roomy.readNext();
    EXPECT_FALSE(roomy.xml().hasError()) << roomy.xml().errorString().toStdString();
}
