// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/ReferenceJson.h"

#include <QJsonArray>

namespace stemma::core::json {

QJsonObject toJson(const Reference& reference)
{
    QJsonArray authors;
    for (const Author& author : reference.authors) {
        QJsonObject object;
        if (author.isCollective()) {
            object.insert(QStringLiteral("collective"), author.collective);
            object.insert(QStringLiteral("family"), author.collective);
            object.insert(QStringLiteral("given"), QString());
        } else {
            object.insert(QStringLiteral("family"), author.family);
            object.insert(QStringLiteral("given"), author.given);
        }
        authors.append(object);
    }
    QJsonObject object{
        {QStringLiteral("id"), reference.id.value},
        {QStringLiteral("title"), reference.title},
        {QStringLiteral("authors"), authors},
        {QStringLiteral("year"), reference.year ? QJsonValue(*reference.year) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("journal"), reference.journal},
        {QStringLiteral("volume"), reference.volume},
        {QStringLiteral("issue"), reference.issue},
        {QStringLiteral("pages"), reference.pages},
        {QStringLiteral("doi"), reference.doi},
        {QStringLiteral("pmid"), reference.pmid},
        {QStringLiteral("abstract"), reference.abstract},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(reference.keywords)},
        {QStringLiteral("type"), toString(reference.type)},
        {QStringLiteral("grey_literature"), reference.greyLiterature},
        {QStringLiteral("not_found"), QJsonArray::fromStringList(reference.notFound)},
    };
    if (!reference.publicationTypes.isEmpty())
        object.insert(QStringLiteral("publication_types"), QJsonArray::fromStringList(reference.publicationTypes));
    if (!reference.url.isEmpty())
        object.insert(QStringLiteral("url"), reference.url);
    if (!reference.language.isEmpty())
        object.insert(QStringLiteral("language"), reference.language);
    return object;
}

} // namespace stemma::core::json
