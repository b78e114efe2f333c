// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/ScreeningText.h"

#include "ui/widgets/HighlightColours.h"

#include <QObject>
#include <QRegularExpression>

#include <algorithm>

namespace stemma::ui {
QString verdictLabel(core::Verdict verdict)
{
    switch (verdict) {
    case core::Verdict::Include:
        return QObject::tr("include");
    case core::Verdict::Exclude:
        return QObject::tr("exclude");
    case core::Verdict::Maybe:
        return QObject::tr("maybe");
    }
    return {};
}

QString voteLine(const QString& reviewer, core::Verdict verdict, const QString& reason, const QString& note)
{
    QString line = reviewer + QStringLiteral(": ") + verdictLabel(verdict);
    if (!reason.isEmpty())
        line += QStringLiteral(" (") + reason + QLatin1Char(')');
    if (!note.isEmpty())
        line += QStringLiteral(" — ") + note;
    return line;
}

QString highlightTerms(const QString& text,
                       const QStringList& inclusion,
                       const QStringList& exclusion,
                       const QPalette& palette)
{
    const QString includeColour = inclusionHighlight(palette).name();
    const QString excludeColour = exclusionHighlight(palette).name();
    QStringList all = inclusion + exclusion;
    std::sort(all.begin(), all.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList patterns;
    for (const QString& term : all)
        patterns << QRegularExpression::escape(term);
    if (patterns.isEmpty())
        return text.toHtmlEscaped();
    const QRegularExpression pattern(QStringLiteral("\\b(") + patterns.join(QLatin1Char('|')) + QStringLiteral(")\\b"),
                                     QRegularExpression::CaseInsensitiveOption);
    QString html;
    qsizetype last = 0;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        html += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString word = match.captured();
        const bool excluding = exclusion.contains(word, Qt::CaseInsensitive);
        html += QStringLiteral("<span style=\"background-color:%1\">%2</span>")
                    .arg(excluding ? excludeColour : includeColour, word.toHtmlEscaped());
        last = match.capturedEnd();
    }
    html += text.mid(last).toHtmlEscaped();
    return html;
}

} // namespace stemma::ui
