// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoSearches.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"

namespace stemma::core::demo {
namespace {

const QString FALLBACK_SOURCE = QStringLiteral("Demo data");

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList foundIn(const QJsonObject& study)
{
    QStringList databases;
    for (const QJsonValue& value : study.value(QLatin1String("found_in")).toArray())
        databases << value.toString();
    return databases;
}

} // namespace

Result<DemoSearches> DemoSearches::create(ReviewProject& project, const QJsonArray& searches, const QJsonArray& studies)
{
    DemoSearches result;
    std::vector<ImportBatch> batches;
    for (const QJsonValue& value : searches) {
        const QJsonObject search = value.toObject();
        ImportBatch batch;
        batch.sourceName = text(search, "source");
        batch.searchDate = text(search, "search_date");
        batch.fileName = text(search, "file");
        batch.format = text(search, "format");
        result.m_order << batch.sourceName;
        batches.push_back(batch);
    }
    if (batches.empty()) {
        ImportBatch batch;
        batch.sourceName = FALLBACK_SOURCE;
        batch.fileName = QStringLiteral("studies.json");
        batch.format = QStringLiteral("json");
        result.m_order << batch.sourceName;
        batches.push_back(batch);
    }
    for (const QJsonValue& value : studies) {
        const QStringList databases = result.databasesOf(value.toObject());
        for (qsizetype i = 0; i < databases.size(); ++i) {
            const qsizetype at = result.m_order.indexOf(databases[i]);
            if (at < 0)
                return Error{ErrorCode::Parse,
                             QStringLiteral("%1: found in \"%2\", which the demo data does not search")
                                 .arg(text(value.toObject(), "label"), databases[i])};
            ImportBatch& batch = batches[size_t(at)];
            ++batch.recordsRead;
            ++(i == 0 ? batch.imported : batch.merged);
        }
    }
    for (const ImportBatch& batch : batches) {
        auto id = project.references().addBatch(batch);
        if (!id)
            return id.error();
        if (!result.m_firstBatch.isValid())
            result.m_firstBatch = *id;
        result.m_searches.insert(batch.sourceName, Search{*id, batch.fileName, batch.format, 0});
    }
    return result;
}

QStringList DemoSearches::databasesOf(const QJsonObject& study) const
{
    const QStringList databases = foundIn(study);
    if (databases.isEmpty() || m_order == QStringList{FALLBACK_SOURCE})
        return {m_order.front()};
    return databases;
}

Result<void> DemoSearches::addRecord(ReviewProject& project,
                                     const QString& database,
                                     ReferenceId reference,
                                     const QString& raw)
{
    auto it = m_searches.find(database);
    if (it == m_searches.end())
        return Error{ErrorCode::Parse, QStringLiteral("no demo search of \"%1\"").arg(database)};
    ++it->recorded;
    ReferenceSource source{SourceId(), reference, it->batch, it->format, it->fileName, it->recorded, 0, raw};
    auto stored = project.references().addSource(source);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace stemma::core::demo
