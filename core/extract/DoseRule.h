// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Rule.h"

namespace stemma::core::extract {

/**
 * Cell doses as a plain number of cells with unit "cells/kg" or "cells": "2x106/Kg" (a pasted
 * 2×10⁶), "1 × 10^6 cells/kg", "2 million cells/kg", "1-2 x 10(6) cells per kilogram"
 * ("1000000-2000000"), "10^8 cells". A power of ten with no cells or per-kilogram after it
 * ("10^6 copies/mL") is not a dose.
 */
class DoseRule final : public Rule
{
public:
    void collect(const QString& text, Suggestions& out) const override;
};

} // namespace stemma::core::extract
