// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ReferenceWriters.h"
#include "core/export/WriterSupport.h"

#include <QXmlStreamWriter>

#include <utility>

namespace stemma::core::exports {
namespace {

/** EndNote's reference type: its name and the fixed number EndNote gives it. */
std::pair<QString, int> refType(PublicationType type)
{
    switch (type) {
    case PublicationType::JournalArticle:
    case PublicationType::Preprint:
        return {QStringLiteral("Journal Article"), 17};
    case PublicationType::ConferencePaper:
    case PublicationType::ConferenceAbstract:
        return {QStringLiteral("Conference Paper"), 47};
    case PublicationType::Book:
        return {QStringLiteral("Book"), 6};
    case PublicationType::BookChapter:
        return {QStringLiteral("Book Section"), 5};
    case PublicationType::Thesis:
        return {QStringLiteral("Thesis"), 32};
    case PublicationType::Report:
        return {QStringLiteral("Report"), 27};
    case PublicationType::WebPage:
        return {QStringLiteral("Web Page"), 12};
    case PublicationType::Dataset:
        return {QStringLiteral("Dataset"), 59};
    case PublicationType::Other:
        break;
    }
    return {QStringLiteral("Generic"), 13};
}

void element(QXmlStreamWriter& xml, const char* name, const QString& text)
{
    if (!text.trimmed().isEmpty())
        xml.writeTextElement(QLatin1String(name), text);
}

/**
 * Lines separated the way EndNote separates paragraphs: by a carriage return, written as "&#13;"
 * because an XML reader turns a literal one into a line feed.
 */
void paragraphsElement(QXmlStreamWriter& xml, const char* name, const QStringList& lines)
{
    if (lines.isEmpty())
        return;
    xml.writeStartElement(QLatin1String(name));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml.writeEntityReference(QStringLiteral("#13"));
        xml.writeCharacters(lines[i]);
    }
    xml.writeEndElement();
}

} // namespace

QString writeEndnoteXml(const std::vector<ExportRecord>& records)
{
    // The declaration by hand: a writer into a QString leaves out the encoding the bytes will have.
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartElement(QStringLiteral("xml"));
    xml.writeStartElement(QStringLiteral("records"));
    int number = 0;
    for (const ExportRecord& record : records) {
        const Reference& reference = record.reference;
        xml.writeStartElement(QStringLiteral("record"));
        xml.writeStartElement(QStringLiteral("source-app"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Stemma"));
        xml.writeCharacters(QStringLiteral("Stemma"));
        xml.writeEndElement();
        xml.writeTextElement(QStringLiteral("rec-number"), QString::number(++number));
        const auto [typeName, typeNumber] = refType(reference.type);
        xml.writeStartElement(QStringLiteral("ref-type"));
        xml.writeAttribute(QStringLiteral("name"), typeName);
        xml.writeCharacters(QString::number(typeNumber));
        xml.writeEndElement();
        if (!reference.authors.isEmpty()) {
            xml.writeStartElement(QStringLiteral("contributors"));
            xml.writeStartElement(QStringLiteral("authors"));
            for (const Author& author : reference.authors)
                xml.writeTextElement(QStringLiteral("author"), support::invertedName(author));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("titles"));
        element(xml, "title", reference.title);
        element(xml, "secondary-title", reference.journal);
        xml.writeEndElement();
        if (!reference.journal.isEmpty()) {
            xml.writeStartElement(QStringLiteral("periodical"));
            xml.writeTextElement(QStringLiteral("full-title"), reference.journal);
            xml.writeEndElement();
        }
        element(xml, "pages", reference.pages);
        element(xml, "volume", reference.volume);
        element(xml, "number", reference.issue);
        if (!reference.keywords.isEmpty()) {
            xml.writeStartElement(QStringLiteral("keywords"));
            for (const QString& keyword : reference.keywords)
                xml.writeTextElement(QStringLiteral("keyword"), keyword);
            xml.writeEndElement();
        }
        if (reference.year) {
            xml.writeStartElement(QStringLiteral("dates"));
            xml.writeTextElement(QStringLiteral("year"), QString::number(*reference.year));
            xml.writeEndElement();
        }
        // EndNote keeps PubMed's publication types in "Type of Work".
        element(xml, "work-type", support::typesOfWork(reference).join(QStringLiteral("; ")));
        if (!reference.pmid.isEmpty()) {
            element(xml, "accession-num", reference.pmid);
            element(xml, "remote-database-provider", QStringLiteral("NLM"));
        }
        element(xml, "electronic-resource-num", reference.doi);
        paragraphsElement(xml, "abstract", support::paragraphs(reference.abstract));
        paragraphsElement(xml, "research-notes", record.screening.lines());
        if (!reference.url.isEmpty()) {
            xml.writeStartElement(QStringLiteral("urls"));
            xml.writeStartElement(QStringLiteral("related-urls"));
            xml.writeTextElement(QStringLiteral("url"), reference.url);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        element(xml, "language", reference.language);
        xml.writeEndElement(); // record
    }
    xml.writeEndElement();
    xml.writeEndElement();
    out += QLatin1Char('\n');
    return out;
}

} // namespace stemma::core::exports
