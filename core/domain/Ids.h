// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <compare>
#include <functional>

namespace stemma::core {

/**
 * A row id that cannot be mixed up with another table's: a StudyId is not a ReferenceId.
 * Zero means "not stored yet".
 */
template <typename Tag> struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v)
        : value(v)
    {
    }
    constexpr bool isValid() const { return value > 0; }
    friend constexpr auto operator<=>(const Id&, const Id&) = default;
};

using ReferenceId = Id<struct ReferenceIdTag>;
using SourceId = Id<struct SourceIdTag>;
using ImportBatchId = Id<struct ImportBatchIdTag>;
using FullTextId = Id<struct FullTextIdTag>;
using StudyId = Id<struct StudyIdTag>;
using ArmId = Id<struct ArmIdTag>;
using InterventionId = Id<struct InterventionIdTag>;
using PatientId = Id<struct PatientIdTag>;
using OutcomeMeasureId = Id<struct OutcomeMeasureIdTag>;
using OutcomeResultId = Id<struct OutcomeResultIdTag>;
using ReviewerId = Id<struct ReviewerIdTag>;
using DecisionId = Id<struct DecisionIdTag>;
using TagId = Id<struct TagIdTag>;
using SpanId = Id<struct SpanIdTag>;
using AuditEntryId = Id<struct AuditEntryIdTag>;

} // namespace stemma::core

template <typename Tag> struct std::hash<stemma::core::Id<Tag>>
{
    std::size_t operator()(const stemma::core::Id<Tag>& id) const noexcept { return std::hash<qint64>{}(id.value); }
};
