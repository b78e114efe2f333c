// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/XmlRecordReader.h"

#include <QIODevice>

#include <utility>

namespace stemma::core::import {

XmlRecordReader::XmlRecordReader(QIODevice& device)
    : m_xml(&device)
{
    // Declared entities are refused anyway; this keeps any single expansion small as a second guard.
    m_xml.setEntityExpansionLimit(1024);
}

QXmlStreamReader::TokenType XmlRecordReader::readNext()
{
    const auto token = m_xml.readNext();
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
