// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/Change.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace stemma::core::edit {

namespace {

const std::array<std::pair<EntityKind, const char*>, 13> ENTITY_NAMES = {{
    {EntityKind::Reference, "reference"},
    {EntityKind::Study, "study"},
    {EntityKind::Arm, "arm"},
    {EntityKind::Intervention, "intervention"},
    {EntityKind::Patient, "patient"},
    {EntityKind::OutcomeResult, "outcome_result"},
    {EntityKind::Tag, "tag"},
    {EntityKind::TagSpan, "tag_span"},
    {EntityKind::Screening, "screening"},
    {EntityKind::Duplicate, "duplicate"},
    {EntityKind::Setting, "setting"},
    {EntityKind::RiskOfBias, "risk_of_bias"},
    {EntityKind::Certainty, "certainty"},
}};

const std::array<std::pair<Operation, const char*>, 3> OPERATION_NAMES = {{
    {Operation::Created, "created"},
    {Operation::Updated, "updated"},
    {Operation::Removed, "removed"},
}};

template <typename Enum, size_t N> QString nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [candidate, name] : names)
        if (candidate == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& names, const QString& text)
{
    for (const auto& [candidate, name] : names)
        if (text == QLatin1String(name))
            return candidate;
    return std::nullopt;
}

} // namespace

QString toString(EntityKind kind)
{
    return nameOf(ENTITY_NAMES, kind);
}

std::optional<EntityKind> entityKindFromString(const QString& text)
{
    return valueOf(ENTITY_NAMES, text);
}

QString toString(Operation operation)
{
    return nameOf(OPERATION_NAMES, operation);
}

std::optional<Operation> operationFromString(const QString& text)
{
    return valueOf(OPERATION_NAMES, text);
}

ChangedEntity touched(EntityKind kind, qint64 id, Operation operation, QStringList fields)
{
    return ChangedEntity{kind, id, operation, std::move(fields)};
}

qint64 Change::createdId(EntityKind kind) const
{
    for (const ChangedEntity& entity : entities)
        if (entity.kind == kind && entity.operation == Operation::Created)
            return entity.id;
    return 0;
}

QList<qint64> Change::ids(EntityKind kind) const
{
    QList<qint64> result;
    for (const ChangedEntity& entity : entities)
        if (entity.kind == kind && !result.contains(entity.id))
            result << entity.id;
    return result;
}

bool Change::touches(EntityKind kind) const
{
    for (const ChangedEntity& entity : entities)
        if (entity.kind == kind)
            return true;
    return false;
}

Change Change::reversed() const
{
    Change undo;
    undo.text = text;
    for (auto it = entities.crbegin(); it != entities.crend(); ++it) {
        ChangedEntity entity = *it;
        if (entity.operation == Operation::Created)
            entity.operation = Operation::Removed;
        else if (entity.operation == Operation::Removed)
            entity.operation = Operation::Created;
        undo.entities << entity;
    }
    return undo;
}

void Change::append(const Change& other)
{
    entities << other.entities;
}

QJsonObject Change::toJson() const
{
    QJsonArray list;
    for (const ChangedEntity& entity : entities) {
        QJsonObject item{{QStringLiteral("kind"), toString(entity.kind)},
                         {QStringLiteral("id"), entity.id},
                         {QStringLiteral("operation"), toString(entity.operation)}};
        if (!entity.fields.isEmpty())
            item.insert(QStringLiteral("fields"), QJsonArray::fromStringList(entity.fields));
        list.append(item);
    }
    return QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("entities"), list}};
}

Result<Change> Change::fromJson(const QJsonObject& json)
{
    if (!json.value(QStringLiteral("entities")).isArray())
        return makeError(ErrorCode::Parse, QStringLiteral("a change needs an \"entities\" array"));
    Change change;
    change.text = json.value(QStringLiteral("text")).toString();
    const QJsonArray list = json.value(QStringLiteral("entities")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const auto kind = entityKindFromString(item.value(QStringLiteral("kind")).toString());
        if (!kind)
            return makeError(ErrorCode::Parse,
                             QStringLiteral("entity %1 of the change has an unknown kind \"%2\"")
                                 .arg(i + 1)
                                 .arg(item.value(QStringLiteral("kind")).toString()));
        const auto operation = operationFromString(item.value(QStringLiteral("operation")).toString());
        if (!operation)
            return makeError(ErrorCode::Parse,
                             QStringLiteral("entity %1 of the change has an unknown operation \"%2\"")
                                 .arg(i + 1)
                                 .arg(item.value(QStringLiteral("operation")).toString()));
        if (!item.value(QStringLiteral("id")).isDouble())
            return makeError(ErrorCode::Parse, QStringLiteral("entity %1 of the change has no numeric id").arg(i + 1));
        ChangedEntity entity;
        entity.kind = *kind;
        entity.operation = *operation;
        entity.id = item.value(QStringLiteral("id")).toInteger();
        for (const QJsonValue& field : item.value(QStringLiteral("fields")).toArray())
            entity.fields << field.toString();
        change.entities << entity;
    }
    return change;
}

} // namespace stemma::core::edit
