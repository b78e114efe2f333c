// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"
#include "core/extract/Suggestion.h"

#include <memory>
#include <vector>

namespace stemma::core::extract {

/**
 * Proposes study values from a text (title + abstract, or full text) by running every rule
 * family over it. Nothing is stored: the reviewer accepts or rejects each suggestion.
 *
 * Rules are plain regular expressions, so the extractor is fast, deterministic and explainable;
 * each suggestion quotes the span it came from.
 */
class Extractor
{
public:
    Extractor();
    ~Extractor();
    Extractor(const Extractor&) = delete;
    Extractor& operator=(const Extractor&) = delete;

    /** Every suggestion in \a text, in reading order; repeats of one value at one place are merged. */
    Suggestions extract(const QString& text) const;

    /** The first suggestion of each distinct field/value/unit/measure/timepoint, keeping order. */
    static Suggestions distinct(const Suggestions& suggestions);

private:
    std::vector<std::unique_ptr<Rule>> m_rules;
};

} // namespace stemma::core::extract
