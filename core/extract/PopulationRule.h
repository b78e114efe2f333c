// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"

namespace stemma::core::extract {

/**
 * Who was studied: patient counts ("15 patients", "n = 12", "a 36-year-old" → 1), age ("mean age
 * 45 ± 9 years", "aged 25-60") and sex ("a … female", "7 women and 3 men", "women (n=10)").
 * Controls and inclusion criteria ("age-matched controls", "aged 18 years or older") are skipped.
 */
class PopulationRule final : public Rule
{
public:
    void collect(const QString& text, Suggestions& out) const override;

private:
    static void collectPatients(const QString& text, Suggestions& out);
    static void collectAge(const QString& text, Suggestions& out);
    static void collectSex(const QString& text, Suggestions& out);
};

} // namespace stemma::core::extract
