// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/DiseaseRule.h"

#include "core/extract/DrugLexicon.h"
#include "core/extract/NumberParser.h"
#include "core/extract/RuleSupport.h"

namespace stemma::core::extract {

using namespace support;

namespace {

const QString SUBTYPE = QStringLiteral("disease_subtype");
const QString DURATION = QStringLiteral("disease_duration");
const QString PRIOR = QStringLiteral("prior_therapy");

const QString DISEASE_NOUN =
    QStringLiteral("(?:SSc|systemic\\s+sclerosis|(?:systemic\\s+)?scleroderma|form|type|subset|"
                   "subtype|variant|disease)");

} // namespace

void DiseaseRule::collect(const QString& text, Suggestions& out) const
{
    collectSubtype(text, out);
    collectDuration(text, out);
    collectPriorTherapy(text, out);
}

void DiseaseRule::collectSubtype(const QString& text, Suggestions& out)
{
    static const QRegularExpression diffuse =
        regex(QStringLiteral("\\b(?:dcSSc|dSSc|(?:cutaneous\\s+)?diffuse(?:[\\s-]+cutaneous(?:\\s+%1)?|[\\s-]+%1))\\b")
                  .arg(DISEASE_NOUN));
    static const QRegularExpression limited = regex(
        QStringLiteral("\\b(?:lcSSc|lSSc|limited(?:[\\s-]+cutaneous(?:\\s+%1)?|[\\s-]+%1))\\b").arg(DISEASE_NOUN));
    static const QRegularExpression sine = regex(QStringLiteral("\\b(?:SSc\\s+)?sine\\s+scleroderma\\b"));
    const std::pair<const QRegularExpression*, QString> kinds[] = {
        {&diffuse, QStringLiteral("diffuse cutaneous")},
        {&limited, QStringLiteral("limited cutaneous")},
        {&sine, QStringLiteral("sine scleroderma")},
    };
    for (const auto& [expression, value] : kinds) {
        for (auto it = expression->globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            if (!isNegated(text, static_cast<int>(match.capturedStart())))
                out << make(text, match, SUBTYPE, value, 0.9);
        }
    }
}

void DiseaseRule::collectDuration(const QString& text, Suggestions& out)
{
    const QString number = NumberParser::numberPattern();
    const QString digits = NumberParser::digitsPattern();
    const QString range = NumberParser::rangeSeparatorPattern();
    const QString unit = QStringLiteral("(years?|yrs?|months?)");
    // Each expression captures: 1 statistic (or empty), 2 value, 3 upper bound, 4 unit.
    static const QRegularExpression history =
        regex(QStringLiteral("\\b()(%1)(?:%2(%1))?[\\s-]*%3[\\s-]+(?:long\\s+)?(?:(?:disease|SSc|illness)\\s+"
                             "(?:history|duration)|history)\\b")
                  .arg(number, range, unit));
    static const QRegularExpression stated = regex(
        QStringLiteral(
            "\\b(?:(mean|median|average)\\s+)?(?:(?:disease|SSc|illness|scleroderma)\\s+duration|duration\\s+of\\s+"
            "(?:the\\s+)?(?:disease|SSc|illness|scleroderma))(?:\\s*\\((?:mean|median)[^)]{0,15}\\))?(?:\\s*(?:was|"
            "were|of|:|=|,)\\s*)*\\s*"
            "(?:(?:mean|median)\\s+(?:of\\s+)?)?(%1)(?:\\s*(?:\\x{00B1}|\\+/-)\\s*%1)?(?:%2(%1))?"
            "(?:\\s*\\([^)]{0,30}\\))?\\s*%3")
            .arg(digits, range, unit));
    static const QRegularExpression historyOf = regex(
        QStringLiteral("\\b()(?:history\\s+of|(?:SSc|scleroderma|systemic\\s+sclerosis)\\s+for|diagnosed\\s+(?:with\\s+"
                       "(?:[\\w-]+\\s+){0,3}?(?:SSc|scleroderma|systemic\\s+sclerosis)\\s+)?)\\s*(%1)(?:%2(%1))?\\s*%3("
                       "?:\\s+(?:ago|earlier|"
                       "before|previously))?\\b")
            .arg(number, range, unit));
    for (const auto* expression : {&history, &stated, &historyOf}) {
        for (auto it = expression->globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const int start = static_cast<int>(match.capturedStart());
            if (insideQuantity(text, static_cast<int>(match.capturedStart(2))) ||
                overlaps(out, DURATION, start, static_cast<int>(match.capturedEnd())))
                continue;
            // "diagnosed 5 years" only counts with "ago"/"earlier"; otherwise it may be the age at diagnosis.
            if (expression == &historyOf &&
                match.captured(0).startsWith(QLatin1String("diagnosed"), Qt::CaseInsensitive) &&
                !match.captured(0).contains(QRegularExpression(QStringLiteral("(?:ago|earlier|before|previously)$"))))
                continue;
            const auto low = NumberParser::parse(match.captured(2));
            const auto lowYears = low ? toYears(*low, match.captured(4)) : std::nullopt;
            if (!lowYears)
                continue;
            auto suggestion = make(text, match, DURATION, NumberParser::format(*lowYears), 0.85);
            suggestion.unit = QStringLiteral("years");
            suggestion.measure = statistic(match.captured(1));
            if (suggestion.measure.isEmpty()) {
                // "Disease duration (mean ± SD) was…" names its statistic in brackets.
                static const QRegularExpression bracketed = regex(QStringLiteral("\\((mean|median)"));
                suggestion.measure = statistic(bracketed.match(match.captured()).captured(1));
            }
            if (const auto high = NumberParser::parse(match.captured(3))) {
                suggestion.value += QLatin1Char('-') + NumberParser::format(*toYears(*high, match.captured(4)));
                if (suggestion.measure.isEmpty())
                    suggestion.measure = QStringLiteral("range");
            }
            out << suggestion;
        }
    }
}

void DiseaseRule::collectPriorTherapy(const QString& text, Suggestions& out)
{
    static const QRegularExpression trigger = regex(QStringLiteral(
        "\\b(?:refractory\\s+to|resistant\\s+to|resistance\\s+to|unresponsive\\s+to|non-?responsive\\s+to|"
        "intolerant\\s+(?:of|to)|intolerance\\s+to|failed(?:\\s+to\\s+respond\\s+to)?|failure\\s+of|failing|"
        "despite(?:\\s+(?:previous|prior))?(?:\\s+(?:treatment|therapy)\\s+with)?|previously\\s+(?:treated\\s+with|"
        "received)|prior\\s+(?:treatment|therapy)\\s+with|pre-?treated\\s+with|no\\s+response\\s+to|"
        "inadequate\\s+response\\s+to|poor\\s+response\\s+to|prior|previous)\\b"));
    static const QRegularExpression preamble = regex(QStringLiteral(
        "\\s*(?:(?:conventional|standard|multiple|several|previous|prior|immunosuppressive|first-line|second-line)\\s+)"
        "*"
        "(?:therapy|therapies|treatment|treatments|immunosuppressants?|immunosuppression|agents|drugs|DMARDs)\\s*"
        ",?\\s*(?:including|included|consisted\\s+of|comprised|were|with|such\\s+as|e\\.g\\.,?|i\\.e\\.,?|:)\\s*"));
    static const QRegularExpression separator = regex(QStringLiteral(
        "(?:\\s+(?:pulses?|therapy|treatment|infusions?|monotherapy))?\\s*(?:\\([^)]{1,20}\\))?\\s*(?:,|;|/|\\+|\\band/"
        "or\\b|\\band\\b|\\bor\\b|\\bplus\\b|\\bas\\s+well\\s+as\\b)?\\s*"
        "(?:(?:oral|intravenous|iv|i\\.v\\.|monthly|weekly|daily|high-dose|low-dose|pulse|pulsed|subcutaneous|"
        "and|or)\\s+)*"));
    static const QRegularExpression drug = regex(DrugLexicon::pattern());

    for (auto it = trigger.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        int position = static_cast<int>(match.capturedEnd());
        if (const auto lead = matchAt(preamble, text, position); lead.hasMatch())
            position = static_cast<int>(lead.capturedEnd());
        while (position < text.size()) {
            const auto gap = matchAt(separator, text, position);
            const int next = gap.hasMatch() ? static_cast<int>(gap.capturedEnd()) : position;
            const auto found = matchAt(drug, text, next);
            if (!found.hasMatch())
                break;
            const QString name = DrugLexicon::canonical(found.captured());
            if (!name.isEmpty() &&
                !overlaps(out, PRIOR, static_cast<int>(found.capturedStart()), static_cast<int>(found.capturedEnd())))
                out << make(text, found, PRIOR, name, 0.8);
            position = static_cast<int>(found.capturedEnd());
        }
    }
}

} // namespace stemma::core::extract
