// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"

namespace stemma::core::extract {

/**
 * The steps of an autologous HSCT: mobilisation ("cyclophosphamide 4 g/m2 + G-CSF", "G-CSF"),
 * conditioning ("cyclophosphamide 200 mg/kg + rabbit ATG", "TBI 800 cGy"), and whether the graft
 * was CD34-selected ("selected" / "unselected"). Regimens come back in one normalised spelling so
 * studies can be compared: components joined by " + ".
 */
class TransplantRule final : public Rule
{
public:
    void collect(const QString& text, Suggestions& out) const override;

private:
    static void collectMobilisation(const QString& text, Suggestions& out);
    static void collectConditioning(const QString& text, Suggestions& out);
    static void collectCd34Selection(const QString& text, Suggestions& out);
};

} // namespace stemma::core::extract
