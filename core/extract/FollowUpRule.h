// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"

namespace stemma::core::extract {

/**
 * How long patients were followed, in months: "followed for 12 months" → 12, "median follow-up
 * 5.8 years" → 69.6 (measure "median"), "12-month follow-up", "follow-up ranged from 6 to 24
 * months" → "6-24".
 */
class FollowUpRule final : public Rule
{
public:
    void collect(const QString& text, Suggestions& out) const override;
};

} // namespace stemma::core::extract
