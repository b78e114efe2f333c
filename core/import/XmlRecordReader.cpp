// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/XmlRecordReader.h"

#include <QIODevice>

#include <utility>

namespace stemma::core::import {
namespace {

/**
 * Passes the device's bytes on to QXmlStreamReader, which keeps a whole text node in memory:
 * once more than the limit has gone by without a '<', it reports the end of the data instead.
 */
class TextRunGuard final : public QIODevice
{
public:
    TextRunGuard(QIODevice& device, qint64 maxRun)
        : m_device(device)
        , m_maxRun(maxRun)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    bool exceeded() const { return m_exceeded; }
    bool atEnd() const override { return m_exceeded || m_device.atEnd(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_exceeded)
            return -1;
        const qint64 count = m_device.read(data, maxSize);
        for (qint64 i = 0; i < count; ++i) {
            if (data[i] == '<') {
                m_run = 0;
            } else if (++m_run > m_maxRun) {
                m_exceeded = true;
                return i; // hand on what came before the limit; nothing after it
            }
        }
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& m_device;
    qint64 m_maxRun;
    qint64 m_run = 0;
    bool m_exceeded = false;
};

} // namespace

XmlRecordReader::~XmlRecordReader() = default;

XmlRecordReader::XmlRecordReader(QIODevice& device, qint64 maxTextRun, int maxDepth)
    : m_guard(std::make_unique<TextRunGuard>(device, maxTextRun))
    , m_maxTextRun(maxTextRun)
    , m_maxDepth(maxDepth)
    , m_xml(m_guard.get())
{
    // Declared entities are refused anyway; this keeps any single expansion small as a second guard.
    m_xml.setEntityExpansionLimit(1024);
}

QXmlStreamReader::TokenType XmlRecordReader::readNext()
{
    auto token = m_xml.readNext();
    if (static_cast<const TextRunGuard*>(m_guard.get())->exceeded() && m_xml.error() != QXmlStreamReader::CustomError) {
        m_xml.raiseError(QStringLiteral("line %1 runs on for more than %2 MiB without markup; the rest was not read")
                             .arg(m_xml.lineNumber())
                             .arg(m_maxTextRun / (1024 * 1024)));
        token = QXmlStreamReader::Invalid;
    }
    if (token == QXmlStreamReader::StartElement && ++m_depth > m_maxDepth) {
        m_xml.raiseError(QStringLiteral("elements nested more than %1 deep at line %2 (the limit is %1); "
                                        "the rest was not read")
                             .arg(m_maxDepth)
                             .arg(m_xml.lineNumber()));
        token = QXmlStreamReader::Invalid;
    } else if (token == QXmlStreamReader::EndElement) {
        --m_depth;
    }
    if (m_writer && !m_xml.hasError() && token != QXmlStreamReader::EntityReference)
        m_writer->writeCurrentToken(m_xml);
    return token;
}

void XmlRecordReader::beginCapture()
{
    m_capture.clear();
    m_writer = std::make_unique<QXmlStreamWriter>(&m_capture);
    m_writer->writeCurrentToken(m_xml);
}

QString XmlRecordReader::endCapture()
{
    m_writer.reset();
    return std::exchange(m_capture, {});
}

QString XmlRecordReader::readFlatText(Layout layout)
{
    QString text;
    int depth = 0;
    int mathDepth = 0; // >0 while inside <math>: its indentation is layout, not text
    while (!m_xml.atEnd()) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (mathDepth > 0 || m_xml.name() == QLatin1String("math"))
                ++mathDepth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 0)
                return text;
            --depth;
            if (mathDepth > 0)
                --mathDepth;
            break;
        case QXmlStreamReader::Characters:
            if (m_xml.isWhitespace() && (mathDepth > 0 || (layout == Layout::DropBetweenTags && depth == 0)))
                break;
            text += m_xml.text();
            break;
        case QXmlStreamReader::EntityReference:
            ++m_skippedEntities;
            break;
        case QXmlStreamReader::Invalid:
            return text;
        default:
            break;
        }
    }
    return text;
}

bool XmlRecordReader::declaresEntities() const
{
    return !m_xml.entityDeclarations().isEmpty();
}

} // namespace stemma::core::import
