// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Suggestion.h"

namespace stemma::core::extract {

/**
 * One family of extraction rules (population, intervention, outcomes…). A rule appends what it
 * finds in \a text to \a out; it may read what earlier rules appended but never removes anything.
 */
class Rule
{
public:
    virtual ~Rule() = default;
    virtual void collect(const QString& text, Suggestions& out) const = 0;
};

} // namespace stemma::core::extract
