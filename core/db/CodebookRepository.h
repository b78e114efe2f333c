// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Codebook.h"

#include <vector>

namespace stemma::core::db {

class Database;

/** Ties one extracted value (a field of a study, an intervention…) to the tagged text it came from. */
struct EvidenceLink
{
    qint64 id = 0;
    QString entity; ///< table-like name: "study", "intervention", "outcome_result"
    qint64 entityId = 0;
    QString field; ///< the extracted field: "cellsPerKg", "design"
    SpanId span;

    friend bool operator==(const EvidenceLink&, const EvidenceLink&) = default;
};

/**
 * Stores the codebook (a tree of tags), the spans of text marked with them and the links from
 * extracted values to those spans. Removing a tag removes its child tags and their spans;
 * removing a span removes the links that cite it.
 */
class CodebookRepository
{
public:
    explicit CodebookRepository(Database& database);

    /** Adds a tag; an invalid parent makes it a top-level tag, an empty colour the default one. */
    Result<TagId> insertTag(const Tag& tag);
    Result<void> updateTag(const Tag& tag);
    Result<Tag> tag(TagId id);
    /** Every tag, top-level first, each level by position then id. */
    Result<std::vector<Tag>> tags();
    /** The direct children of \a parent (the top-level tags when it is invalid), by position. */
    Result<std::vector<Tag>> children(TagId parent);
    Result<void> removeTag(TagId id);
    /** Writes a removed tag back under its own id (undoing a removal keeps every reference to it valid). */
    Result<void> restoreTag(const Tag& tag);

    /** Marks a span; an invalid createdAt means "now". Bad offsets or field names are Constraint errors. */
    Result<SpanId> insertSpan(const TagSpan& span);
    Result<TagSpan> span(SpanId id);
    /** The reference's spans in reading order: by field, then start offset. */
    Result<std::vector<TagSpan>> spansForReference(ReferenceId reference);
    Result<std::vector<TagSpan>> spansForTag(TagId tag);
    Result<void> removeSpan(SpanId id);
    /** Writes a removed span back under its own id. */
    Result<void> restoreSpan(const TagSpan& span);

    /** Links a value to a span; linking the same pair twice is harmless. */
    Result<void> link(const QString& entity, qint64 entityId, const QString& field, SpanId span);
    /** Writes a removed link back under its own id. */
    Result<void> restoreLink(const EvidenceLink& link);
    Result<void> unlink(const QString& entity, qint64 entityId, const QString& field, SpanId span);
    /** Every link of one entity row, by field then span. */
    Result<std::vector<EvidenceLink>> linksFor(const QString& entity, qint64 entityId);
    /** Every link citing \a span, by entity, row and field. */
    Result<std::vector<EvidenceLink>> linksForSpan(SpanId span);

private:
    Result<SpanId> writeSpan(const TagSpan& span);

    Database& m_database;
};

} // namespace stemma::core::db
