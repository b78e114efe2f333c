// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stemma::core::extract {

/**
 * The drugs and procedures systemic-sclerosis papers name as prior or comparator therapy, with
 * their abbreviations ("MTX", "MMF", "CsA") and one canonical name each.
 */
class DrugLexicon
{
public:
    /** A regex fragment (no capturing groups) matching any drug name or abbreviation, whole words. */
    static QString pattern();
    /** The canonical name of a matched drug: "MTX" → "methotrexate"; empty when unknown. */
    static QString canonical(const QString& name);
};

} // namespace stemma::core::extract
