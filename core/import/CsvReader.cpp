// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/CsvReader.h"

#include <QIODevice>

namespace stemma::core::import {
namespace {

constexpr qint64 CHUNK_BYTES = 64 * 1024;
// How far to look for the end of the header line when guessing the delimiter.
constexpr qsizetype DETECT_CHARS = 256 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice& device, QChar delimiter, qsizetype maxRowChars)
    : m_device(device)
    , m_decoder(QStringDecoder::Utf8)
    , m_maxRowChars(maxRowChars)
    , m_delimiter(delimiter)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    const QByteArray chunk = m_device.read(CHUNK_BYTES);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (chunk.contains('\0'))
        m_sawNul = true;
    if (m_invalidUtf8) {
        m_buffer += QString::fromLatin1(chunk);
    } else {
        const QString decoded = m_decoder.decode(chunk);
        // Old spreadsheet exports are often Windows-1252: from the first bad byte on, read the file as Latin-1
        // rather than replacing every accented letter.
        if (m_decoder.hasError()) {
            m_invalidUtf8 = true;
            m_buffer += QString::fromLatin1(chunk);
        } else {
            m_buffer += decoded;
        }
    }
    if (m_atStart && !m_buffer.isEmpty()) {
        if (m_buffer.front() == QChar(0xFEFF))
            m_buffer.remove(0, 1);
        m_atStart = false;
    }
    return true;
}

bool CsvReader::ensureAvailable(qsizetype count)
{
    while (m_buffer.size() - m_position < count) {
        if (!fill())
            return m_buffer.size() - m_position >= count;
    }
    return true;
}

void CsvReader::detectDelimiter()
{
    // The header line decides: a header never holds a tab unless the file is tab-delimited.
    qsizetype end = -1;
    while (true) {
        for (qsizetype i = m_position; i < m_buffer.size(); ++i) {
            if (m_buffer.at(i) == u'\n' || m_buffer.at(i) == u'\r') {
                end = i;
                break;
            }
        }
        if (end >= 0 || m_buffer.size() - m_position > DETECT_CHARS || !fill())
            break;
    }
    const QStringView header = QStringView(m_buffer).mid(m_position, end < 0 ? -1 : end - m_position);
    qsizetype tabs = 0;
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool inQuotes = false;
    for (const QChar c : header) {
        if (c == u'"')
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == u'\t')
            ++tabs;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
    }
    if (tabs > 0 && tabs >= commas)
        m_delimiter = u'\t';
    else if (semicolons > commas)
        m_delimiter = u';';
    else
        m_delimiter = u',';
}

QChar CsvReader::delimiter()
{
    if (m_delimiter.isNull())
        detectDelimiter();
    return m_delimiter;
}

bool CsvReader::readRow(CsvRow& row)
{
    const QChar separator = delimiter();
    row = CsvRow{};
    row.line = m_linesDone + 1;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool consumedAny = false;

    const auto append = [&](QChar c) {
        if (field.size() + row.rawText.size() >= m_maxRowChars) {
            row.truncated = true;
            return;
        }
        field.append(c);
    };
    const auto appendRaw = [&](QChar c) {
        if (row.rawText.size() < m_maxRowChars)
            row.rawText.append(c);
    };

    for (;;) {
        // Two characters of look-ahead: a doubled quote and CRLF may straddle chunks.
        if (!ensureAvailable(2) && m_position >= m_buffer.size()) {
            if (!consumedAny)
                return false;
            row.unterminatedQuote = inQuotes;
            row.fields.append(field);
            return true;
        }
        const QChar c = m_buffer.at(m_position++);
        const QChar next = m_position < m_buffer.size() ? m_buffer.at(m_position) : QChar();
        consumedAny = true;
        if (inQuotes) {
            appendRaw(c);
            if (c == u'"') {
                if (next == u'"') {
                    appendRaw(next);
                    ++m_position;
                    append(c);
                } else {
                    inQuotes = false;
                }
            } else if (c == u'\r' || c == u'\n') {
                ++m_linesDone;
                if (c == u'\r' && next == u'\n') {
                    appendRaw(next);
                    ++m_position;
                }
                append(u'\n');
            } else {
                append(c);
            }
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            ++m_linesDone;
            if (c == u'\r' && next == u'\n')
                ++m_position;
            row.fields.append(field);
            return true;
        }
        appendRaw(c);
        if (c == separator) {
            row.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'"' && m_quoting && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else {
            append(c);
        }
    }
}

} // namespace stemma::core::import
