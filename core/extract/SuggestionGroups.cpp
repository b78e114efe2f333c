// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/SuggestionGroups.h"

#include <QStringList>

#include <algorithm>

namespace stemma::core::extract {

QString SuggestionGroups::key(const Suggestion& s)
{
    return QStringList{s.field, s.value, s.unit, s.measure, s.timepoint}.join(QChar(0x1F));
}

void SuggestionGroups::add(ReferenceId reference, const QString& field, const Suggestions& suggestions)
{
    for (const Suggestion& suggestion : suggestions) {
        const Occurrence occurrence{reference, field, suggestion.start, suggestion.end, suggestion.text};
        const QString wanted = key(suggestion);
        auto group = std::find_if(
            m_groups.begin(), m_groups.end(), [&](const GroupedSuggestion& g) { return key(g.suggestion) == wanted; });
        if (group == m_groups.end())
            m_groups << GroupedSuggestion{suggestion, {occurrence}};
        else if (!group->occurrences.contains(occurrence))
            group->occurrences << occurrence;
    }
}

} // namespace stemma::core::extract
