// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/NumberParser.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace stemma::core::extract {

namespace {

constexpr std::array<const char*, 20> UNITS = {
    "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
    "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<const char*, 8> TENS = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

// The superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹ as they appear when an exponent is pasted as text.
const QString SUPERSCRIPT_DIGITS = QString::fromUtf8("\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079");

QString superscriptClass()
{
    return QStringLiteral("[\\x{2070}\\x{00B9}\\x{00B2}\\x{00B3}\\x{2074}-\\x{2079}]");
}

QRegularExpression anchored(const QString& pattern)
{
    return QRegularExpression(QStringLiteral("^\\s*(?:%1)\\s*$").arg(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

std::optional<double> parseWords(const QString& text)
{
    const QString lower = text.simplified().toLower();
    if (lower == QLatin1String("a single") || lower == QLatin1String("single"))
        return 1.0;
    for (std::size_t i = 0; i < UNITS.size(); ++i)
        if (lower == QLatin1String(UNITS[i]))
            return static_cast<double>(i);
    for (std::size_t i = 0; i < TENS.size(); ++i) {
        const QLatin1String tens(TENS[i]);
        if (!lower.startsWith(tens))
            continue;
        const double base = 20.0 + 10.0 * static_cast<double>(i);
        const QString rest = lower.mid(tens.size());
        if (rest.isEmpty())
            return base;
        const QString unit = rest.mid(1);
        if (rest.at(0) != QLatin1Char('-') && rest.at(0) != QLatin1Char(' '))
            return std::nullopt;
        for (std::size_t u = 1; u < 10; ++u)
            if (unit == QLatin1String(UNITS[u]))
                return base + static_cast<double>(u);
    }
    return std::nullopt;
}

} // namespace

QString NumberParser::digitsPattern()
{
    return QStringLiteral("\\d+(?:[.,]\\d+)?");
}

QString NumberParser::wordsPattern()
{
    QStringList tens;
    for (const char* word : TENS)
        tens << QLatin1String(word);
    QStringList units;
    // Longest first so "seventeen" is not read as "seven".
    for (int i = static_cast<int>(UNITS.size()) - 1; i >= 0; --i)
        units << QLatin1String(UNITS[static_cast<std::size_t>(i)]);
    return QStringLiteral("(?:a\\s+single|single|(?:%1)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|"
                          "%2)")
        .arg(tens.join(QLatin1Char('|')), units.join(QLatin1Char('|')));
}

QString NumberParser::numberPattern()
{
    return QStringLiteral("(?:%1|%2)").arg(digitsPattern(), wordsPattern());
}

QString NumberParser::timesPattern()
{
    return QStringLiteral("(?:once|twice|thrice|(?:%1|\\d+)\\s+times)").arg(wordsPattern());
}

QString NumberParser::rangeSeparatorPattern()
{
    return QStringLiteral("(?:\\s*(?:-|\\x{2013}|\\x{2014}|to)\\s*)");
}

QString NumberParser::powerPattern()
{
    return QStringLiteral(
               "(?:10\\s*(?:\\^|\\*\\*)\\s*\\(?\\s*\\d{1,2}\\s*\\)?|10\\s*\\(\\s*\\d{1,2}\\s*\\)|10%1+|10[5-9](?!\\d))")
        .arg(superscriptClass());
}

QString NumberParser::scientificPattern()
{
    const QString coefficient = digitsPattern();
    return QStringLiteral("(?:%1\\s*[x\\x{00D7}*\\x{00B7}]\\s*%2|%1\\s*(?:million|billion)\\b|%1[eE]\\+?\\d{1,2}\\b|"
                          "10\\s*(?:\\^\\s*\\(?\\d{1,2}\\)?|\\(\\s*\\d{1,2}\\s*\\)|%3+))")
        .arg(coefficient, powerPattern(), superscriptClass());
}

std::optional<double> NumberParser::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^(\\d+)(?:([.,])(\\d+))?$"));
    const auto match = digits.match(trimmed);
    if (match.hasMatch()) {
        const QString whole = match.captured(1);
        const QString separator = match.captured(2);
        const QString fraction = match.captured(3);
        if (separator.isEmpty())
            return whole.toDouble();
        // "1,500" is a thousands separator; "4,5" is a decimal comma.
        if (separator == QLatin1String(",") && fraction.size() == 3 && whole.size() <= 3)
            return (whole + fraction).toDouble();
        return QStringLiteral("%1.%2").arg(whole, fraction).toDouble();
    }
    return parseWords(trimmed);
}

std::optional<double> NumberParser::parseTimes(const QString& text)
{
    const QString lower = text.simplified().toLower();
    if (lower == QLatin1String("once"))
        return 1.0;
    if (lower == QLatin1String("twice"))
        return 2.0;
    if (lower == QLatin1String("thrice"))
        return 3.0;
    if (lower.endsWith(QLatin1String(" times")))
        return parse(lower.chopped(6));
    return std::nullopt;
}

std::optional<int> NumberParser::parseExponent(const QString& text)
{
    QString rest = text.simplified().remove(QLatin1Char(' '));
    if (rest.startsWith(QLatin1Char('e'), Qt::CaseInsensitive)) {
        rest = rest.mid(1);
    } else {
        if (!rest.startsWith(QLatin1String("10")))
            return std::nullopt;
        rest = rest.mid(2);
    }
    QString digits;
    for (const QChar c : rest) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (const auto index = SUPERSCRIPT_DIGITS.indexOf(c); index >= 0)
            digits += QChar(static_cast<char16_t>(u'0' + index));
    }
    if (digits.isEmpty() || digits.size() > 2)
        return std::nullopt;
    return digits.toInt();
}

std::optional<double> NumberParser::parseScientific(const QString& text)
{
    const QString coefficient = QStringLiteral("(%1)").arg(digitsPattern());
    static const QRegularExpression times =
        anchored(QStringLiteral("%1\\s*[x\\x{00D7}*\\x{00B7}]\\s*(%2)").arg(coefficient, powerPattern()));
    static const QRegularExpression words = anchored(QStringLiteral("%1\\s*(million|billion)").arg(coefficient));
    static const QRegularExpression exponent = anchored(QStringLiteral("%1[eE]\\+?(\\d{1,2})").arg(coefficient));
    // Alone, "106" is a number; only an explicit power of ten ("10^8", "10(8)", "10⁸") stands for one.
    static const QRegularExpression bare = anchored(
        QStringLiteral("(10\\s*(?:\\^\\s*\\(?\\d{1,2}\\)?|\\(\\s*\\d{1,2}\\s*\\)|%1+))").arg(superscriptClass()));

    if (const auto match = times.match(text); match.hasMatch()) {
        const auto value = parse(match.captured(1));
        const auto power = parseExponent(match.captured(2));
        if (value && power)
            return *value * std::pow(10.0, *power);
    }
    if (const auto match = words.match(text); match.hasMatch()) {
        const auto value = parse(match.captured(1));
        const bool billion = match.captured(2).compare(QLatin1String("billion"), Qt::CaseInsensitive) == 0;
        if (value)
            return *value * (billion ? 1e9 : 1e6);
    }
    if (const auto match = exponent.match(text); match.hasMatch()) {
        const auto value = parse(match.captured(1));
        if (value)
            return *value * std::pow(10.0, match.captured(2).toInt());
    }
    if (const auto match = bare.match(text); match.hasMatch()) {
        if (const auto power = parseExponent(match.captured(1)))
            return std::pow(10.0, *power);
    }
    return std::nullopt;
}

QString NumberParser::format(double value)
{
    const double rounded = std::round(value);
    if (std::abs(value - rounded) < 1e-6)
        return QString::number(static_cast<qint64>(rounded));
    QString text = QString::number(std::round(value * 10000.0) / 10000.0, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace stemma::core::extract
