// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/library/CitationFormatter.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>

namespace stemma::ui {

CitationFormatter::CitationFormatter(QStringList searchWords, HighlightColours colours)
    : m_words(std::move(searchWords))
    , m_colours(std::move(colours))
{
}

QString CitationFormatter::doiUrl(const QString& doi)
{
    return QStringLiteral("https://doi.org/") + doi;
}

QString CitationFormatter::pubmedUrl(const QString& pmid)
{
    return QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/%1/").arg(pmid);
}

QString CitationFormatter::journalPart(const core::Reference& reference)
{
    QString text = reference.journal;
    if (!reference.volume.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + reference.volume;
    if (!reference.issue.isEmpty())
        text += QStringLiteral("(%1)").arg(reference.issue);
    if (!reference.pages.isEmpty())
        text += (reference.volume.isEmpty() && reference.issue.isEmpty() ? QStringLiteral(", ") : QStringLiteral(":")) +
                reference.pages;
    return text;
}

QString CitationFormatter::plainCitation(const core::Reference& reference)
{
    QStringList names;
    for (const core::Author& author : reference.authors)
        names.append(author.shortName());
    QString text = names.join(QStringLiteral(", "));
    if (reference.year)
        text += QStringLiteral(" (%1)").arg(*reference.year);
    if (!text.isEmpty())
        text += QStringLiteral(". ");
    text += reference.title;
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    const QString journal = journalPart(reference);
    if (!journal.isEmpty())
        text += QLatin1Char(' ') + journal + QLatin1Char('.');
    return text;
}

std::vector<std::pair<QString, QString>> CitationFormatter::abstractSections(const QString& abstract)
{
    // Labels are the upper-case headings structured abstracts use ("BACKGROUND:", "MAIN OUTCOMES AND MEASURES:").
    static const QRegularExpression label(QStringLiteral("^([A-Z][A-Z0-9 ,&/()-]{1,60}):\\s+(.*)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    std::vector<std::pair<QString, QString>> sections;
    for (const QString& paragraph : abstract.split(blankLine, Qt::SkipEmptyParts)) {
        const QString trimmed = paragraph.trimmed();
        const auto match = label.match(trimmed);
        if (match.hasMatch())
            sections.emplace_back(match.captured(1), match.captured(2));
        else
            sections.emplace_back(QString(), trimmed);
    }
    return sections;
}

QString CitationFormatter::highlighted(const QString& text) const
{
    if (m_words.isEmpty())
        return text.toHtmlEscaped();
    QStringList alternatives;
    for (const QString& word : m_words)
        alternatives.append(QRegularExpression::escape(word));
    // The same rule as the search: a word matches where a word of the text begins.
    const QRegularExpression pattern(QStringLiteral("(?<!\\w)(?:%1)\\w*").arg(alternatives.join(QLatin1Char('|'))),
                                     QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::UseUnicodePropertiesOption);
    const QString open = QStringLiteral("<span style=\"background-color:%1; color:%2\">")
                             .arg(m_colours.background.name(), m_colours.text.name());
    QString html;
    qsizetype position = 0;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        html += text.mid(position, match.capturedStart() - position).toHtmlEscaped();
        html += open + match.captured().toHtmlEscaped() + QStringLiteral("</span>");
        position = match.capturedEnd();
    }
    html += text.mid(position).toHtmlEscaped();
    return html;
}

QString CitationFormatter::overviewHtml(const core::Reference& reference,
                                        const std::vector<core::FullText>& fullTexts,
                                        const QStringList& citedReferences) const
{
    QString html;
    const QString title = reference.title.isEmpty() ? QObject::tr("(no title)") : reference.title;
    html += QStringLiteral("<h2>%1</h2>").arg(highlighted(title));
    // A fixed amber badge: it must stand out in light and dark themes alike.
    if (reference.greyLiterature)
        html += QStringLiteral("<p><span style=\"background-color:#f6c344; color:#3d2b00; font-weight:bold\">"
                               "&nbsp;%1&nbsp;</span></p>")
                    .arg(QObject::tr("Grey literature / promotional source").toHtmlEscaped());
    if (!reference.notFound.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(QObject::tr("Not found on import: %1")
                             .arg(reference.notFound.join(QStringLiteral(", ")))
                             .toHtmlEscaped());

    QStringList names;
    for (const core::Author& author : reference.authors)
        names.append(highlighted(author.shortName()));
    if (!names.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(names.join(QStringLiteral(", ")));

    QStringList source;
    const QString journal = journalPart(reference);
    if (!reference.journal.isEmpty())
        source.append(
            QStringLiteral("<i>%1</i>%2")
                .arg(reference.journal.toHtmlEscaped(), journal.mid(reference.journal.size()).toHtmlEscaped()));
    else if (!journal.isEmpty())
        source.append(journal.toHtmlEscaped());
    if (reference.year)
        source.append(QString::number(*reference.year));
    if (!source.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(source.join(QStringLiteral(" · ")));

    QStringList links;
    if (!reference.doi.isEmpty())
        links.append(QStringLiteral("DOI <a href=\"%1\">%2</a>")
                         .arg(doiUrl(reference.doi).toHtmlEscaped(), reference.doi.toHtmlEscaped()));
    if (!reference.pmid.isEmpty())
        links.append(QStringLiteral("PMID <a href=\"%1\">%2</a>")
                         .arg(pubmedUrl(reference.pmid).toHtmlEscaped(), reference.pmid.toHtmlEscaped()));
    if (!reference.url.isEmpty() && reference.url.startsWith(QLatin1String("http")))
        links.append(
            QStringLiteral("<a href=\"%1\">%2</a>").arg(reference.url.toHtmlEscaped(), QObject::tr("Web page")));
    if (!links.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    html += QStringLiteral("<h3>%1</h3>").arg(QObject::tr("Abstract"));
    if (reference.abstract.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(QObject::tr("No abstract was imported for this reference."));
    } else {
        for (const auto& [label, text] : abstractSections(reference.abstract)) {
            if (label.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(highlighted(text));
            else
                html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(label.toHtmlEscaped(), highlighted(text));
        }
    }

    if (!reference.keywords.isEmpty()) {
        QStringList keywords;
        for (const QString& keyword : reference.keywords)
            keywords.append(highlighted(keyword));
        html +=
            QStringLiteral("<h3>%1</h3><p>%2</p>").arg(QObject::tr("Keywords"), keywords.join(QStringLiteral(" · ")));
    }

    html += QStringLiteral("<h3>%1</h3>").arg(QObject::tr("Full texts"));
    if (fullTexts.empty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(QObject::tr("No full text attached."));
    } else {
        html += QStringLiteral("<ul>");
        const QLocale locale;
        for (const core::FullText& fullText : fullTexts)
            html += QStringLiteral("<li>%1 <small>(%2, %3)</small></li>")
                        .arg(fullText.fileName.toHtmlEscaped(),
                             fullText.mimeType.toHtmlEscaped(),
                             locale.formattedDataSize(fullText.content.size()));
        html += QStringLiteral("</ul>");
    }

    if (!citedReferences.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(QObject::tr("References (%1)").arg(citedReferences.size()));
        for (const QString& cited : citedReferences)
            html += QStringLiteral("<li>%1</li>").arg(highlighted(cited));
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace stemma::ui
