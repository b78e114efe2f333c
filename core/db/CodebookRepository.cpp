// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/CodebookRepository.h"

#include "core/db/Database.h"
#include "core/db/RowHelpers.h"
#include "core/db/SqlTime.h"

namespace stemma::core::db {
namespace {

constexpr const char* TAG_COLUMNS = "SELECT id, parent_id, name, colour, description, position FROM codebook_tag ";

constexpr const char* SPAN_COLUMNS = "SELECT id, tag_id, reference_id, field, start_offset, end_offset, quote, "
                                     "reviewer_id, created_at, note FROM tag_span ";

const QString DEFAULT_COLOUR = QStringLiteral("#ffd54f");

Tag readTag(const Statement& row)
{
    return Tag{TagId(row.int64(0)), idAt<TagId>(row, 1), row.text(2), row.text(3), row.text(4), row.integer(5)};
}

void bindTag(Statement& statement, const Tag& tag)
{
    bindId(statement, ":parent", tag.parent);
    statement.bind(":name", tag.name)
        .bind(":colour", tag.colour.isEmpty() ? DEFAULT_COLOUR : tag.colour)
        .bindText(":description", tag.description)
        .bind(":position", tag.position);
}

TagSpan readSpan(const Statement& row)
{
    TagSpan span;
    span.id = SpanId(row.int64(0));
    span.tag = TagId(row.int64(1));
    span.reference = ReferenceId(row.int64(2));
    span.field = row.text(3);
    span.start = row.integer(4);
    span.end = row.integer(5);
    span.quote = row.text(6);
    span.reviewer = idAt<ReviewerId>(row, 7);
    span.createdAt = fromSqlTime(row.text(8));
    span.note = row.text(9);
    return span;
}

EvidenceLink readLink(const Statement& row)
{
    return EvidenceLink{row.int64(0), row.text(1), row.int64(2), row.text(3), SpanId(row.int64(4))};
}

QString tagName(TagId id)
{
    return QStringLiteral("tag %1").arg(id.value);
}

} // namespace

CodebookRepository::CodebookRepository(Database& database)
    : m_database(database)
{
}

Result<TagId> CodebookRepository::insertTag(const Tag& tag)
{
    Q_ASSERT(!tag.id.isValid());
    auto statement = m_database.prepare("INSERT INTO codebook_tag (parent_id, name, colour, description, position) "
                                        "VALUES (:parent, :name, :colour, :description, :position)");
    if (!statement)
        return statement.error();
    bindTag(*statement, tag);
    STEMMA_TRY(statement->run());
    return TagId(m_database.lastInsertId());
}

Result<void> CodebookRepository::restoreTag(const Tag& tag)
{
    Q_ASSERT(tag.id.isValid());
    auto statement = m_database.prepare("INSERT INTO codebook_tag (id, parent_id, name, colour, description, position) "
                                        "VALUES (:id, :parent, :name, :colour, :description, :position)");
    if (!statement)
        return statement.error();
    bindTag(*statement, tag);
    statement->bind(":id", tag.id.value);
    return statement->run();
}

Result<void> CodebookRepository::updateTag(const Tag& tag)
{
    if (tag.parent == tag.id)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a tag cannot be its own parent")};
    auto statement = m_database.prepare("UPDATE codebook_tag SET parent_id = :parent, name = :name, colour = :colour, "
                                        "description = :description, position = :position WHERE id = :id");
    if (!statement)
        return statement.error();
    bindTag(*statement, tag);
    statement->bind(":id", tag.id.value);
    return runOnExisting(m_database, *statement, tagName(tag.id));
}

Result<Tag> CodebookRepository::tag(TagId id)
{
    auto statement = m_database.prepare(QByteArray(TAG_COLUMNS).append("WHERE id = :id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return singleRow<Tag>(*statement, readTag, tagName(id));
}

Result<std::vector<Tag>> CodebookRepository::tags()
{
    auto statement = m_database.prepare(
        QByteArray(TAG_COLUMNS).append("ORDER BY parent_id IS NOT NULL, parent_id, position, id").constData());
    if (!statement)
        return statement.error();
    return collectRows<Tag>(*statement, readTag);
}

Result<std::vector<Tag>> CodebookRepository::children(TagId parent)
{
    auto statement = m_database.prepare(
        QByteArray(TAG_COLUMNS).append("WHERE parent_id IS :parent ORDER BY position, id").constData());
    if (!statement)
        return statement.error();
    bindId(*statement, ":parent", parent);
    return collectRows<Tag>(*statement, readTag);
}

Result<void> CodebookRepository::removeTag(TagId id)
{
    auto statement = m_database.prepare("DELETE FROM codebook_tag WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, tagName(id));
}

Result<SpanId> CodebookRepository::insertSpan(const TagSpan& span)
{
    Q_ASSERT(!span.id.isValid());
    return writeSpan(span);
}

Result<void> CodebookRepository::restoreSpan(const TagSpan& span)
{
    Q_ASSERT(span.id.isValid());
    auto written = writeSpan(span);
    if (!written)
        return written.error();
    return {};
}

Result<SpanId> CodebookRepository::writeSpan(const TagSpan& span)
{
    // A NULL id lets SQLite choose one; a restored span keeps the one it had.
    auto statement = m_database.prepare(
        "INSERT INTO tag_span (id, tag_id, reference_id, field, start_offset, end_offset, quote, reviewer_id, "
        "created_at, note) VALUES (:id, :tag, :reference, :field, :start, :end, :quote, :reviewer, :at, :note)");
    if (!statement)
        return statement.error();
    bindId(*statement, ":id", span.id);
    statement->bind(":tag", span.tag.value)
        .bind(":reference", span.reference.value)
        .bind(":field", span.field)
        .bind(":start", span.start)
        .bind(":end", span.end)
        .bind(":quote", span.quote);
    bindId(*statement, ":reviewer", span.reviewer);
    statement->bind(":at", toSqlTime(span.createdAt.isValid() ? span.createdAt : QDateTime::currentDateTimeUtc()))
        .bindText(":note", span.note);
    STEMMA_TRY(statement->run());
    return SpanId(m_database.lastInsertId());
}

Result<TagSpan> CodebookRepository::span(SpanId id)
{
    auto statement = m_database.prepare(QByteArray(SPAN_COLUMNS).append("WHERE id = :id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return singleRow<TagSpan>(*statement, readSpan, QStringLiteral("span %1").arg(id.value));
}

Result<std::vector<TagSpan>> CodebookRepository::spansForReference(ReferenceId reference)
{
    auto statement = m_database.prepare(
        QByteArray(SPAN_COLUMNS).append("WHERE reference_id = :id ORDER BY field, start_offset, id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", reference.value);
    return collectRows<TagSpan>(*statement, readSpan);
}

Result<std::vector<TagSpan>> CodebookRepository::spansForTag(TagId tag)
{
    auto statement = m_database.prepare(QByteArray(SPAN_COLUMNS)
                                            .append("WHERE tag_id = :id ORDER BY reference_id, field, start_offset, id")
                                            .constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", tag.value);
    return collectRows<TagSpan>(*statement, readSpan);
}

Result<void> CodebookRepository::removeSpan(SpanId id)
{
    auto statement = m_database.prepare("DELETE FROM tag_span WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, QStringLiteral("span %1").arg(id.value));
}

Result<void> CodebookRepository::link(const QString& entity, qint64 entityId, const QString& field, SpanId span)
{
    auto statement = m_database.prepare("INSERT INTO evidence_link (entity, entity_id, field, span_id) VALUES "
                                        "(:entity, :entity_id, :field, :span) ON CONFLICT DO NOTHING");
    if (!statement)
        return statement.error();
    statement->bind(":entity", entity).bind(":entity_id", entityId).bind(":field", field).bind(":span", span.value);
    return statement->run();
}

Result<void> CodebookRepository::restoreLink(const EvidenceLink& link)
{
    auto statement = m_database.prepare("INSERT INTO evidence_link (id, entity, entity_id, field, span_id) VALUES "
                                        "(:id, :entity, :entity_id, :field, :span)");
    if (!statement)
        return statement.error();
    statement->bind(":id", link.id)
        .bind(":entity", link.entity)
        .bind(":entity_id", link.entityId)
        .bind(":field", link.field)
        .bind(":span", link.span.value);
    return statement->run();
}

Result<void> CodebookRepository::unlink(const QString& entity, qint64 entityId, const QString& field, SpanId span)
{
    auto statement = m_database.prepare("DELETE FROM evidence_link WHERE entity = :entity AND entity_id = :entity_id "
                                        "AND field = :field AND span_id = :span");
    if (!statement)
        return statement.error();
    statement->bind(":entity", entity).bind(":entity_id", entityId).bind(":field", field).bind(":span", span.value);
    return runOnExisting(
        m_database, *statement, QStringLiteral("the evidence link of %1 %2").arg(entity).arg(entityId));
}

Result<std::vector<EvidenceLink>> CodebookRepository::linksFor(const QString& entity, qint64 entityId)
{
    auto statement = m_database.prepare("SELECT id, entity, entity_id, field, span_id FROM evidence_link "
                                        "WHERE entity = :entity AND entity_id = :entity_id ORDER BY field, span_id");
    if (!statement)
        return statement.error();
    statement->bind(":entity", entity).bind(":entity_id", entityId);
    return collectRows<EvidenceLink>(*statement, readLink);
}

Result<std::vector<EvidenceLink>> CodebookRepository::linksForSpan(SpanId span)
{
    auto statement = m_database.prepare("SELECT id, entity, entity_id, field, span_id FROM evidence_link "
                                        "WHERE span_id = :span ORDER BY entity, entity_id, field");
    if (!statement)
        return statement.error();
    statement->bind(":span", span.value);
    return collectRows<EvidenceLink>(*statement, readLink);
}

} // namespace stemma::core::db
