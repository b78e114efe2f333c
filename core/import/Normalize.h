// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"

#include <QString>

#include <optional>

/**
 * The one place where imported field values are normalised, whatever format they came from.
 * Parsers store what the file says (splitting fields, decoding the format's own escapes);
 * normalizeReference() then brings every field to Stemma's canonical form.
 */
namespace stemma::core::import {

/** "https://doi.org/10.1001/JAMA.2014.6368." → "10.1001/jama.2014.6368"; empty when no DOI. */
QString normalizeDoi(const QString& text);
/** "PMID: 24958149", "24958149 [pmid]" → "24958149"; empty when there are no digits. */
QString normalizePmid(const QString& text);
/** "2490-8" → "2490-2498", "1062 – 1064" → "1062-1064", "12-3; discussion 13-14" → "12-13", "e12" stays. */
QString normalizePages(const QString& text);
/** Collapses runs of white space (including non-breaking spaces) to one space and trims. */
QString normalizeWhitespace(const QString& text);
/** Decodes HTML/XML character references: &amp; &eacute; &#233; &#xE9;. */
QString decodeHtmlEntities(const QString& text);
/**
 * Removes the HTML, JATS and MathML tags exporters leave in titles and abstracts, keeping their
 * text: "CO<sub>2</sub>" → "CO2". Paragraph-level tags (p, sec, title, br, li, AbstractText) are
 * replaced by \a blockSeparator. Angle brackets that are not such tags stay ("p < 0.05", "<10 years").
 */
QString stripMarkup(const QString& text, const QString& blockSeparator);
/** The first plausible publication year (1500–2100) in \a text: "2008/05//" → 2008. */
std::optional<int> extractYear(const QString& text);

/**
 * Splits a personal name in any of the usual forms: "van Laar, Jacob M", "van Laar JM"
 * (MEDLINE AU), "Jacob M. van Laar", "VAN LAAR, J. M." Names that are groups
 * ("EBMT Study Group") come back as collective authors.
 */
Author parseAuthorName(const QString& text);
/** True for names of organisations rather than people. */
bool looksCollective(const QString& name);

/**
 * The labels of a field that holds several separated by ";" ("Article; Proceedings Paper",
 * "Case Reports; Review"), trimmed, empty ones dropped. Publication types travel this way in
 * WoS, Scopus, RIS M3, BibTeX "type" and CSL "genre".
 */
QStringList splitLabels(const QString& text);
/** "PMID: 123" on a line of a free-text field (Zotero's Extra, CSL "note"); empty when there is none. */
QString pmidInNote(const QString& text);

/** Applies every rule above to every field of \a reference, in place. */
void normalizeReference(Reference& reference);

} // namespace stemma::core::import
