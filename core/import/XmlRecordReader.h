// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <memory>

class QIODevice;

namespace stemma::core::import {

/**
 * The streaming XML reading shared by the PubMed and EndNote importers: a QXmlStreamReader over
 * the device that can copy the tokens of one record element into rawText as it reads them,
 * and that flattens a field's mixed content (<i>, <sup>, <style>, MathML) to plain text.
 *
 * QXmlStreamReader never fetches an external DTD. A document whose DOCTYPE declares entities
 * of its own is refused by the callers (see declaresEntities()) before any of them is used,
 * so an entity-expansion attack ("billion laughs") costs nothing.
 *
 * A run of text without any markup longer than MAX_TEXT_RUN (a "1 GB single line") is not held
 * in memory: reading stops there with an error naming the line. Elements nested deeper than
 * the depth limit stop reading the same way, so a small hostile file cannot make the readers
 * keep a path of a hundred thousand open elements.
 */
class XmlRecordReader
{
public:
    /// Longest stretch of bytes without a '<' read before giving up: far more than any real field.
    static constexpr qint64 DEFAULT_MAX_TEXT_RUN = 16 * 1024 * 1024;

    /// Deepest element nesting read; PubMed and EndNote records go about ten levels deep, MathML
    /// in a title a few dozen more.
    static constexpr int DEFAULT_MAX_DEPTH = 256;

    explicit XmlRecordReader(QIODevice& device,
                             qint64 maxTextRun = DEFAULT_MAX_TEXT_RUN,
                             int maxDepth = DEFAULT_MAX_DEPTH);
    ~XmlRecordReader();

    QXmlStreamReader& xml() { return m_xml; }
    /** Reads the next token, copying it into the capture when one is running. */
    QXmlStreamReader::TokenType readNext();
    /** Starts copying at the current token, which must be a StartElement. */
    void beginCapture();
    /** Stops copying and returns the XML copied since beginCapture(). */
    QString endCapture();

    /** How readFlatText() treats white space between the elements of a field. */
    enum class Layout {
        Keep,           ///< mixed content (PubMed): the white space around <i> is part of the text
        DropBetweenTags ///< EndNote: white space between <style> runs is only indentation
    };
    /**
     * Reads the current element (a StartElement) to its end tag and returns its text with any
     * markup removed. Inside MathML, indentation between elements is dropped. Entity references
     * the document did not declare are skipped and counted in skippedEntities().
     */
    QString readFlatText(Layout layout = Layout::Keep);
    int skippedEntities() const { return m_skippedEntities; }

    /** True when the DOCTYPE just read (current token DTD) declares entities of its own. */
    bool declaresEntities() const;

private:
    std::unique_ptr<QIODevice> m_guard; ///< reads the device, stopping at an overlong text run
    qint64 m_maxTextRun;
    int m_maxDepth;
    int m_depth = 0; ///< elements open at the current token
    QXmlStreamReader m_xml;
    std::unique_ptr<QXmlStreamWriter> m_writer;
    QString m_capture;
    int m_skippedEntities = 0;
};

} // namespace stemma::core::import
