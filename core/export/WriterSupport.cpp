// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/WriterSupport.h"

#include <QRegularExpression>

namespace stemma::core::exports::support {
namespace {

/** Where "12-20" splits: the first dash of any kind. */
qsizetype dashAt(const QString& pages)
{
    static const QRegularExpression dash(QStringLiteral("[-\\x{2010}-\\x{2015}]"));
    const auto match = dash.match(pages);
    return match.hasMatch() ? match.capturedStart() : -1;
}

} // namespace

QString invertedName(const Author& author)
{
    if (author.isCollective())
        return author.collective;
    if (author.given.isEmpty())
        return author.family;
    return author.family + QStringLiteral(", ") + author.given;
}

QString firstPage(const QString& pages)
{
    const qsizetype dash = dashAt(pages);
    return (dash < 0 ? pages : pages.left(dash)).trimmed();
}

QString lastPage(const QString& pages)
{
    const qsizetype dash = dashAt(pages);
    return dash < 0 ? QString() : pages.mid(dash + 1).trimmed();
}

QString joinedKeywords(const QStringList& keywords)
{
    bool comma = false;
    for (const QString& keyword : keywords)
        comma = comma || keyword.contains(QLatin1Char(','));
    if (!comma)
        return keywords.join(QStringLiteral(", "));
    QString joined = keywords.join(QStringLiteral("; "));
    if (keywords.size() == 1)
        joined += QLatin1Char(';');
    return joined;
}

QStringList typesOfWork(const Reference& reference)
{
    QStringList types = reference.publicationTypes;
    const QString all = types.join(QLatin1Char(' '));
    if (reference.type == PublicationType::ConferenceAbstract &&
        !all.contains(QLatin1String("abstract"), Qt::CaseInsensitive))
        types.prepend(QStringLiteral("Conference Abstract"));
    if (reference.type == PublicationType::Preprint && !all.contains(QLatin1String("preprint"), Qt::CaseInsensitive))
        types.prepend(QStringLiteral("Preprint"));
    return types;
}

QStringList paragraphs(const QString& abstract)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    QStringList out;
    for (const QString& paragraph : abstract.split(blankLine))
        if (const QString text = paragraph.simplified(); !text.isEmpty())
            out << text;
    return out;
}

QStringList wrapped(const QString& text, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace stemma::core::exports::support
