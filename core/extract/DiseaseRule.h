// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"

namespace stemma::core::extract {

/**
 * The disease as the patients had it: subtype ("diffuse SSc", "lcSSc" → "diffuse cutaneous",
 * "limited cutaneous"), duration in years ("10-year history", "disease duration of 18 months" →
 * 1.5) and the therapies it resisted ("refractory to methotrexate, azathioprine and
 * cyclophosphamide" → one suggestion per drug).
 */
class DiseaseRule final : public Rule
{
public:
    void collect(const QString& text, Suggestions& out) const override;

private:
    static void collectSubtype(const QString& text, Suggestions& out);
    static void collectDuration(const QString& text, Suggestions& out);
    static void collectPriorTherapy(const QString& text, Suggestions& out);
};

} // namespace stemma::core::extract
