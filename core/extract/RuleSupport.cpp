// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/RuleSupport.h"

#include <QSet>

namespace stemma::core::extract::support {

namespace {

bool endsSentence(const QString& text, int index)
{
    const QChar c = text.at(index);
    if (c == QLatin1Char('\n'))
        return true;
    if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?'))
        return false;
    // "4.5" and "i.v." stay inside the sentence; a full stop is followed by white space.
    return index + 1 >= text.size() || text.at(index + 1).isSpace();
}

bool isClauseBreak(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char('(') ||
           c == QLatin1Char(')');
}

} // namespace

QRegularExpression regex(const QString& pattern)
{
    QRegularExpression expression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT_X(expression.isValid(), "regex", qPrintable(expression.errorString()));
    return expression;
}

QRegularExpressionMatch matchAt(const QRegularExpression& expression, const QString& text, int offset)
{
    return expression.match(
        text, offset, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
}

int sentenceStart(const QString& text, int position)
{
    for (int i = qMin(position, static_cast<int>(text.size())) - 1; i >= 0; --i)
        if (endsSentence(text, i))
            return i + 1;
    return 0;
}

int sentenceEnd(const QString& text, int position)
{
    for (int i = qMax(position, 0); i < text.size(); ++i)
        if (endsSentence(text, i))
            return i + 1;
    return static_cast<int>(text.size());
}

QString sentenceAround(const QString& text, int position)
{
    const int start = sentenceStart(text, position);
    return text.mid(start, sentenceEnd(text, position) - start);
}

bool isNegated(const QString& text, int position)
{
    static const QSet<QString> negators = {
        QStringLiteral("no"),
        QStringLiteral("not"),
        QStringLiteral("without"),
        QStringLiteral("never"),
        QStringLiteral("none"),
        QStringLiteral("neither"),
        QStringLiteral("nor"),
        QStringLiteral("excluding"),
        QStringLiteral("excluded"),
        QStringLiteral("absence"),
        QStringLiteral("free"),
        QStringLiteral("lack"),
        QStringLiteral("didn't"),
        QStringLiteral("wasn't"),
        QStringLiteral("weren't"),
        QStringLiteral("exclusion"),
        QStringLiteral("except"),
    };
    int start = sentenceStart(text, position);
    for (int i = position - 1; i >= start; --i) {
        if (isClauseBreak(text.at(i))) {
            start = i + 1;
            break;
        }
    }
    const QStringList words = text.mid(start, position - start).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = static_cast<int>(words.size()) - 1, seen = 0; i >= 0 && seen < 3; --i, ++seen)
        if (negators.contains(words.at(i)))
            return true;
    return false;
}

bool isNegatedAfter(const QString& text, int position)
{
    static const QRegularExpression denial =
        regex(QStringLiteral("^\\s*(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:not|never)\\b"));
    return denial.match(text.mid(position, 40)).hasMatch();
}

bool insideQuantity(const QString& text, int position)
{
    static const QString joiners = QString::fromUtf8("0123456789.,^/*-\u2013\u00D7\u00B7+");
    if (position <= 0)
        return false;
    if (joiners.contains(text.at(position - 1)))
        return true;
    // "10(6)" is an exponent; "(15 patients)" is not.
    if (text.at(position - 1) == QLatin1Char('(') && position >= 3)
        return text.mid(position - 3, 2) == QLatin1String("10");
    int i = position - 1;
    while (i >= 0 && text.at(i).isSpace())
        --i;
    if (i < 0)
        return false;
    const QChar c = text.at(i);
    if (c == QChar(0x00D7) || c == QLatin1Char('*') || c == QLatin1Char('^'))
        return true;
    // "2 x 10^6": a lone x between numbers is a multiplication sign.
    return (c == QLatin1Char('x') || c == QLatin1Char('X')) && i > 0 && !text.at(i - 1).isLetter();
}

Suggestion make(const QString& text, int start, int end, const QString& field, const QString& value, double confidence)
{
    Suggestion suggestion;
    suggestion.field = field;
    suggestion.value = value;
    suggestion.start = start;
    suggestion.end = end;
    suggestion.text = text.mid(start, end - start);
    suggestion.confidence = confidence;
    return suggestion;
}

Suggestion make(const QString& text,
                const QRegularExpressionMatch& match,
                const QString& field,
                const QString& value,
                double confidence,
                int group)
{
    return make(text,
                static_cast<int>(match.capturedStart(group)),
                static_cast<int>(match.capturedEnd(group)),
                field,
                value,
                confidence);
}

bool overlaps(const Suggestions& out, const QString& field, int start, int end)
{
    for (const auto& suggestion : out)
        if (suggestion.field == field && suggestion.start < end && start < suggestion.end)
            return true;
    return false;
}

std::optional<double> toMonths(double value, const QString& unit)
{
    const QString u = unit.toLower();
    if (u.startsWith(QLatin1String("mo")))
        return value;
    if (u.startsWith(QLatin1String("y")))
        return value * 12.0;
    if (u.startsWith(QLatin1String("w")))
        return value * 12.0 / 52.0;
    if (u.startsWith(QLatin1String("d")))
        return value * 12.0 / 365.0;
    return std::nullopt;
}

std::optional<double> toYears(double value, const QString& unit)
{
    const auto months = toMonths(value, unit);
    if (!months)
        return std::nullopt;
    return *months / 12.0;
}

QString statistic(const QString& word)
{
    const QString lower = word.toLower();
    if (lower == QLatin1String("mean") || lower == QLatin1String("average"))
        return QStringLiteral("mean");
    if (lower == QLatin1String("median"))
        return QStringLiteral("median");
    return {};
}

} // namespace stemma::core::extract::support
