// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/PopulationRule.h"

#include "core/extract/NumberParser.h"
#include "core/extract/RuleSupport.h"

#include <QSet>

namespace stemma::core::extract {

using namespace support;

namespace {

const QString PATIENTS = QStringLiteral("patients");
const QString AGE = QStringLiteral("age");
const QString SEX = QStringLiteral("sex");

QString sexOf(const QString& word)
{
    const QString lower = word.toLower();
    static const QSet<QString> female = {QStringLiteral("female"),
                                         QStringLiteral("females"),
                                         QStringLiteral("woman"),
                                         QStringLiteral("women"),
                                         QStringLiteral("girl"),
                                         QStringLiteral("girls"),
                                         QStringLiteral("lady"),
                                         QStringLiteral("f")};
    return female.contains(lower) ? QStringLiteral("female") : QStringLiteral("male");
}

/** "15 patients": words allowed between the number and the noun ("15 consecutive SSc patients"). */
bool isPatientQualifier(const QString& words)
{
    static const QSet<QString> blocked = {
        QStringLiteral("in"),        QStringLiteral("of"),      QStringLiteral("with"),     QStringLiteral("for"),
        QStringLiteral("at"),        QStringLiteral("after"),   QStringLiteral("from"),     QStringLiteral("to"),
        QStringLiteral("and"),       QStringLiteral("or"),      QStringLiteral("the"),      QStringLiteral("among"),
        QStringLiteral("per"),       QStringLiteral("had"),     QStringLiteral("were"),     QStringLiteral("was"),
        QStringLiteral("months"),    QStringLiteral("years"),   QStringLiteral("weeks"),    QStringLiteral("days"),
        QStringLiteral("month"),     QStringLiteral("year"),    QStringLiteral("week"),     QStringLiteral("day"),
        QStringLiteral("deaths"),    QStringLiteral("control"), QStringLiteral("controls"), QStringLiteral("healthy"),
        QStringLiteral("mg"),        QStringLiteral("kg"),      QStringLiteral("cells"),    QStringLiteral("doses"),
        QStringLiteral("infusions"), QStringLiteral("matched"), QStringLiteral("other"),    QStringLiteral("more"),
    };
    for (const QString& word : words.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (blocked.contains(word))
            return false;
    return true;
}

bool isInclusionCriterion(const QString& text, int start, int end)
{
    static const QRegularExpression before = regex(
        QStringLiteral("(?:[<>\\x{2264}\\x{2265}]|\\bover|\\bunder|\\babove|\\bbelow|older\\s+than|younger\\s+than|"
                       "at\\s+least)\\s*$"));
    static const QRegularExpression after =
        regex(QStringLiteral("^\\s*(?:years?\\s+)?(?:or|and)\\s+(?:older|above|over|more|younger|below)"));
    return before.match(text.mid(qMax(0, start - 16), qMin(start, 16))).hasMatch() ||
           after.match(text.mid(end, 30)).hasMatch();
}

} // namespace

void PopulationRule::collect(const QString& text, Suggestions& out) const
{
    collectPatients(text, out);
    collectAge(text, out);
    collectSex(text, out);
}

void PopulationRule::collectPatients(const QString& text, Suggestions& out)
{
    static const QRegularExpression counted =
        regex(QStringLiteral(
                  "\\b(%1)\\s+((?:[\\w+-]+\\s+){0,2}?)(?:patients?|subjects?|participants?|cases?|individuals?)\\b")
                  .arg(NumberParser::numberPattern()));
    static const QRegularExpression precededByIn = regex(QStringLiteral("\\b(?:in|among)\\s+$"));
    static const QRegularExpression eventBefore =
        regex(QStringLiteral("\\b(?:events?|infections?|reactions?|complications?|effects?|toxicit\\w*|fever|occurred|"
                             "observed|seen|noted|reported|developed|improv\\w*|respon\\w*|decreas\\w*|increas\\w*|"
                             "relapse\\w*|progress\\w*|remission)\\b"));
    static const QRegularExpression followedByEvent =
        regex(QStringLiteral("^\\s+(?:\\w+\\s+)?(?:died|developed|experienced|suffered|had|presented)\\b"));
    for (auto it = counted.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int start = static_cast<int>(match.capturedStart(1));
        if (insideQuantity(text, start) || !isPatientQualifier(match.captured(2)))
            continue;
        // "11 female and 2 male patients" splits the sample by sex; the sex rule counts each part.
        static const QRegularExpression sexWord = regex(QStringLiteral("\\b(?:female|male|women|men|girls|boys)\\b"));
        if (sexWord.match(match.captured(2)).hasMatch()) {
            int sexes = 0;
            const QString sentence = sentenceAround(text, start);
            for (auto words = sexWord.globalMatch(sentence); words.hasNext(); words.next())
                ++sexes;
            if (sexes > 1)
                continue;
        }
        // "infections in 3 patients" counts events, not the sample ("a trial in 35 patients" does
        // count it); so does "2 patients died".
        const int clause = sentenceStart(text, start);
        const bool inAfterEvent = precededByIn.match(text.mid(qMax(0, start - 8), qMin(start, 8))).hasMatch() &&
                                  eventBefore.match(text.mid(clause, start - clause)).hasMatch();
        if (inAfterEvent || followedByEvent.match(text.mid(static_cast<int>(match.capturedEnd()), 30)).hasMatch())
            continue;
        const auto value = NumberParser::parse(match.captured(1));
        if (!value || *value <= 0 || isNegated(text, start))
            continue;
        out << make(text, match, PATIENTS, NumberParser::format(*value), 0.8);
    }

    static const QRegularExpression nEquals = regex(QStringLiteral("\\bn\\s*=\\s*(\\d+)\\b"));
    static const QRegularExpression subgroup =
        regex(QStringLiteral("\\b(?:women|men|females?|males?|controls?|healthy|volunteers|donors)\\W*$"));
    for (auto it = nEquals.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int start = static_cast<int>(match.capturedStart());
        if (subgroup.match(text.mid(qMax(0, start - 20), qMin(start, 20))).hasMatch())
            continue;
        out << make(text, match, PATIENTS, match.captured(1), 0.7);
    }

    // A case report: "A 36 year-old white female…", "We report a woman…".
    static const QRegularExpression caseReport =
        regex(QStringLiteral(
                  "\\b(?:an?\\s+%1[\\s-]*(?:years?|yrs?|y)[\\s-]*old\\b|we\\s+(?:report|describe|present)\\s+(?:the\\s+"
                  "case\\s+of\\s+|a\\s+case\\s+of\\s+)?an?\\s+(?:[\\w-]+\\s+){0,3}?(?:patient|woman|man|girl|boy)\\b)")
                  .arg(NumberParser::numberPattern()));
    for (auto it = caseReport.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (!overlaps(out, PATIENTS, static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedEnd())))
            out << make(text, match, PATIENTS, QStringLiteral("1"), 0.6);
    }
}

void PopulationRule::collectAge(const QString& text, Suggestions& out)
{
    const QString number = NumberParser::digitsPattern();
    const QString range = NumberParser::rangeSeparatorPattern();
    const QString plusMinus = QStringLiteral("(?:\\s*(?:\\x{00B1}|\\+/-|\\+-)\\s*%1)?").arg(number);

    static const QRegularExpression yearOld =
        regex(QStringLiteral("\\b(%1)(?:%2(%1))?[\\s-]*(?:years?|yrs?|y)[\\s-]*old\\b")
                  .arg(NumberParser::numberPattern(), range));
    for (auto it = yearOld.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const auto low = NumberParser::parse(match.captured(1));
        if (!low || insideQuantity(text, static_cast<int>(match.capturedStart())))
            continue;
        auto suggestion = make(text, match, AGE, NumberParser::format(*low), 0.9);
        if (const auto high = NumberParser::parse(match.captured(2))) {
            suggestion.value += QLatin1Char('-') + NumberParser::format(*high);
            suggestion.measure = QStringLiteral("range");
        }
        suggestion.unit = QStringLiteral("years");
        out << suggestion;
    }

    static const QRegularExpression stated =
        regex(QStringLiteral(
                  "\\b(?:(mean|median|average)\\s+(?:\\([^)]{0,10}\\)\\s*)?)?(?:patients?'?\\s+)?age\\b(\\s+range)?(?:"
                  "\\s*\\((mean|median)[^)]{"
                  "0,20}\\))?"
                  "(?:\\s+(?:at|of)\\s+(?:the\\s+)?(?:transplant\\w*|inclusion|baseline|diagnosis|enrol+ment|onset|"
                  "HSCT|treatment|infusion|the\\s+patients|patients))?"
                  "(?:\\s*(?:was|were|is|of|:|=|,)\\s*)*\\s*(?:(mean|median)\\s+(?:of\\s+)?)?(%1)%2(?:%3(%1))?"
                  "(?:\\s*\\((?:range|IQR)?[^)]{0,20}\\))?(?:\\s*(years?|yrs?|y\\b))?")
                  .arg(number, plusMinus, range));
    static const QRegularExpression aged =
        regex(QStringLiteral("\\baged\\s+(?:between\\s+)?(%1)(?:(?:%2|\\s+and\\s+)(%1))?(?:\\s*(years?|yrs?))?")
                  .arg(number, range));
    for (const auto* expression : {&stated, &aged}) {
        const bool isStated = expression == &stated;
        for (auto it = expression->globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const int valueGroup = isStated ? 5 : 1;
            const int highGroup = isStated ? 6 : 2;
            const int unitGroup = isStated ? 7 : 3;
            QString measure;
            if (isStated)
                for (const int group : {1, 3, 4})
                    if (measure.isEmpty())
                        measure = statistic(match.captured(group));
            const bool isRange = !match.captured(highGroup).isEmpty();
            if (isStated && measure.isEmpty() && match.captured(unitGroup).isEmpty() && !isRange)
                continue;
            if (isInclusionCriterion(text,
                                     static_cast<int>(match.capturedStart(valueGroup)),
                                     static_cast<int>(match.capturedEnd(valueGroup))) ||
                overlaps(out, AGE, static_cast<int>(match.capturedStart()), static_cast<int>(match.capturedEnd())))
                continue;
            const auto low = NumberParser::parse(match.captured(valueGroup));
            if (!low)
                continue;
            auto suggestion = make(text, match, AGE, NumberParser::format(*low), 0.85);
            suggestion.unit = QStringLiteral("years");
            suggestion.measure = measure;
            if (isRange && measure.isEmpty()) {
                suggestion.value +=
                    QLatin1Char('-') + NumberParser::format(*NumberParser::parse(match.captured(highGroup)));
                suggestion.measure = QStringLiteral("range");
            }
            out << suggestion;
        }
    }
}

void PopulationRule::collectSex(const QString& text, Suggestions& out)
{
    const QString words = QStringLiteral("(women|woman|females?|men|man|males?|girls?|boys?)");
    static const QRegularExpression counted =
        regex(QStringLiteral("\\b(%1)\\s+(?:were\\s+)?%2\\b").arg(NumberParser::numberPattern(), words));
    static const QRegularExpression nEquals =
        regex(QStringLiteral("\\b%1\\s*[(,]\\s*n\\s*=\\s*(\\d+)\\s*\\)?").arg(words));
    static const QRegularExpression percent =
        regex(QStringLiteral("\\b(%1)\\s*%\\s*(?:were\\s+)?%2\\b").arg(NumberParser::digitsPattern(), words));
    static const QRegularExpression ratio = regex(QStringLiteral(
        "\\b(?:F\\s*/\\s*M|female\\s*/\\s*male|women\\s*/\\s*men)(?:\\s+ratio)?\\s*(?:was\\s*|of\\s*|:|=)?"
        "\\s*(\\d+)\\s*[/:]\\s*(\\d+)"));
    static const QRegularExpression single = regex(
        QStringLiteral("\\b(?:an?|this|our)\\s+(?:[\\w-]+\\s+){0,3}?(female|woman|girl|lady|male|man|boy)\\b(?![-/])"));

    for (auto it = counted.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const auto value = NumberParser::parse(match.captured(1));
        if (!value || insideQuantity(text, static_cast<int>(match.capturedStart())))
            continue;
        auto suggestion = make(text, match, SEX, NumberParser::format(*value), 0.85);
        suggestion.unit = sexOf(match.captured(2));
        out << suggestion;
    }
    for (auto it = nEquals.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        auto suggestion = make(text, match, SEX, match.captured(2), 0.85);
        suggestion.unit = sexOf(match.captured(1));
        out << suggestion;
    }
    for (auto it = percent.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const auto value = NumberParser::parse(match.captured(1));
        if (!value)
            continue;
        auto suggestion = make(text, match, SEX, NumberParser::format(*value), 0.8);
        suggestion.unit = QStringLiteral("% ") + sexOf(match.captured(2));
        out << suggestion;
    }
    for (auto it = ratio.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        auto female = make(text, match, SEX, match.captured(1), 0.75, 1);
        female.unit = QStringLiteral("female");
        auto male = make(text, match, SEX, match.captured(2), 0.75, 2);
        male.unit = QStringLiteral("male");
        out << female << male;
    }
    for (auto it = single.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int start = static_cast<int>(match.capturedStart(1));
        const int end = static_cast<int>(match.capturedEnd(1));
        if (overlaps(out, SEX, start, end))
            continue;
        out << make(text, match, SEX, sexOf(match.captured(1)), 0.8, 1);
    }
}

} // namespace stemma::core::extract
