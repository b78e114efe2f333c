// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stemma::core::edit {

/** The kinds of stored things a change can touch; the names in toString() are the wire form. */
enum class EntityKind {
    Reference,
    Study,
    Arm,
    Intervention,
    Patient,
    OutcomeResult,
    Tag,
    TagSpan,
    Screening,  ///< decisions and resolutions, by reference id
    Duplicate,  ///< merge groups, by the surviving reference's id
    Setting,    ///< project settings; id 0
    RiskOfBias, ///< risk-of-bias assessments, by assessment id
    Certainty,  ///< GRADE judgements and minimal important differences, by outcome measure id
};

/** What happened to one entity. */
enum class Operation { Created, Updated, Removed };

QString toString(EntityKind kind);
std::optional<EntityKind> entityKindFromString(const QString& text);
QString toString(Operation operation);
std::optional<Operation> operationFromString(const QString& text);

/** One entity a change touched, with the fields it wrote (empty: the whole row). */
struct ChangedEntity
{
    EntityKind kind = EntityKind::Reference;
    qint64 id = 0;
    Operation operation = Operation::Updated;
    QStringList fields;

    friend bool operator==(const ChangedEntity&, const ChangedEntity&) = default;
};

/**
 * What one applied edit, undo or redo touched: the description views use to refresh only what
 * they show, and the record a shared project will later send to other copies. A plain value,
 * written to and read from JSON without loss.
 */
struct Change
{
    QString text; ///< the command's text ("Edit title")
    QList<ChangedEntity> entities;

    /** The id of the first entity of \a kind the change created; 0 when it created none. */
    qint64 createdId(EntityKind kind) const;
    /** The ids of every entity of \a kind the change touched, in order, without repeats. */
    QList<qint64> ids(EntityKind kind) const;
    bool touches(EntityKind kind) const;
    /** The change undoing this one: the entities in reverse order, created and removed swapped. */
    Change reversed() const;
    /** Appends \a other's entities (for a group of edits undone as one step). */
    void append(const Change& other);

    QJsonObject toJson() const;
    /** Reads toJson()'s form; an Error names the member that is missing or unknown. */
    static Result<Change> fromJson(const QJsonObject& json);

    friend bool operator==(const Change&, const Change&) = default;
};

/** Shorthand for commands: one entity, one operation, optional fields. */
ChangedEntity touched(EntityKind kind, qint64 id, Operation operation, QStringList fields = {});

} // namespace stemma::core::edit
