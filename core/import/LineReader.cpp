// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/LineReader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace stemma::core::import {
namespace {

constexpr qint64 CHUNK_BYTES = 256 * 1024;

} // namespace

LineReader::LineReader(QIODevice& device, qsizetype maxLineBytes)
    : m_device(device)
    , m_maxLineBytes(maxLineBytes)
{
}

bool LineReader::fillBuffer()
{
    if (m_eof)
        return false;
    if (m_position > 0) {
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    QByteArray chunk;
    while (chunk.isEmpty()) {
        chunk = m_device.read(CHUNK_BYTES);
        if (chunk.isEmpty()) {
            m_eof = true;
            return false;
        }
        // Only the first read can hold the file's BOM. A UTF-8 BOM split over tiny reads, or one at the start
        // of a later line (exports joined with cat), is dropped by the stateless decoder in readLine() instead.
        if (m_atStart) {
            m_atStart = false;
            if (chunk.startsWith("\xEF\xBB\xBF")) {
                chunk.remove(0, 3);
            } else if (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF")) {
                // EndNote and Reference Manager on Windows can write UTF-16; read it as the UTF-8 it stands for.
                m_utf16 =
                    QStringDecoder(chunk.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
                chunk.remove(0, 2);
            }
        }
        if (m_utf16.isValid())
            chunk = QString(m_utf16.decode(chunk)).toUtf8(); // stateful: keeps a code unit split between reads
    }
    if (chunk.contains('\0'))
        m_sawNul = true;
    m_buffer += chunk;
    return true;
}

bool LineReader::readLine(QString& line)
{
    QByteArray bytes;
    m_truncated = false;
    for (;;) {
        if (m_position >= m_buffer.size() && !fillBuffer()) {
            if (bytes.isEmpty() && !m_truncated)
                return false; // nothing left; a final line without terminator was returned already
            break;
        }
        // A CR ending the previous chunk may be the first half of CRLF.
        if (m_pendingCr) {
            m_pendingCr = false;
            if (m_buffer.at(m_position) == '\n')
                ++m_position;
            if (m_position >= m_buffer.size())
                continue;
        }
        const char* begin = m_buffer.constData() + m_position;
        const qsizetype available = m_buffer.size() - m_position;
        qsizetype end = 0;
        while (end < available && begin[end] != '\n' && begin[end] != '\r')
            ++end;
        const qsizetype room = m_maxLineBytes - bytes.size();
        if (room > 0)
            bytes.append(begin, std::min(end, room));
        if (end > room)
            m_truncated = true;
        m_position += end;
        if (end < available) {
            const char terminator = m_buffer.at(m_position++);
            if (terminator == '\r') {
                if (m_position < m_buffer.size()) {
                    if (m_buffer.at(m_position) == '\n')
                        ++m_position;
                } else {
                    m_pendingCr = true;
                }
            }
            break;
        }
        // No terminator yet: drop what was consumed and read more.
        m_buffer.clear();
        m_position = 0;
        if (m_eof)
            break;
    }
    ++m_lineNumber;
    // Stateless: every line decodes on its own, and a BOM opening a line is skipped.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    line = decoder.decode(bytes);
    m_invalidUtf8 = decoder.hasError();
    if (m_invalidUtf8)
        line = QString::fromLatin1(bytes);
    return true;
}

} // namespace stemma::core::import
