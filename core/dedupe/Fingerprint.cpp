// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/Fingerprint.h"

#include <QSet>

namespace stemma::core::dedupe {
namespace {

const QSet<QString>& stopWords()
{
    static const QSet<QString> words{
        QStringLiteral("a"),
        QStringLiteral("an"),
        QStringLiteral("the"),
        QStringLiteral("of"),
        QStringLiteral("in"),
        QStringLiteral("and"),
        QStringLiteral("for"),
        QStringLiteral("with"),
        QStringLiteral("on"),
        QStringLiteral("to"),
        QStringLiteral("by"),
        QStringLiteral("at"),
        QStringLiteral("from"),
        QStringLiteral("or"),
        QStringLiteral("as"),
        QStringLiteral("is"),
        QStringLiteral("vs"),
        QStringLiteral("versus"),
    };
    return words;
}

} // namespace

QString simplifyText(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !result.isEmpty())
                result += QLatin1Char(' ');
            space = false;
            result += c.toLower();
        } else {
            space = true;
        }
    }
    return result;
}

Fingerprint makeFingerprint(ReferenceId id,
                            const QString& title,
                            std::optional<int> year,
                            const QString& firstAuthor,
                            const QString& journal,
                            const QString& pages,
                            const QString& doi,
                            const QString& pmid)
{
    Fingerprint fingerprint;
    fingerprint.id = id;
    const QString simpleTitle = simplifyText(title);
    for (const QString& word : simpleTitle.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!stopWords().contains(word))
            fingerprint.words << word;
    fingerprint.title = fingerprint.words.join(QString());
    fingerprint.year = year;
    fingerprint.firstAuthor = simplifyText(firstAuthor).remove(QLatin1Char(' '));
    fingerprint.journal = simplifyText(journal).remove(QLatin1Char(' '));
    const QString simplePages = simplifyText(pages);
    fingerprint.firstPage = simplePages.section(QLatin1Char(' '), 0, 0);
    fingerprint.doi = doi;
    fingerprint.pmid = pmid;
    return fingerprint;
}

} // namespace stemma::core::dedupe
