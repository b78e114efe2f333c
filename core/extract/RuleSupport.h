// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/extract/Suggestion.h"

#include <QRegularExpression>
#include <QString>

#include <optional>

/** Small helpers every rule shares: regexes, sentences, negation, spans and units. */
namespace stemma::core::extract::support {

/** A case-insensitive, Unicode-aware expression: clinical text mixes "MSC", "Msc" and "msc". */
QRegularExpression regex(const QString& pattern);
/** The same, matched at \a offset only (for reading lists item by item). */
QRegularExpressionMatch matchAt(const QRegularExpression& expression, const QString& text, int offset);

/** Offsets of the sentence around \a position: from after the previous ". " (or the start) to after its own full stop.
 */
int sentenceStart(const QString& text, int position);
int sentenceEnd(const QString& text, int position);
QString sentenceAround(const QString& text, int position);

/**
 * True when one of the three words before \a position in its clause negates it: "no", "not",
 * "without", "never", "none", "neither", "nor", "excluding", "absence of"…
 */
bool isNegated(const QString& text, int position);
/** True when the words after \a position deny it: "HSCT was not performed", "MSC were never given". */
bool isNegatedAfter(const QString& text, int position);
/**
 * True when the number at \a position continues a longer quantity ("10^6", "2x106", "4.5",
 * "1-2"), so it must not be read as a count on its own.
 */
bool insideQuantity(const QString& text, int position);

/** A suggestion for text[start, end). */
Suggestion make(const QString& text, int start, int end, const QString& field, const QString& value, double confidence);
/** A suggestion for the whole of \a match, or of its capture \a group. */
Suggestion make(const QString& text,
                const QRegularExpressionMatch& match,
                const QString& field,
                const QString& value,
                double confidence,
                int group = 0);
/** True when \a out already holds a \a field suggestion overlapping [start, end). */
bool overlaps(const Suggestions& out, const QString& field, int start, int end);

/** A duration in months: "2" "years" → 24; nullopt for an unknown unit. */
std::optional<double> toMonths(double value, const QString& unit);
/** A duration in years: "18" "months" → 1.5. */
std::optional<double> toYears(double value, const QString& unit);
/** "mean"/"median"/"average" → "mean"/"median"; anything else → empty. */
QString statistic(const QString& word);

} // namespace stemma::core::extract::support
