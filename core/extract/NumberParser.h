// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace stemma::core::extract {

/**
 * Reads the numbers clinical abstracts write: "12", "4.5", "4,5" (decimal comma), "twelve",
 * "twenty-five", "a single", "twice", and powers of ten in their many spellings: "2x106" (an
 * exponent flattened by copy-paste), "2×10^6", "1 × 10(6)", "2.5 × 10⁶", "1e6", "10^8",
 * "2 million".
 *
 * The pattern functions return regular-expression fragments without capturing groups, so rules
 * can embed them in their own expressions and hand the captured text back to parse().
 */
class NumberParser
{
public:
    /** Digits with an optional decimal point or comma: "12", "4.5", "4,5". */
    static QString digitsPattern();
    /** Written numbers from zero to ninety-nine, plus "a single"/"single". */
    static QString wordsPattern();
    /** digitsPattern() or wordsPattern(). */
    static QString numberPattern();
    /** "once", "twice", "thrice", "three times"… */
    static QString timesPattern();
    /** A range separator: "-", "–", "to". */
    static QString rangeSeparatorPattern();
    /**
     * A power of ten after a coefficient and a multiplication sign: "10^6", "10(6)", "10⁶",
     * "106" (the flattened superscript; only 10^5 to 10^9, so "1010" is not misread).
     */
    static QString powerPattern();
    /** A coefficient times a power of ten, a bare power of ten, or "N million": one whole quantity. */
    static QString scientificPattern();

    /** The value of a number written in digits or words; nullopt when \a text is not one. */
    static std::optional<double> parse(const QString& text);
    /** "once" → 1, "twice" → 2, "three times" → 3. */
    static std::optional<double> parseTimes(const QString& text);
    /** The exponent of a power-of-ten spelling matched by powerPattern(): "10^6", "106", "10⁶" → 6. */
    static std::optional<int> parseExponent(const QString& text);
    /** The value of a quantity matched by scientificPattern(): "2x106" → 2e6, "2 million" → 2e6. */
    static std::optional<double> parseScientific(const QString& text);

    /** Shortest plain decimal form, at most four decimals: 2e6 → "2000000", 69.6 → "69.6". */
    static QString format(double value);
};

} // namespace stemma::core::extract
