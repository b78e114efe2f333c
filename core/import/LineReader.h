// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

class QIODevice;

namespace stemma::core::import {

/**
 * Reads text lines from a device in constant memory, whatever the line endings (LF, CRLF or
 * the classic-Mac CR of some Web of Science exports). A UTF-8 BOM is dropped, and a file that
 * starts with a UTF-16 BOM is read as UTF-16; bytes that are not valid UTF-8 are decoded as
 * Latin-1 for that line and reported, so old exports still read. A line longer than the limit
 * is cut and flagged instead of being held whole in memory.
 */
class LineReader
{
public:
    static constexpr qsizetype DEFAULT_MAX_LINE = 4 * 1024 * 1024;

    explicit LineReader(QIODevice& device, qsizetype maxLineBytes = DEFAULT_MAX_LINE);

    /** Reads the next line into \a line (without its terminator); false at the end. */
    bool readLine(QString& line);
    /** 1-based number of the line last read. */
    int lineNumber() const { return m_lineNumber; }
    /** True when the line last read was not valid UTF-8 (it was decoded as Latin-1). */
    bool lastLineHadInvalidUtf8() const { return m_invalidUtf8; }
    /** True when the line last read was longer than the limit and was cut. */
    bool lastLineTruncated() const { return m_truncated; }
    /** True when the device held a NUL byte before this point: a sign of a binary file. */
    bool sawNulByte() const { return m_sawNul; }

private:
    bool fillBuffer();

    QIODevice& m_device;
    qsizetype m_maxLineBytes;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    int m_lineNumber = 0;
    bool m_atStart = true;
    bool m_pendingCr = false;
    bool m_invalidUtf8 = false;
    bool m_truncated = false;
    bool m_sawNul = false;
    bool m_eof = false;
    QStringDecoder m_utf16; ///< valid only when the file started with a UTF-16 BOM
};

} // namespace stemma::core::import
