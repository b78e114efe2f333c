// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/DoseRule.h"

#include "core/extract/NumberParser.h"
#include "core/extract/RuleSupport.h"

namespace stemma::core::extract {

using namespace support;

namespace {

/** The factor a quantity puts on its coefficient: "2 × 10^6" → 1e6, "10^8" → 1e8, "12" → nullopt. */
std::optional<double> multiplierOf(const QString& quantity)
{
    const auto value = NumberParser::parseScientific(quantity);
    if (!value)
        return std::nullopt;
    static const QRegularExpression coefficient(QStringLiteral("^\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:[x\\x{00D7}*\\x{00B7}]|"
                                                               "million|billion|[eE])"),
                                                QRegularExpression::CaseInsensitiveOption);
    const auto match = coefficient.match(quantity);
    if (!match.hasMatch())
        return value; // a bare power of ten
    const auto factor = NumberParser::parse(match.captured(1));
    return factor && *factor != 0.0 ? std::optional<double>(*value / *factor) : std::nullopt;
}

} // namespace

void DoseRule::collect(const QString& text, Suggestions& out) const
{
    const QString quantity =
        QStringLiteral("(?:%1|%2)").arg(NumberParser::scientificPattern(), NumberParser::digitsPattern());
    static const QRegularExpression dose = regex(
        QStringLiteral(
            "(?<![\\w.,^])(%1)(?:(?:%2|\\s+and\\s+)(%1))?(?:\\s*(?:(?:viable|total|nucleated|mononuclear)\\s+)?(?:(?:"
            "CD34\\+?\\s*)?cells?|"
            "MSCs?|(?:BM|UC|AD|WJ)-MSCs?|mesenchymal\\s+(?:stem|stromal)\\s+cells|MNCs?|TNCs?))?"
            "(?:\\s*(/\\s*kg|/\\s*kilogram|per\\s+kg|per\\s+kilogram|kg-1|kg\\x{207B}\\x{00B9})"
            "(?:\\s+(?:of\\s+)?body\\s*weight|\\s+bw)?)?")
            .arg(quantity, NumberParser::rangeSeparatorPattern()));
    static const QRegularExpression hasCells = regex(QStringLiteral("\\b(?:cells?|MSCs?|MNCs?|TNCs?)\\b"));

    for (auto it = dose.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool perKg = !match.captured(3).isEmpty();
        const int quantityEnd = static_cast<int>(match.capturedEnd(match.captured(2).isEmpty() ? 1 : 2));
        const bool cells = hasCells.match(text.mid(quantityEnd, match.capturedEnd() - quantityEnd)).hasMatch();
        // "10^5 cells per well" is a culture density, not what a patient received.
        static const QRegularExpression perVessel =
            regex(QStringLiteral("^\\s*(?:per|/)\\s*(?:well|ml|cm2?|dish|flask|plate|field|mm)"));
        if (!perKg && perVessel.match(text.mid(match.capturedEnd(), 20)).hasMatch())
            continue;
        if (!perKg && !cells)
            continue; // "10^6 copies/mL": a power of ten, but not of cells
        const QString first = match.captured(1);
        const QString second = match.captured(2);
        const auto high = second.isEmpty() ? std::nullopt : NumberParser::parseScientific(second);
        auto low = NumberParser::parseScientific(first);
        if (!low && !high)
            continue; // "15 cells": a plain count, not a dose
        if (!low) {
            // "1-2 x 10(6)": the power of ten is written once, after the upper bound.
            const auto factor = multiplierOf(second);
            const auto coefficient = NumberParser::parse(first);
            if (factor && coefficient)
                low = *coefficient * *factor;
        }
        if (!low)
            continue;
        auto suggestion = make(text, match, QStringLiteral("dose"), NumberParser::format(*low), 0.85);
        if (high)
            suggestion.value += QLatin1Char('-') + NumberParser::format(*high);
        suggestion.unit = perKg ? QStringLiteral("cells/kg") : QStringLiteral("cells");
        out << suggestion;
    }
}

} // namespace stemma::core::extract
