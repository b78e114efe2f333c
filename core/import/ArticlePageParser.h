// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

namespace stemma::core::import {

/**
 * Reads one article page saved from a browser, as plain text or HTML, into one record.
 *
 * Saved pages have no fixed layout, so this parser reads them the way a reviewer would:
 * the title above the author line, affiliations numbered under it, a citation line
 * ("J CLIN MED KAZ, Volume 3, Issue 49, pp. 50-54."), labelled abstract sections, a
 * numbered reference list. Site furniture (download buttons, view counters, cookie banners)
 * is dropped first. HTML <meta name="citation_*"> tags win over anything read from the text.
 * What it cannot find it lists in ParsedRecord::notFound rather than guessing, and a page
 * that reads like an advertisement is flagged as grey literature. It accepts any readable
 * text with a low confidence, so it is the importer of last resort.
 */
class ArticlePageParser : public RecordParser
{
public:
    static constexpr qint64 MAX_PAGE_BYTES = 32 * 1024 * 1024;

    QString format() const override;
    QString displayName() const override;
    int confidence(const QByteArray& head, const QString& fileName) const override;
    Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) override;

    /** The text heuristics alone, on text already extracted (from a page or a PDF). */
    static ParsedRecord recordFromText(const QString& text);
    /** The record an HTML page describes: its citation_* meta tags, then its visible text. */
    static ParsedRecord recordFromHtml(const QString& html);
    /** The visible text of an HTML page: no tags, scripts or styles; entities decoded; blocks on their own lines. */
    static QString htmlToText(const QString& html);
    /** True when \a text starts like an HTML document. */
    static bool looksLikeHtml(QStringView text);
};

} // namespace stemma::core::import
