// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ReferenceWriters.h"
#include "core/export/WriterSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stemma::core::exports {
namespace {

/** CSL 1.0.2 item types (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types). */
QString cslType(PublicationType type)
{
    switch (type) {
    case PublicationType::JournalArticle:
        return QStringLiteral("article-journal");
    case PublicationType::ConferencePaper:
    case PublicationType::ConferenceAbstract:
        return QStringLiteral("paper-conference");
    case PublicationType::Book:
        return QStringLiteral("book");
    case PublicationType::BookChapter:
        return QStringLiteral("chapter");
    case PublicationType::Thesis:
        return QStringLiteral("thesis");
    case PublicationType::Report:
        return QStringLiteral("report");
    case PublicationType::WebPage:
        return QStringLiteral("webpage");
    case PublicationType::Preprint:
        return QStringLiteral("article");
    case PublicationType::Dataset:
        return QStringLiteral("dataset");
    case PublicationType::Other:
        break;
    }
    return QStringLiteral("document");
}

void put(QJsonObject& item, const char* key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        item.insert(QLatin1String(key), value);
}

} // namespace

QString writeCslJson(const std::vector<ExportRecord>& records)
{
    QJsonArray items;
    for (const ExportRecord& record : records) {
        const Reference& reference = record.reference;
        QJsonObject item;
        item.insert(QStringLiteral("id"), QStringLiteral("stemma-%1").arg(reference.id.value));
        item.insert(QStringLiteral("type"), cslType(reference.type));
        put(item, "title", reference.title);
        QJsonArray authors;
        for (const Author& author : reference.authors) {
            QJsonObject name;
            if (author.isCollective()) {
                name.insert(QStringLiteral("literal"), author.collective);
            } else {
                name.insert(QStringLiteral("family"), author.family);
                if (!author.given.isEmpty())
                    name.insert(QStringLiteral("given"), author.given);
            }
            authors.append(name);
        }
        if (!authors.isEmpty())
            item.insert(QStringLiteral("author"), authors);
        if (reference.year) {
            QJsonArray date;
            date.append(*reference.year);
            QJsonArray dateParts;
            dateParts.append(date);
            item.insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), dateParts}});
        }
        put(item, "container-title", reference.journal);
        put(item, "volume", reference.volume);
        put(item, "issue", reference.issue);
        put(item, "page", reference.pages);
        put(item, "DOI", reference.doi);
        put(item, "PMID", reference.pmid);
        put(item, "abstract", reference.abstract);
        put(item, "keyword", support::joinedKeywords(reference.keywords));
        // CSL's "genre" is the kind of work within the item type, as PubMed's publication types are.
        put(item, "genre", support::typesOfWork(reference).join(QStringLiteral("; ")));
        put(item, "language", reference.language);
        put(item, "URL", reference.url);
        put(item, "note", record.screening.lines().join(QLatin1Char('\n')));
        items.append(item);
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
}

} // namespace stemma::core::exports
