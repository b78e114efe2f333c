// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codebook.h"
#include "core/edit/EditCommand.h"

#include <QList>

namespace stemma::core::edit {

/** A value the tagged text is evidence for: a field of a row ("study" 3 "patientCount"). */
struct EvidenceTarget
{
    QString entity;
    qint64 entityId = 0;
    QString field;

    friend bool operator==(const EvidenceTarget&, const EvidenceTarget&) = default;
};

/**
 * Marks a span of a reference's text with a tag and, optionally, links it to the values it supports.
 * Undo removes the span and its links.
 */
class AddTagSpan final : public EditCommand
{
public:
    explicit AddTagSpan(TagSpan span, QList<EvidenceTarget> targets = {});

    Result<void> apply(ReviewProject& project) override;
    Result<void> revert(ReviewProject& project) override;
    QString text() const override;
    Change change() const override;

    /** The stored span's id; invalid before apply() and after revert(). */
    SpanId spanId() const { return m_span.id; }
    const TagSpan& span() const { return m_span; }

private:
    TagSpan m_span;
    QList<EvidenceTarget> m_targets;
};

} // namespace stemma::core::edit
