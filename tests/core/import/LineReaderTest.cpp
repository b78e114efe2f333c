// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/LineReader.h"

#include <gtest/gtest.h>

#include <QBuffer>

using namespace stemma::core::import;

namespace {

/** A sequential device that hands out at most a few bytes per read, as a pipe or socket may. */
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min({maxSize, m_step, qint64(m_data.size()) - m_position});
        if (count <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_position = 0;
};

struct ReadResult
{
    QStringList lines;
    QList<int> lineNumbers;
    QList<bool> invalidUtf8;
    QList<bool> truncated;
    bool sawNul = false;
};

ReadResult readAll(QIODevice& device, qsizetype maxLine = LineReader::DEFAULT_MAX_LINE)
{
    ReadResult result;
    LineReader reader(device, maxLine);
    QString line;
    while (reader.readLine(line)) {
        result.lines << line;
        result.lineNumbers << reader.lineNumber();
        result.invalidUtf8 << reader.lastLineHadInvalidUtf8();
        result.truncated << reader.lastLineTruncated();
    }
    result.sawNul = reader.sawNulByte();
    return result;
}

ReadResult readBytes(const QByteArray& bytes, qsizetype maxLine = LineReader::DEFAULT_MAX_LINE)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, maxLine);
}

const QStringList ABC{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};

} // namespace

TEST(LineReaderTest, ReadsEveryLineEnding)
{
    EXPECT_EQ(readBytes("a\nb\nc\n").lines, ABC);
    EXPECT_EQ(readBytes("a\r\nb\r\nc\r\n").lines, ABC);
    EXPECT_EQ(readBytes("a\rb\rc\r").lines, ABC);
    EXPECT_EQ(readBytes("a\r\nb\rc\n").lines, ABC) << "mixed endings";
}

TEST(LineReaderTest, KeepsEmptyLinesAndCountsThem)
{
    const ReadResult result = readBytes("a\n\n\r\n\rb");
    EXPECT_EQ(result.lines, (QStringList{QStringLiteral("a"), QString(), QString(), QString(), QStringLiteral("b")}));
    EXPECT_EQ(result.lineNumbers, (QList<int>{1, 2, 3, 4, 5}));
}

TEST(LineReaderTest, ReadsALastLineWithoutNewline)
{
    EXPECT_EQ(readBytes("a\nb\nc").lines, ABC);
    EXPECT_EQ(readBytes("only").lines, QStringList{QStringLiteral("only")});
    EXPECT_TRUE(readBytes("").lines.isEmpty());
    EXPECT_EQ(readBytes("\n").lines, QStringList{QString()});
}

TEST(LineReaderTest, DropsTheByteOrderMark)
{
    EXPECT_EQ(readBytes("\xEF\xBB\xBFTY  - JOUR\n").lines, QStringList{QStringLiteral("TY  - JOUR")});
    EXPECT_EQ(readBytes("\xEF\xBB\xBF\nx").lines, (QStringList{QString(), QStringLiteral("x")}));
    EXPECT_TRUE(readBytes("\xEF\xBB\xBF").lines.isEmpty());
    // Exports concatenated with cat keep each file's BOM at the start of a line; it is dropped there too,
    // so "TY  - " still starts the line.
    EXPECT_EQ(readBytes("a\n\xEF\xBB\xBFTY  - JOUR").lines.last(), QStringLiteral("TY  - JOUR"));
}

TEST(LineReaderTest, TrickleDeviceReallyHandsOutOneByteAtATime)
{
    TrickleDevice device("abc", 1);
    EXPECT_EQ(device.read(256 * 1024), QByteArray("a"));
}

TEST(LineReaderTest, DropsTheByteOrderMarkWhenItArrivesInPieces)
{
    TrickleDevice device("\xEF\xBB\xBFTY  - JOUR\r\nER  - \r\n", 1);
    EXPECT_EQ(readAll(device).lines, (QStringList{QStringLiteral("TY  - JOUR"), QStringLiteral("ER  - ")}));
}

TEST(LineReaderTest, JoinsACrlfSplitAcrossReads)
{
    // One byte per read puts every CR at the end of a chunk.
    TrickleDevice device("a\r\nb\r\nc\r\n", 1);
    const ReadResult result = readAll(device);
    EXPECT_EQ(result.lines, ABC);
    EXPECT_EQ(result.lineNumbers, (QList<int>{1, 2, 3}));
}

TEST(LineReaderTest, JoinsACrlfSplitAtTheChunkBoundary)
{
    // The reader takes 256 KiB at a time; put the CR last in the first chunk and the LF first in the next.
    constexpr qsizetype chunk = 256 * 1024;
    QByteArray data(chunk - 1, 'x');
    data += "\r\nnext\r\n";
    const ReadResult result = readBytes(data);
    ASSERT_EQ(result.lines.size(), 2);
    EXPECT_EQ(result.lines[0].size(), chunk - 1);
    EXPECT_EQ(result.lines[1], QStringLiteral("next"));
    EXPECT_EQ(result.lineNumbers, (QList<int>{1, 2}));
}

TEST(LineReaderTest, ACrOnlyFileEndingAtTheChunkBoundaryHasNoExtraLine)
{
    constexpr qsizetype chunk = 256 * 1024;
    QByteArray data(chunk - 1, 'x');
    data += '\r';
    const ReadResult result = readBytes(data);
    ASSERT_EQ(result.lines.size(), 1);
    // A CR at a boundary followed by a CR in the next chunk is two line ends: an empty line.
    QByteArray twice(chunk - 1, 'y');
    twice += "\r\rz";
    EXPECT_EQ(readBytes(twice).lines.mid(1), (QStringList{QString(), QStringLiteral("z")}));
}

TEST(LineReaderTest, ReadsLinesLongerThanAChunk)
{
    QByteArray data(600 * 1024, 'q');
    data += "\nend";
    const ReadResult result = readBytes(data);
    ASSERT_EQ(result.lines.size(), 2);
    EXPECT_EQ(result.lines[0].size(), 600 * 1024);
    EXPECT_FALSE(result.truncated[0]);
    EXPECT_EQ(result.lines[1], QStringLiteral("end"));
}

TEST(LineReaderTest, CutsALineOverTheLimit)
{
    const ReadResult result = readBytes("short\n0123456789abcdef\nafter\n", 10);
    EXPECT_EQ(result.lines,
              (QStringList{QStringLiteral("short"), QStringLiteral("0123456789"), QStringLiteral("after")}));
    EXPECT_EQ(result.truncated, (QList<bool>{false, true, false}));
    EXPECT_EQ(result.lineNumbers, (QList<int>{1, 2, 3}));
    // Exactly at the limit is not cut.
    EXPECT_EQ(readBytes("0123456789\n", 10).truncated, QList<bool>{false});
}

TEST(LineReaderTest, CutsALongLineSpanningChunksInConstantMemory)
{
    QByteArray data(700 * 1024, 'z');
    data += "\r\nnext";
    const ReadResult result = readBytes(data, 1000);
    ASSERT_EQ(result.lines.size(), 2);
    EXPECT_EQ(result.lines[0].size(), 1000);
    EXPECT_TRUE(result.truncated[0]);
    EXPECT_EQ(result.lines[1], QStringLiteral("next"));
}

TEST(LineReaderTest, DecodesUtf8AndFallsBackToLatin1)
{
    const ReadResult result = readBytes("Caf\xC3\xA9\nCaf\xE9\n\xD0\xA1\xD0\xBE\n");
    EXPECT_EQ(result.lines,
              (QStringList{QStringLiteral("Caf\u00e9"), QStringLiteral("Caf\u00e9"), QStringLiteral("\u0421\u043e")}));
    EXPECT_EQ(result.invalidUtf8, (QList<bool>{false, true, false}));
}

TEST(LineReaderTest, DecodesAMultiByteCharacterSplitAcrossReads)
{
    TrickleDevice device("Caf\xC3\xA9 \xE2\x80\x93 ok\n", 1);
    const ReadResult result = readAll(device);
    EXPECT_EQ(result.lines, QStringList{QStringLiteral("Caf\u00e9 \u2013 ok")});
    EXPECT_EQ(result.invalidUtf8, QList<bool>{false});
}

TEST(LineReaderTest, NoticesNulBytes)
{
    const ReadResult binary = readBytes(QByteArray("PK\x03\x04\0\0\nrest", 12));
    EXPECT_TRUE(binary.sawNul);
    EXPECT_FALSE(readBytes("plain text\n").sawNul);
}

TEST(LineReaderTest, ReadsUtf16WithAByteOrderMark)
{
    const QString text = QStringLiteral("TY  - JOUR\r\nTI  - Caf\u00e9 \u2013 \u0421\u043e\r\nER  - \r\n");
    QByteArray little("\xFF\xFE");
    little.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const ReadResult result = readBytes(little);
    EXPECT_EQ(result.lines,
              (QStringList{QStringLiteral("TY  - JOUR"),
                           QStringLiteral("TI  - Caf\u00e9 \u2013 \u0421\u043e"),
                           QStringLiteral("ER  - ")}));
    EXPECT_FALSE(result.sawNul) << "the zero bytes of UTF-16 are not a sign of a binary file";
    EXPECT_EQ(result.invalidUtf8, (QList<bool>{false, false, false}));

    QByteArray big("\xFE\xFF");
    for (const QChar c : text) {
        big.append(char(c.unicode() >> 8));
        big.append(char(c.unicode() & 0xFF));
    }
    EXPECT_EQ(readBytes(big).lines, result.lines);
}

TEST(LineReaderTest, ReadsUtf16WhenReadsSplitItsCodeUnits)
{
    // Three bytes per read: after the BOM every read ends in the middle of a UTF-16 code unit.
    const QString text = QStringLiteral("ab\r\n\u00e9nd\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    TrickleDevice device(bytes, 3);
    const ReadResult result = readAll(device);
    EXPECT_EQ(result.lines, (QStringList{QStringLiteral("ab"), QStringLiteral("\u00e9nd")}));
    EXPECT_EQ(result.invalidUtf8, (QList<bool>{false, false}));
}
