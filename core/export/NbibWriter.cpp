// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ReferenceWriters.h"
#include "core/export/WriterSupport.h"

#include <QRegularExpression>

namespace stemma::core::exports {
namespace {

/** MEDLINE's line: the tag padded to four characters, "- ", the text wrapped with a six-space indent. */
class MedlineText
{
public:
    void tag(const char* tag, const QString& value)
    {
        const QString text = value.simplified();
        if (text.isEmpty())
            return;
        const QStringList lines = support::wrapped(text, 82 - 6);
        m_out += QStringLiteral("%1- ").arg(QLatin1String(tag), -4) + lines.value(0) + QLatin1Char('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            m_out += QStringLiteral("      ") + lines[i] + QLatin1Char('\n');
    }
    void pmid(const QString& pmid) { m_out += QStringLiteral("PMID- ") + pmid + QLatin1Char('\n'); }
    void end() { m_out += QLatin1Char('\n'); }
    QString text() const { return m_out; }

private:
    QString m_out;
};

/** MEDLINE's AU form: "van Laar JM" (family then the initials of the given names). */
QString initialsName(const Author& author)
{
    QString initials;
    for (const QString& part : author.given.split(QRegularExpression(QStringLiteral("[\\s.\\-]+")), Qt::SkipEmptyParts))
        initials += part.front().toUpper();
    return initials.isEmpty() ? author.family : author.family + QLatin1Char(' ') + initials;
}

} // namespace

QString writeNbib(const std::vector<ExportRecord>& records)
{
    MedlineText medline;
    for (const ExportRecord& record : records) {
        const Reference& reference = record.reference;
        // Every MEDLINE record starts with PMID; a reference not in PubMed has an empty one.
        medline.pmid(reference.pmid);
        medline.tag("TI", reference.title);
        if (!reference.journal.isEmpty())
            medline.tag("JT", reference.journal);
        medline.tag("VI", reference.volume);
        medline.tag("IP", reference.issue);
        medline.tag("PG", reference.pages);
        if (reference.year)
            medline.tag("DP", QString::number(*reference.year));
        for (const QString& paragraph : support::paragraphs(reference.abstract))
            medline.tag("AB", paragraph);
        for (const Author& author : reference.authors) {
            if (author.isCollective()) {
                medline.tag("CN", author.collective);
                continue;
            }
            medline.tag("FAU", support::invertedName(author));
            medline.tag("AU", initialsName(author));
        }
        medline.tag("LA", reference.language);
        for (const QString& type : reference.publicationTypes)
            medline.tag("PT", type);
        if (!reference.doi.isEmpty())
            medline.tag("AID", reference.doi + QStringLiteral(" [doi]"));
        for (const QString& keyword : reference.keywords)
            medline.tag("OT", keyword);
        for (const QString& line : record.screening.lines())
            medline.tag("GN", line);
        medline.end();
    }
    return medline.text();
}

} // namespace stemma::core::exports
