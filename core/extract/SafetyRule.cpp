// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/SafetyRule.h"

#include "core/extract/NumberParser.h"
#include "core/extract/RuleSupport.h"

namespace stemma::core::extract {

using namespace support;

namespace {

const QString DEATHS = QStringLiteral("deaths");
const QString ADVERSE = QStringLiteral("adverse_event");

/** "2 (10%) of the 20 patients": what may stand between a count and the people it counts. */
const QString OF_PATIENTS =
    QStringLiteral("(?:\\s*\\(\\s*\\d+(?:[.,]\\d+)?\\s*%\\s*\\))?(?:\\s+of\\s+(?:the\\s+)?(?:\\d+\\s+)?)?"
                   "\\s*(?:[\\w-]+\\s+)?(?:patients?|subjects?|participants?|cases)");

const QString EVENT = QStringLiteral(
    "((?:(?:serious|severe|major|minor|mild|moderate|grade\\s*[1-5IV]+(?:\\s*(?:-|\\x{2013}|or)\\s*[1-5IV]+)?|"
    "treatment[\\s-]related|infusion[\\s-]related|procedure[\\s-]related|transplant[\\s-]related|immediate|acute|late|"
    "significant|relevant|major)\\s+)*(?:adverse\\s+(?:drug\\s+)?(?:events?|effects?|reactions?)|side[\\s-]effects?|"
    "complications?|infections?|infusion\\s+reactions?|reactions?|toxicit(?:y|ies)|(?-i:SAEs?|AEs?)|fever|sepsis|"
    "febrile\\s+neutropenia|CMV\\s+reactivation))\\b");

/** The event named once, whatever its spelling: "Serious AE" → "serious adverse events". */
QString eventName(const QString& text)
{
    QString name = text.simplified();
    name.replace(QRegularExpression(QStringLiteral("\\bSAEs?\\b")), QStringLiteral("serious adverse events"));
    name.replace(QRegularExpression(QStringLiteral("\\bAEs?\\b")), QStringLiteral("adverse events"));
    name = name.toLower();
    // Severity words other than "serious"/"severe" describe, they do not define, the event.
    name.remove(QRegularExpression(QStringLiteral("^(?:(?:mild|moderate|minor|transient)\\s+)+")));
    name.replace(QLatin1String("side-effect"), QLatin1String("side effect"));
    name.replace(QLatin1String("toxicities"), QLatin1String("toxicity"));
    for (const char* noun : {"event", "effect", "reaction", "complication", "infection"}) {
        const QLatin1String singular(noun);
        if (name.endsWith(singular))
            name += QLatin1Char('s');
    }
    return name;
}

} // namespace

void SafetyRule::collect(const QString& text, Suggestions& out) const
{
    collectDeaths(text, out);
    collectAdverseEvents(text, out);
}

void SafetyRule::collectDeaths(const QString& text, Suggestions& out)
{
    const QString number = NumberParser::numberPattern();
    static const QRegularExpression none = regex(
        QStringLiteral("\\b(?:(?:there\\s+(?:were|was)\\s+)?(?:no|zero|neither)\\s+(?:[\\w-]+\\s+){0,2}?(?:deaths?|"
                       "fatalities|died|mortality)|"
                       "none\\s+of\\s+the\\s+(?:\\d+\\s+)?(?:[\\w-]+\\s+)?(?:patients|subjects|participants)\\s+"
                       "died|without\\s+(?:any\\s+)?"
                       "(?:[\\w-]+\\s+)?(?:deaths?|mortality)|all\\s+(?:\\d+\\s+|%1\\s+)?(?:patients\\s+)?(?:"
                       "survived|were\\s+alive|"
                       "are\\s+alive))\\b")
            .arg(NumberParser::wordsPattern()));
    static const QRegularExpression rate = regex(QStringLiteral(
        "\\b((?:treatment|transplant(?:ation)?|procedure)[\\s-]related\\s+mortality|TRM|overall\\s+mortality|"
        "mortality(?:\\s+rate)?)(?:\\s*\\(TRM\\))?(?:\\s*(?:was|of|:|=|,|at|rate|reached|is)\\s*)*"
        "(\\d+(?:[.,]\\d+)?)\\s*%"));
    static const QRegularExpression countedDied =
        regex(QStringLiteral("\\b(%1)%2?\\s+(?:had\\s+|subsequently\\s+|eventually\\s+|later\\s+)?died\\b")
                  .arg(number, OF_PATIENTS));
    static const QRegularExpression countedDeaths =
        regex(QStringLiteral("\\b(%1)\\s+(?:[\\w-]+\\s+){0,2}?(?:deaths?|fatalities)\\b").arg(number));
    static const QRegularExpression oneDied = regex(QStringLiteral(
        "\\b(?:the\\s+|our\\s+|this\\s+)?(?:patient|she|he|woman|man)\\s+(?:subsequently\\s+|eventually\\s+|later\\s+|"
        "finally\\s+)?died\\b"));

    for (auto it = none.globalMatch(text); it.hasNext();)
        out << make(text, it.next(), DEATHS, QStringLiteral("0"), 0.85);
    for (auto it = rate.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (overlaps(out, DEATHS, static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedEnd())))
            continue;
        QString measure = match.captured(1).toLower();
        measure.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        measure.replace(QRegularExpression(QStringLiteral("(\\w)\\s+related")), QStringLiteral("\\1-related"));
        if (measure == QLatin1String("trm"))
            measure = QStringLiteral("treatment-related mortality");
        if (measure == QLatin1String("mortality rate"))
            measure = QStringLiteral("mortality");
        auto suggestion =
            make(text, match, DEATHS, NumberParser::format(*NumberParser::parse(match.captured(2))), 0.85);
        suggestion.unit = QStringLiteral("%");
        suggestion.measure = measure;
        out << suggestion;
    }
    for (const auto* expression : {&countedDied, &countedDeaths}) {
        for (auto it = expression->globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const auto value = NumberParser::parse(match.captured(1));
            if (!value || insideQuantity(text, static_cast<int>(match.capturedStart())) ||
                overlaps(out, DEATHS, static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedEnd())))
                continue;
            out << make(text, match, DEATHS, NumberParser::format(*value), 0.85);
        }
    }
    for (auto it = oneDied.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (!overlaps(out, DEATHS, static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedEnd())) &&
            !isNegated(text, static_cast<int>(match.capturedStart())))
            out << make(text, match, DEATHS, QStringLiteral("1"), 0.7);
    }
}

void SafetyRule::collectAdverseEvents(const QString& text, Suggestions& out)
{
    const QString number = NumberParser::numberPattern();
    // Captures: 1 the event.
    static const QRegularExpression none = regex(
        QStringLiteral(
            "\\b(?:no|without|neither|absence\\s+of|free\\s+of|did\\s+not\\s+(?:experience|develop|have|cause|observe)|"
            "not\\s+associated\\s+with|no\\s+evidence\\s+of)\\s+(?:(?:any|further|other|new)\\s+)*"
            "(?:(?:[\\w-]+\\s+){1,2}?(?:or|nor|and)\\s+)?%1")
            .arg(EVENT));
    static const QRegularExpression notObserved =
        regex(QStringLiteral("\\b%1\\s+(?:were|was|have\\s+been|had\\s+been)\\s+not\\s+(?:observed|reported|detected|"
                             "seen|noted|recorded)|"
                             "\\b%1\\s+did\\s+not\\s+occur")
                  .arg(EVENT));
    // Captures: 1 event, 2 count.
    static const QRegularExpression inPatients = regex(
        QStringLiteral(
            "\\b%1\\s+(?:(?:were|was)\\s+(?:observed|reported|seen|noted|recorded)\\s+|occurred\\s+|developed\\s+)?"
            "in\\s+(%2)%3")
            .arg(EVENT, number, OF_PATIENTS));
    // Captures: 1 count, 2 event.
    static const QRegularExpression patientsHad = regex(
        QStringLiteral("\\b(%1)%2\\s+(?:developed|experienced|had|presented(?:\\s+with)?|suffered(?:\\s+from)?)\\s+"
                       "(?:(?:an?|one|mild|transient)\\s+)*%3")
            .arg(number, OF_PATIENTS, EVENT));
    static const QRegularExpression counted = regex(QStringLiteral("\\b(%1)\\s+%2").arg(number, EVENT));

    for (const auto* expression : {&none, &notObserved}) {
        for (auto it = expression->globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const int group = match.captured(1).isEmpty() ? 2 : 1;
            auto suggestion = make(text, match, ADVERSE, QStringLiteral("0"), 0.85);
            suggestion.measure = eventName(match.captured(group));
            out << suggestion;
        }
    }
    const struct
    {
        const QRegularExpression* expression;
        int eventGroup;
        int countGroup;
    } counts[] = {{&inPatients, 1, 2}, {&patientsHad, 2, 1}, {&counted, 2, 1}};
    for (const auto& [expression, eventGroup, countGroup] : counts) {
        for (auto it = expression->globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const auto value = NumberParser::parse(match.captured(countGroup));
            if (!value || insideQuantity(text, static_cast<int>(match.capturedStart(countGroup))) ||
                overlaps(out, ADVERSE, static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedEnd())))
                continue;
            auto suggestion = make(text, match, ADVERSE, NumberParser::format(*value), 0.8);
            suggestion.measure = eventName(match.captured(eventGroup));
            out << suggestion;
        }
    }
}

} // namespace stemma::core::extract
