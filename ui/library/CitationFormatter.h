// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"

#include <QColor>
#include <QStringList>

#include <vector>

namespace stemma::ui {

/** Colours for highlighted search words, taken from the widget's palette so dark themes work. */
struct HighlightColours
{
    QColor background;
    QColor text;
};

/**
 * Turns a Reference into the rich text of the detail pane: citation, identifiers as links,
 * keywords, the abstract with its section labels in bold, attached full texts. Every piece of
 * record text is HTML-escaped; words the reviewer searched for are highlighted.
 */
class CitationFormatter
{
public:
    CitationFormatter(QStringList searchWords, HighlightColours colours);

    /**
     * The overview: a grey-literature badge and a note of the fields the import did not find
     * under the title, and \a citedReferences (the work's own reference list) at the end.
     */
    QString overviewHtml(const core::Reference& reference,
                         const std::vector<core::FullText>& fullTexts,
                         const QStringList& citedReferences = {}) const;

    /** "van Laar JM, Farge D, Sont JK (2014). Title. JAMA 311(24):2490-2498." as plain text. */
    static QString plainCitation(const core::Reference& reference);
    /** "JAMA 311(24):2490-2498": the journal part of a citation, without the year. */
    static QString journalPart(const core::Reference& reference);
    /** The abstract's sections: label ("OBJECTIVE", empty when unlabelled) and text. */
    static std::vector<std::pair<QString, QString>> abstractSections(const QString& abstract);
    static QString doiUrl(const QString& doi);
    static QString pubmedUrl(const QString& pmid);

    /** \a text escaped for HTML with the search words marked. */
    QString highlighted(const QString& text) const;

private:
    QStringList m_words;
    HighlightColours m_colours;
};

} // namespace stemma::ui
