// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace stemma::core::import {

/** One row of a delimited file, with where it started. */
struct CsvRow
{
    QStringList fields;
    int line = 0;                   ///< 1-based line where the row starts
    QString rawText;                ///< the row as it stood, without its final line terminator
    bool unterminatedQuote = false; ///< the file ended inside a quoted field
    bool truncated = false;         ///< the row was longer than the limit; rawText and fields were cut
};

/**
 * Reads RFC 4180 rows from a device in constant memory: quoted fields may hold delimiters,
 * doubled quotes and line breaks; line endings may be LF, CRLF or CR alone (old Web of Science
 * exports). A UTF-8 BOM is dropped; a file that is not UTF-8 is read as Latin-1 from the first bad byte. The delimiter
 * (tab, comma or semicolon) is taken from the first line unless set. Quoting is lenient: a quote in the middle of a
 * field is kept as text, since hand-made and exported files often hold them unescaped.
 */
class CsvReader
{
public:
    static constexpr qsizetype DEFAULT_MAX_ROW = 8 * 1024 * 1024;

    explicit CsvReader(QIODevice& device, QChar delimiter = QChar(), qsizetype maxRowChars = DEFAULT_MAX_ROW);

    /** Reads the next row into \a row; false at the end of the device. */
    bool readRow(CsvRow& row);
    /** The delimiter in use; detected from the first line when none was given. */
    QChar delimiter();
    /** Turns quote handling off, for tab-delimited exports that never quote (Web of Science). */
    void setQuoting(bool enabled) { m_quoting = enabled; }
    /** True when the device held a NUL byte so far: a sign of a binary file. */
    bool sawNulByte() const { return m_sawNul; }
    /** True when some bytes read so far were not valid UTF-8; from that chunk on the file is read as Latin-1. */
    bool sawInvalidUtf8() const { return m_invalidUtf8; }

private:
    bool fill();
    bool ensureAvailable(qsizetype count);
    void detectDelimiter();

    QIODevice& m_device;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_position = 0;
    qsizetype m_maxRowChars;
    QChar m_delimiter;
    int m_linesDone = 0;
    bool m_quoting = true;
    bool m_atStart = true;
    bool m_eof = false;
    bool m_sawNul = false;
    bool m_invalidUtf8 = false;
};

} // namespace stemma::core::import
