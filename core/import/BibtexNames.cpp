// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/BibtexNames.h"

#include "core/import/LatexDecoder.h"
#include "core/import/Normalize.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>

namespace stemma::core::import {
namespace {

QString cleanText(const QString& raw)
{
    return normalizeWhitespace(decodeLatex(raw));
}

/** Words at brace depth 0 (a braced group with spaces stays one word). */
QStringList topLevelWords(const QString& text)
{
    QStringList words;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            depth = std::max(0, depth - 1);
        if (depth == 0 && (c.isSpace() || c == QLatin1Char('~'))) {
            if (!current.isEmpty())
                words << std::exchange(current, {});
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

/** Splits on commas at brace depth 0. */
QStringList topLevelCommaParts(const QString& text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}'))
            depth = std::max(0, depth - 1);
        if (depth == 0 && c == QLatin1Char(',')) {
            parts << std::exchange(current, {}).trimmed();
            continue;
        }
        current += c;
    }
    parts << current.trimmed();
    return parts;
}

bool isFullyBraced(const QString& word)
{
    if (!word.startsWith(QLatin1Char('{')) || !word.endsWith(QLatin1Char('}')))
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word[i] == QLatin1Char('{'))
            ++depth;
        else if (word[i] == QLatin1Char('}') && --depth == 0)
            return i == word.size() - 1;
    }
    return false;
}

bool startsLowercase(const QString& word)
{
    if (isFullyBraced(word))
        return false; // {De} is protected: BibTeX reads it as part of the last name only by position
    for (const QChar c : decodeLatex(word))
        if (c.isLetter())
            return c.isLower();
    return false;
}

bool isNameParticle(const QString& word)
{
    static const QStringList particles{QStringLiteral("van"),
                                       QStringLiteral("von"),
                                       QStringLiteral("der"),
                                       QStringLiteral("den"),
                                       QStringLiteral("de"),
                                       QStringLiteral("del"),
                                       QStringLiteral("della"),
                                       QStringLiteral("di"),
                                       QStringLiteral("da"),
                                       QStringLiteral("dos"),
                                       QStringLiteral("du"),
                                       QStringLiteral("la"),
                                       QStringLiteral("le"),
                                       QStringLiteral("ter"),
                                       QStringLiteral("ten")};
    return particles.contains(word.toLower());
}

bool isNameSuffix(const QString& text)
{
    static const QRegularExpression suffix(QStringLiteral("^(jr|sr|jnr|snr|ii|iii|iv)\\.?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return suffix.match(text.trimmed()).hasMatch();
}

/** One BibTeX name: "First von Last", "von Last, First" or "von Last, Jr, First"; {Braced} = collective. */
std::optional<Author> parseBibtexName(const QString& raw)
{
    const QString name = raw.trimmed();
    if (name.isEmpty() || name.compare(QLatin1String("others"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    const QStringList parts = topLevelCommaParts(name);
    if (parts.size() == 1) {
        const QStringList words = topLevelWords(name);
        if (words.size() == 1 && isFullyBraced(words.front()))
            return Author{{}, {}, cleanText(words.front())};
        const QString decoded = cleanText(name);
        if (looksCollective(decoded))
            return Author{{}, {}, decoded};
        if (words.size() == 1)
            return Author{decoded, {}, {}};
        // The family name starts at the first lower-case word ("von", "de"), or at a known
        // particle written in capitals ("Bart De Win"), else it is the last word.
        qsizetype familyStart = words.size() - 1;
        for (qsizetype i = 0; i < words.size() - 1; ++i) {
            if (startsLowercase(words[i])) {
                familyStart = i;
                break;
            }
        }
        if (familyStart == words.size() - 1) {
            for (qsizetype i = 1; i < words.size() - 1; ++i) {
                if (isNameParticle(cleanText(words[i]))) {
                    familyStart = i;
                    break;
                }
            }
        }
        return Author{cleanText(words.mid(familyStart).join(QLatin1Char(' '))),
                      cleanText(words.mid(0, familyStart).join(QLatin1Char(' '))),
                      {}};
    }
    const QString family = cleanText(parts[0]);
    QString given = cleanText(parts[1]);
    // "von Last, Jr, First"; exports also write "Last, First, Jr." which BibTeX would misread.
    if (parts.size() >= 3 && !(isNameSuffix(parts[2]) && !isNameSuffix(parts[1])))
        given = cleanText(parts[2]);
    if (family.isEmpty())
        return given.isEmpty() ? std::nullopt : std::optional<Author>(Author{given, {}, {}});
    return Author{family, given, {}};
}

} // namespace

QList<Author> parseBibtexNames(const QString& raw)
{
    QList<Author> authors;
    QStringList current;
    auto flush = [&] {
        if (auto author = parseBibtexName(current.join(QLatin1Char(' '))))
            authors << *author;
        current.clear();
    };
    for (const QString& word : topLevelWords(raw)) {
        if (word.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0)
            flush();
        else
            current << word;
    }
    flush();
    return authors;
}

} // namespace stemma::core::import
