// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ReferenceWriters.h"
#include "core/export/WriterSupport.h"

namespace stemma::core::exports {
namespace {

QString risType(PublicationType type)
{
    switch (type) {
    case PublicationType::JournalArticle:
        return QStringLiteral("JOUR");
    case PublicationType::ConferencePaper:
        return QStringLiteral("CPAPER");
    case PublicationType::ConferenceAbstract:
        return QStringLiteral("ABST");
    case PublicationType::Book:
        return QStringLiteral("BOOK");
    case PublicationType::BookChapter:
        return QStringLiteral("CHAP");
    case PublicationType::Thesis:
        return QStringLiteral("THES");
    case PublicationType::Report:
        return QStringLiteral("RPRT");
    case PublicationType::WebPage:
        return QStringLiteral("ELEC");
    case PublicationType::Preprint:
        return QStringLiteral("INPR");
    case PublicationType::Dataset:
        return QStringLiteral("DATA");
    case PublicationType::Other:
        break;
    }
    return QStringLiteral("GEN");
}

class RisText
{
public:
    /** "TG  - value"; a value with line breaks continues on untagged lines, as RIS readers expect. */
    void tag(const char* tag, const QString& value)
    {
        const QString text = value.trimmed();
        if (text.isEmpty())
            return;
        m_out += QLatin1String(tag) + QStringLiteral("  - ") + text.simplified() + QStringLiteral("\r\n");
    }
    /** The abstract, its paragraphs separated by a blank line (the RIS parser keeps them apart). */
    void abstract(const QString& abstract)
    {
        const QStringList parts = support::paragraphs(abstract);
        for (qsizetype i = 0; i < parts.size(); ++i)
            m_out += (i == 0 ? QStringLiteral("AB  - ") : QStringLiteral("\r\n")) + parts[i] + QStringLiteral("\r\n");
    }
    void end() { m_out += QStringLiteral("ER  - \r\n\r\n"); }
    QString text() const { return m_out; }

private:
    QString m_out;
};

} // namespace

QString writeRis(const std::vector<ExportRecord>& records)
{
    RisText ris;
    for (const ExportRecord& record : records) {
        const Reference& reference = record.reference;
        ris.tag("TY", risType(reference.type));
        ris.tag("ID", QString::number(reference.id.value));
        ris.tag("TI", reference.title);
        for (const Author& author : reference.authors)
            ris.tag("AU", support::invertedName(author));
        if (reference.year)
            ris.tag("PY", QString::number(*reference.year));
        ris.tag("JF", reference.journal); // the full name; bibutils reads T2 as an abbreviation
        ris.tag("VL", reference.volume);
        ris.tag("IS", reference.issue);
        ris.tag("SP", support::firstPage(reference.pages));
        ris.tag("EP", support::lastPage(reference.pages));
        ris.tag("DO", reference.doi);
        if (!reference.pmid.isEmpty()) {
            // EndNote's PubMed convention: the accession number is the PMID when the database is PubMed.
            ris.tag("AN", reference.pmid);
            ris.tag("DB", QStringLiteral("PubMed"));
        }
        ris.abstract(reference.abstract);
        for (const QString& keyword : reference.keywords)
            ris.tag("KW", keyword);
        ris.tag("M3", reference.publicationTypes.join(QStringLiteral("; ")));
        ris.tag("LA", reference.language);
        ris.tag("UR", reference.url);
        for (const QString& line : record.screening.lines())
            ris.tag("N1", line);
        ris.end();
    }
    return ris.text();
}

} // namespace stemma::core::exports
