// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/FollowUpRule.h"

#include "core/extract/NumberParser.h"
#include "core/extract/RuleSupport.h"

#include <cmath>

namespace stemma::core::extract {

using namespace support;

namespace {

/** Weeks and days become months to one decimal: 12 weeks → 2.8, not 2.7692. */
double roundedMonths(double months)
{
    return std::round(months * 10.0) / 10.0;
}

} // namespace

void FollowUpRule::collect(const QString& text, Suggestions& out) const
{
    const QString number = NumberParser::numberPattern();
    const QString range = NumberParser::rangeSeparatorPattern();
    const QString unit = QStringLiteral("(months?|years?|weeks?|days?|mo|yrs?)\\b");
    const QString spread = QStringLiteral("(?:\\s*(?:\\x{00B1}|\\+/-)\\s*%1)?").arg(NumberParser::digitsPattern());
    // Every expression captures: 1 and 2 statistic words, 3 value, 4 upper bound, 5 unit.
    static const QRegularExpression followed =
        regex(QStringLiteral("\\bfollowed(?:[\\s-]+up)?\\s+(?:for|during|over)\\s+(?:a\\s+(?:(mean|median)\\s+)?(?:"
                             "period\\s+)?(?:of\\s+)?)?"
                             "(?:(mean|median)\\s+(?:of\\s+)?)?(?:up\\s+to\\s+)?(%1)%2(?:%3(%1))?\\s*%4")
                  .arg(number, spread, range, unit));
    static const QRegularExpression stated = regex(
        QStringLiteral(
            "\\b(?:(mean|median)\\s+)?follow[\\s-]?ups?(?:\\s+(?:period|duration|time))?(?:\\s+(?:after|from|since)\\s+"
            "[\\w-]+)?"
            "(?:\\s*\\((mean|median)[^)]*\\)"
            ")?"
            "(?:\\s*(?:was|of|lasted|for|is|were|:|=|,|ranged\\s+from|ranging\\s+from|range|(?:mean|median)\\s+of|"
            "mean|median)\\s*)*\\s*(?:up\\s+to\\s+)?(%1)%2(?:%3(%1))?\\s*(?:\\([^)]{0,30}\\)\\s*)?%4")
            .arg(number, spread, range, unit));
    static const QRegularExpression before =
        regex(QStringLiteral(
                  "\\b(?:(mean|median)\\s+(?:of\\s+)?)?()(%1)(?:%2(%1))?[\\s-]*%3[\\s-]+(?:of\\s+)?follow[\\s-]?up\\b")
                  .arg(number, range, unit));
    for (const auto* expression : {&followed, &stated, &before}) {
        for (auto it = expression->globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const int start = static_cast<int>(match.capturedStart());
            if (overlaps(out, QStringLiteral("follow_up"), start, static_cast<int>(match.capturedEnd())) ||
                insideQuantity(text, static_cast<int>(match.capturedStart(3))))
                continue;
            const auto low = NumberParser::parse(match.captured(3));
            const auto months = low ? toMonths(*low, match.captured(5)) : std::nullopt;
            if (!months)
                continue;
            auto suggestion =
                make(text, match, QStringLiteral("follow_up"), NumberParser::format(roundedMonths(*months)), 0.85);
            suggestion.unit = QStringLiteral("months");
            suggestion.measure = statistic(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
            if (const auto high = NumberParser::parse(match.captured(4))) {
                suggestion.value +=
                    QLatin1Char('-') + NumberParser::format(roundedMonths(*toMonths(*high, match.captured(5))));
                if (suggestion.measure.isEmpty())
                    suggestion.measure = QStringLiteral("range");
            }
            out << suggestion;
        }
    }
}

} // namespace stemma::core::extract
