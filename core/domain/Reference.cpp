// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Reference.h"

#include "core/domain/EnumText.h"

#include <QRegularExpression>

namespace stemma::core {
namespace {

constexpr EnumText<PublicationType, 11> TYPE_NAMES{{{
    {PublicationType::JournalArticle, "journal-article"},
    {PublicationType::ConferencePaper, "conference-paper"},
    {PublicationType::ConferenceAbstract, "conference-abstract"},
    {PublicationType::Book, "book"},
    {PublicationType::BookChapter, "book-chapter"},
    {PublicationType::Thesis, "thesis"},
    {PublicationType::Report, "report"},
    {PublicationType::WebPage, "web-page"},
    {PublicationType::Preprint, "preprint"},
    {PublicationType::Dataset, "dataset"},
    {PublicationType::Other, "other"},
}}};

} // namespace

QString Author::shortName() const
{
    if (isCollective())
        return collective;
    QString initials;
    for (const QString& part : given.split(QRegularExpression(QStringLiteral("[\\s.-]+")), Qt::SkipEmptyParts))
        initials += part.front().toUpper();
    return initials.isEmpty() ? family : family + QLatin1Char(' ') + initials;
}

QString toString(PublicationType type)
{
    return TYPE_NAMES.toString(type);
}

PublicationType publicationTypeFromString(const QString& text)
{
    return TYPE_NAMES.fromString(text).value_or(PublicationType::Other);
}

} // namespace stemma::core
