// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"

namespace stemma::core::extract {

/**
 * Outcome scores with their instrument, scale and timepoint: "Rodnan score 47/51" (mRSS 47, unit
 * "/51"), "mRSS fell from 32 to 18" (baseline 32, follow-up 18), "mRSS decreased from 25.1±8 to
 * 15.2±7 at 12 months", "FVC 62% to 70% predicted", "DLCO improved from 45% to 52%",
 * "HAQ-DI 1.5 to 0.8". Thresholds ("FVC < 70%", "mRSS ≥ 15") are eligibility criteria and skipped.
 */
class OutcomeRule final : public Rule
{
public:
    void collect(const QString& text, Suggestions& out) const override;
};

} // namespace stemma::core::extract
