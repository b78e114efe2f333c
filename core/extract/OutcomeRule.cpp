// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/OutcomeRule.h"

#include "core/extract/NumberParser.h"
#include "core/extract/RuleSupport.h"

#include <utility>

namespace stemma::core::extract {

using namespace support;

namespace {

const QString OUTCOME = QStringLiteral("outcome");

/** The instrument a name refers to: "modified Rodnan skin score" → "mRSS". */
QString measureOf(const QString& name)
{
    const QString lower = name.toLower();
    if (lower.contains(QLatin1String("fvc")) || lower.contains(QLatin1String("vital")))
        return QStringLiteral("FVC");
    if (lower.contains(QLatin1String("haq")) || lower.contains(QLatin1String("health")))
        return QStringLiteral("HAQ-DI");
    if (lower.contains(QLatin1String("rodnan")) || lower.contains(QLatin1String("rss")) ||
        lower.contains(QLatin1String("skin")))
        return QStringLiteral("mRSS");
    return QStringLiteral("DLCO");
}

QString unitOf(const QString& measure, bool percent, const QString& scale)
{
    if (!scale.isEmpty())
        return QLatin1Char('/') + scale;
    if (percent && (measure == QLatin1String("FVC") || measure == QLatin1String("DLCO")))
        return QStringLiteral("% predicted");
    return percent ? QStringLiteral("%") : QString();
}

QString timepointOf(const QString& number, const QString& unit)
{
    const auto value = NumberParser::parse(number);
    if (!value)
        return {};
    const auto months = toMonths(*value, unit);
    return months ? NumberParser::format(*months) + QStringLiteral(" months") : QString();
}

} // namespace

void OutcomeRule::collect(const QString& text, Suggestions& out) const
{
    static const QRegularExpression measure = regex(QStringLiteral(
        "\\b(?:(?:modified\\s+)?Rodnan(?:\\s+(?:total\\s+)?skin)?(?:\\s+(?:thickness\\s+)?score)?|mRodnan|m?RSS|"
        "(?:modified\\s+)?skin\\s+score|FVC(?:\\s*%\\s*(?:pred(?:icted)?)?)?|forced\\s+vital\\s+capacity|DLCO|DL\\s*CO|"
        "TLCO|"
        "diffusing\\s+capacity(?:\\s+(?:of|for)\\s+(?:the\\s+lungs?\\s+for\\s+)?carbon\\s+monoxide)?|S?HAQ(?:-DI)?|"
        "health\\s+assessment\\s+questionnaire(?:[\\s-]+disability\\s+index)?)(?![\\w-])"));
    const QString number = QStringLiteral("(\\d+(?:[.,]\\d+)?)");
    const QString spread =
        QStringLiteral("(?:\\s*(?:\\x{00B1}|\\+/-|\\+-)\\s*\\d+(?:[.,]\\d+)?\\s*%?)?(?:\\s*\\([^)]{0,25}\\))?");
    const QString gap = QStringLiteral("([^\\d.;]{0,60}?)");
    const QString timepoint =
        QStringLiteral(
            "(?:\\s*,?\\s*(?:at|after)\\s+(?:the\\s+)?(?:(?:\\d+|%1)[\\s-]*(?:months?|years?|weeks?)\\s+)?(\\d+)"
            "[\\s-]*(months?|years?|weeks?|mo)\\b)?")
            .arg(NumberParser::wordsPattern());
    // Captures: 1 gap, 2 baseline, 3 %, 4 follow-up, 5 %, 6 "predicted", 7 time value, 8 time unit.
    static const QRegularExpression change = regex(
        QStringLiteral("%1(?:from\\s+)?(?:(?:a\\s+)?baseline\\s+(?:value\\s+)?(?:of\\s+)?)?%2(\\s*%)?%3(?:\\s+(?:at|on)"
                       "\\s+baseline)?\\s*"
                       "(?:%\\s*)?(?:predicted\\s+)?(?:to|\\x{2192}|->|-->)\\s*%2(\\s*%)?%3(\\s*(?:%\\s*)?(?:of\\s+)?"
                       "predicted)?%4")
            .arg(gap, number, spread, timepoint));
    // Captures: 1 gap, 2 value, 3 scale, 4 %, 5 time value, 6 time unit.
    static const QRegularExpression single =
        regex(QStringLiteral("%1%2(?:\\s*/\\s*(\\d+))?(\\s*%)?%3(?:\\s*(?:%\\s*)?(?:of\\s+)?predicted)?%4")
                  .arg(gap, number, spread, timepoint));
    static const QRegularExpression singleGap = regex(
        QStringLiteral("^\\s*(?:\\(\\s*)?(?:(?:at\\s+)?baseline\\s*)?(?:score\\s*)?(?:of|was|were|=|:|,|\\()?\\s*$"));
    static const QRegularExpression threshold = regex(QStringLiteral(
        "[<>\\x{2264}\\x{2265}]|\\b(?:above|below|over|under|less|greater|more|least|by|exceeding|than|cut-?off|"
        "not|no)\\b"));

    for (auto it = measure.globalMatch(text); it.hasNext();) {
        const auto name = it.next();
        const int from = static_cast<int>(name.capturedEnd());
        const QString instrument = measureOf(name.captured());
        if (isNegated(text, static_cast<int>(name.capturedStart())))
            continue;

        if (const auto match = matchAt(change, text, from);
            match.hasMatch() && !threshold.match(match.captured(1)).hasMatch()) {
            const bool percent = name.captured().contains(QLatin1Char('%')) || !match.captured(3).isEmpty() ||
                                 !match.captured(5).isEmpty() || !match.captured(6).isEmpty();
            const QString unit = unitOf(instrument, percent, {});
            const QString later = match.captured(7).isEmpty() ? QStringLiteral("follow-up")
                                                              : timepointOf(match.captured(7), match.captured(8));
            for (const auto& [group, when] : {std::pair{2, QStringLiteral("baseline")}, std::pair{4, later}}) {
                // The baseline quotes the instrument with it; the later value its timepoint.
                const int start =
                    group == 2 ? static_cast<int>(name.capturedStart()) : static_cast<int>(match.capturedStart(group));
                const int end =
                    group == 2 ? static_cast<int>(match.capturedEnd(group)) : static_cast<int>(match.capturedEnd());
                auto suggestion = make(
                    text, start, end, OUTCOME, NumberParser::format(*NumberParser::parse(match.captured(group))), 0.85);
                suggestion.unit = unit;
                suggestion.measure = instrument;
                suggestion.timepoint = when;
                out << suggestion;
            }
            continue;
        }
        const auto match = matchAt(single, text, from);
        if (!match.hasMatch() || !singleGap.match(match.captured(1)).hasMatch())
            continue;
        const int end = static_cast<int>(match.capturedEnd(match.captured(3).isEmpty() ? 2 : 3));
        auto suggestion = make(text,
                               static_cast<int>(name.capturedStart()),
                               end,
                               OUTCOME,
                               NumberParser::format(*NumberParser::parse(match.captured(2))),
                               0.75);
        suggestion.unit = unitOf(
            instrument, name.captured().contains(QLatin1Char('%')) || !match.captured(4).isEmpty(), match.captured(3));
        suggestion.measure = instrument;
        if (!match.captured(5).isEmpty())
            suggestion.timepoint = timepointOf(match.captured(5), match.captured(6));
        else if (match.captured(1).contains(QLatin1String("baseline"), Qt::CaseInsensitive))
            suggestion.timepoint = QStringLiteral("baseline");
        out << suggestion;
    }
}

} // namespace stemma::core::extract
