// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"

namespace stemma::core::extract {

/**
 * What the patients received: the intervention family (MSC, HSCT, MSC-derived vesicles,
 * comparator immunosuppressant, placebo), the MSC source, the donor, the route and how many
 * infusions. Values use the domain's codes ("msc-ev", "umbilical-cord", "allogeneic-unrelated").
 * The cell dose has its own rule (DoseRule).
 */
class InterventionRule final : public Rule
{
public:
    void collect(const QString& text, Suggestions& out) const override;

private:
    static void collectFamily(const QString& text, Suggestions& out);
    static void collectSource(const QString& text, Suggestions& out);
    static void collectDonor(const QString& text, Suggestions& out);
    static void collectRoute(const QString& text, Suggestions& out);
    static void collectInfusions(const QString& text, Suggestions& out);
};

} // namespace stemma::core::extract
