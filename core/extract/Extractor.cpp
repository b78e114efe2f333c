// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/Extractor.h"

#include "core/extract/DiseaseRule.h"
#include "core/extract/DoseRule.h"
#include "core/extract/FollowUpRule.h"
#include "core/extract/InterventionRule.h"
#include "core/extract/OutcomeRule.h"
#include "core/extract/PopulationRule.h"
#include "core/extract/SafetyRule.h"
#include "core/extract/SuggestionGroups.h"
#include "core/extract/TransplantRule.h"

#include <QSet>

#include <algorithm>

namespace stemma::core::extract {

namespace {

QString keyOf(const Suggestion& s)
{
    return SuggestionGroups::key(s);
}

} // namespace

Extractor::Extractor()
{
    m_rules.push_back(std::make_unique<PopulationRule>());
    m_rules.push_back(std::make_unique<DiseaseRule>());
    m_rules.push_back(std::make_unique<InterventionRule>());
    m_rules.push_back(std::make_unique<DoseRule>());
    m_rules.push_back(std::make_unique<TransplantRule>());
    m_rules.push_back(std::make_unique<OutcomeRule>());
    m_rules.push_back(std::make_unique<FollowUpRule>());
    m_rules.push_back(std::make_unique<SafetyRule>());
}

Extractor::~Extractor() = default;

Suggestions Extractor::extract(const QString& text) const
{
    Suggestions all;
    for (const auto& rule : m_rules)
        rule->collect(text, all);
    std::stable_sort(all.begin(), all.end(), [](const Suggestion& a, const Suggestion& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Two patterns may find the same value at overlapping places ("a 36 year-old" and "we report a
    // 36-year-old"): keep the first.
    Suggestions merged;
    for (const auto& suggestion : all) {
        const bool repeated = std::any_of(merged.cbegin(), merged.cend(), [&](const Suggestion& kept) {
            return kept.start < suggestion.end && suggestion.start < kept.end && keyOf(kept) == keyOf(suggestion);
        });
        if (!repeated)
            merged << suggestion;
    }
    return merged;
}

Suggestions Extractor::distinct(const Suggestions& suggestions)
{
    Suggestions result;
    QSet<QString> seen;
    for (const auto& suggestion : suggestions) {
        const QString key = keyOf(suggestion);
        if (!seen.contains(key)) {
            seen.insert(key);
            result << suggestion;
        }
    }
    return result;
}

} // namespace stemma::core::extract
