// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDateTime>
#include <QString>

namespace stemma::core {

/** A code of the codebook; codes nest through parent. */
struct Tag
{
    TagId id;
    TagId parent;
    QString name;
    QString colour; ///< "#rrggbb"
    QString description;
    int position = 0; ///< order among siblings

    friend bool operator==(const Tag&, const Tag&) = default;
};

/**
 * A span of text marked with a tag. Offsets count UTF-16 code units in the named field; the
 * quoted text is kept so the span can be found again if the field is re-displayed differently.
 */
struct TagSpan
{
    SpanId id;
    TagId tag;
    ReferenceId reference;
    QString field; ///< "title", "abstract" or "fulltext"
    int start = 0;
    int end = 0;
    QString quote;
    ReviewerId reviewer;
    QDateTime createdAt;
    QString note;

    friend bool operator==(const TagSpan&, const TagSpan&) = default;
};

/** One line of the audit log: who changed what, and when. */
struct AuditEntry
{
    AuditEntryId id;
    QDateTime at;
    QString actor;
    QString action; ///< "import", "screen", "edit", "merge"…
    QString entity; ///< table-like name: "reference", "study"
    qint64 entityId = 0;
    QString detail;

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

} // namespace stemma::core
