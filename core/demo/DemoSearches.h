// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace stemma::core {
class ReviewProject;
} // namespace stemma::core

namespace stemma::core::demo {

/**
 * The demo's illustrative database searches: one import batch per database with its search
 * date, and the records each search found. A study lists the databases it was found in
 * ("found_in"); the first holds the reference, the others hold duplicate records merged into it,
 * so PRISMA counts records per source and duplicates removed. Data without searches gets one
 * batch named "Demo data" holding every record.
 */
class DemoSearches
{
public:
    /** Creates the batches of \a searches, counting what each found among \a studies. */
    static Result<DemoSearches> create(ReviewProject& project, const QJsonArray& searches, const QJsonArray& studies);

    /** The databases \a study was found in, in search order; every study has at least one. */
    QStringList databasesOf(const QJsonObject& study) const;

    /** Stores \a raw as the next record that \a database's search found, held by \a reference. */
    Result<void> addRecord(ReviewProject& project, const QString& database, ReferenceId reference, const QString& raw);

    /** The first batch, which the audit entry of the build names. */
    ImportBatchId firstBatch() const { return m_firstBatch; }

private:
    struct Search
    {
        ImportBatchId batch;
        QString fileName;
        QString format;
        int recorded = 0;
    };

    QStringList m_order;
    QHash<QString, Search> m_searches;
    ImportBatchId m_firstBatch;
};

} // namespace stemma::core::demo
