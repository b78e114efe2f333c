// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"

namespace stemma::core::extract {

/**
 * Deaths and adverse events as counts: "2 deaths", "the patient died" → 1, "no deaths" → 0,
 * "treatment-related mortality was 10%" (value 10, unit "%"); "no serious adverse events" → 0,
 * "infections in 3 patients" → 3 with the event named in measure.
 */
class SafetyRule final : public Rule
{
public:
    void collect(const QString& text, Suggestions& out) const override;

private:
    static void collectDeaths(const QString& text, Suggestions& out);
    static void collectAdverseEvents(const QString& text, Suggestions& out);
};

} // namespace stemma::core::extract
