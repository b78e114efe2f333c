// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/extract/Suggestion.h"

#include <QList>
#include <QString>

namespace stemma::core::extract {

/** One place a suggested value was read: a reference's title, abstract or full text, and the span. */
struct Occurrence
{
    ReferenceId reference;
    QString field; ///< "title", "abstract" or "fulltext"
    int start = 0;
    int end = 0;
    QString text;

    friend bool operator==(const Occurrence&, const Occurrence&) = default;
};

/** A value proposed once however often the texts repeat it, with every place it was read. */
struct GroupedSuggestion
{
    Suggestion suggestion; ///< the first mention
    QList<Occurrence> occurrences;
};

/**
 * Gathers the suggestions of several texts (a study's references, each with its title, abstract
 * and full text) so each value is offered once: "HSCT" named in the title, the abstract and the
 * full text is one suggestion with three spans. Values are the same when field, value, unit,
 * measure and timepoint agree, so "7 female" and "7 male" stay apart. Groups keep the order of
 * their first mention.
 */
class SuggestionGroups
{
public:
    void add(ReferenceId reference, const QString& field, const Suggestions& suggestions);

    const QList<GroupedSuggestion>& groups() const { return m_groups; }

    /** The identity of a suggested value: what must agree for two mentions to be one suggestion. */
    static QString key(const Suggestion& suggestion);

private:
    QList<GroupedSuggestion> m_groups;
};

} // namespace stemma::core::extract
