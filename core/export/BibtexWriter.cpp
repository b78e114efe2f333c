// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ReferenceWriters.h"
#include "core/export/WriterSupport.h"

#include <QRegularExpression>
#include <QSet>

namespace stemma::core::exports {
namespace {

QString entryType(PublicationType type)
{
    switch (type) {
    case PublicationType::JournalArticle:
        return QStringLiteral("article");
    case PublicationType::ConferencePaper:
    case PublicationType::ConferenceAbstract:
        return QStringLiteral("inproceedings");
    case PublicationType::Book:
        return QStringLiteral("book");
    case PublicationType::BookChapter:
        return QStringLiteral("incollection");
    case PublicationType::Thesis:
        return QStringLiteral("phdthesis");
    case PublicationType::Report:
        return QStringLiteral("techreport");
    case PublicationType::WebPage:
        return QStringLiteral("online");
    case PublicationType::Dataset:
        return QStringLiteral("dataset");
    case PublicationType::Preprint:
    case PublicationType::Other:
        break;
    }
    return QStringLiteral("misc");
}

/** LaTeX's special characters escaped, so braces stay balanced and nothing is read as markup. */
QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case '~': // a tie, which readers turn into a space
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case '{':
        case '}':
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    // LaTeX ligatures: "--" is a dash and `` '' are quotes to a reader; an empty group keeps them apart.
    for (const char* pair : {"--", "``", "''"}) {
        const QString from = QLatin1String(pair);
        const QString to = from.left(1) + QStringLiteral("{}") + from.right(1);
        while (out.contains(from))
            out.replace(from, to);
    }
    return out;
}

/** A name part braced when it would otherwise be split ("Smith and Wesson") or reordered. */
QString namePart(const QString& part)
{
    static const QRegularExpression needsBraces(QStringLiteral("\\band\\b|,"));
    const QString text = escaped(part);
    return needsBraces.match(part).hasMatch() ? QLatin1Char('{') + text + QLatin1Char('}') : text;
}

QString bibtexName(const Author& author)
{
    if (author.isCollective())
        return QLatin1Char('{') + escaped(author.collective) + QLatin1Char('}');
    if (author.given.isEmpty())
        return namePart(author.family);
    return namePart(author.family) + QStringLiteral(", ") + namePart(author.given);
}

/** "laar2019": the first author's family name in ASCII letters and the year, made unique with a, b, c. */
QString citationKey(const Reference& reference, QSet<QString>& used)
{
    QString base;
    if (!reference.authors.isEmpty()) {
        const Author& first = reference.authors.front();
        const QString name =
            (first.isCollective() ? first.collective : first.family).normalized(QString::NormalizationForm_D).toLower();
        for (const QChar c : name)
            if (c.unicode() < 128 && c.isLetter())
                base += c;
        base = base.left(24);
    }
    if (base.isEmpty())
        base = QStringLiteral("ref");
    base += reference.year ? QString::number(*reference.year) : QString::number(reference.id.value);
    QString key = base;
    for (int suffix = 0; used.contains(key); ++suffix)
        key = base + (suffix < 26 ? QString(QChar(char16_t(u'a' + suffix))) : QString::number(suffix));
    used.insert(key);
    return key;
}

class Entry
{
public:
    void field(const char* name, const QString& value, bool escape = true)
    {
        if (value.trimmed().isEmpty())
            return;
        m_fields << QStringLiteral("  %1 = {%2}").arg(QLatin1String(name), escape ? escaped(value) : value);
    }
    QString text(const QString& type, const QString& key) const
    {
        return QStringLiteral("@%1{%2,\n%3\n}\n\n").arg(type, key, m_fields.join(QStringLiteral(",\n")));
    }

private:
    QStringList m_fields;
};

} // namespace

QString writeBibtex(const std::vector<ExportRecord>& records)
{
    QString out;
    QSet<QString> used;
    for (const ExportRecord& record : records) {
        const Reference& reference = record.reference;
        Entry entry;
        entry.field("title", reference.title);
        QStringList names;
        for (const Author& author : reference.authors)
            names << bibtexName(author);
        entry.field("author", names.join(QStringLiteral(" and ")), false);
        if (reference.year)
            entry.field("year", QString::number(*reference.year));
        const bool inBook = reference.type == PublicationType::BookChapter ||
                            reference.type == PublicationType::ConferencePaper ||
                            reference.type == PublicationType::ConferenceAbstract;
        entry.field(inBook ? "booktitle" : "journal", reference.journal);
        entry.field("volume", reference.volume);
        entry.field("number", reference.issue);
        entry.field("pages", reference.pages);
        // DOIs and URLs verbatim: readers take them as they stand, and escaping would change them.
        entry.field("doi", reference.doi, false);
        entry.field("pmid", reference.pmid);
        entry.field("abstract", support::paragraphs(reference.abstract).join(QStringLiteral("\n\n")));
        entry.field("keywords", support::joinedKeywords(reference.keywords));
        // "type" names the kind of work; it also carries the two kinds BibTeX has no entry type for.
        entry.field("type", support::typesOfWork(reference).join(QStringLiteral("; ")));
        entry.field("language", reference.language);
        entry.field("url", reference.url, false);
        entry.field("annote", record.screening.lines().join(QLatin1Char('\n')));
        out += entry.text(entryType(reference.type), citationKey(reference, used));
    }
    return out;
}

} // namespace stemma::core::exports
