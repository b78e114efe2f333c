// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ScreeningTerms.h"

#include "core/ReviewProject.h"
#include "core/db/ScreeningRepository.h"
#include "core/db/SettingsRepository.h"
#include "core/db/TransactionGuard.h"
#include "core/screening/ScreeningService.h"

#include <QRegularExpression>
#include <QSet>

namespace stemma::core::screening {

QString ScreeningTerms::inclusionKey()
{
    return QStringLiteral("screening.highlight.include");
}

QString ScreeningTerms::exclusionKey()
{
    return QStringLiteral("screening.highlight.exclude");
}

QStringList ScreeningTerms::defaultReasons()
{
    return {QStringLiteral("Wrong population"),
            QStringLiteral("Wrong intervention"),
            QStringLiteral("Wrong comparator"),
            QStringLiteral("Wrong outcome"),
            QStringLiteral("Wrong study design"),
            QStringLiteral("Review or editorial"),
            QStringLiteral("Animal or in vitro"),
            QStringLiteral("Duplicate"),
            ScreeningService::notRetrievableReason()};
}

QStringList ScreeningTerms::defaultInclusionTerms()
{
    return {QStringLiteral("mesenchymal"),
            QStringLiteral("MSC"),
            QStringLiteral("MSCs"),
            QStringLiteral("stromal"),
            QStringLiteral("stem cell"),
            QStringLiteral("stem cells"),
            QStringLiteral("HSCT"),
            QStringLiteral("haematopoietic"),
            QStringLiteral("hematopoietic"),
            QStringLiteral("transplantation"),
            QStringLiteral("systemic sclerosis"),
            QStringLiteral("scleroderma"),
            QStringLiteral("SSc")};
}

QStringList ScreeningTerms::defaultExclusionTerms()
{
    // Words that point away from MSC or HSCT in systemic sclerosis: animal and laboratory work,
    // opinion pieces, and other diseases. Case reports and reviews are not on the list: this
    // review includes case reports, and "review" also occurs in primary studies' abstracts; nor is
    // "in vitro", since MSC are expanded in vitro before they are given.
    return {QStringLiteral("mice"),
            QStringLiteral("mouse"),
            QStringLiteral("murine"),
            QStringLiteral("rat"),
            QStringLiteral("rats"),
            QStringLiteral("animal model"),
            QStringLiteral("editorial"),
            QStringLiteral("commentary"),
            QStringLiteral("localized scleroderma"),
            QStringLiteral("morphea"),
            QStringLiteral("lupus"),
            QStringLiteral("rheumatoid arthritis"),
            QStringLiteral("multiple sclerosis"),
            QStringLiteral("Crohn"),
            QStringLiteral("type 1 diabetes"),
            QStringLiteral("graft-versus-host")};
}

QStringList ScreeningTerms::splitTerms(const QString& text)
{
    static const QRegularExpression separator(QStringLiteral("[;\\n]"));
    QStringList terms;
    for (const QString& term : text.split(separator, Qt::SkipEmptyParts)) {
        if (!term.trimmed().isEmpty())
            terms << term.trimmed();
    }
    return terms;
}

ScreeningTerms::ScreeningTerms(ReviewProject& project)
    : m_project(project)
{
}

Result<QStringList> ScreeningTerms::reasons()
{
    auto stored = m_project.screening().exclusionReasons();
    if (!stored)
        return stored.error();
    return stored->isEmpty() ? defaultReasons() : *stored;
}

Result<void> ScreeningTerms::setReasons(const QStringList& labels)
{
    QStringList wanted;
    QSet<QString> seen;
    for (const QString& label : labels) {
        const QString trimmed = label.trimmed();
        if (trimmed.isEmpty())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("an exclusion reason cannot be empty"));
        if (seen.contains(trimmed))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the exclusion reason \"%1\" is listed twice").arg(trimmed));
        seen.insert(trimmed);
        wanted << trimmed;
    }
    auto current = m_project.screening().exclusionReasons();
    if (!current)
        return current.error();
    db::TransactionGuard transaction(m_project.database());
    for (const QString& label : *current) {
        if (!seen.contains(label))
            STEMMA_TRY(m_project.screening().removeExclusionReason(label));
    }
    for (const QString& label : wanted) {
        if (!current->contains(label))
            STEMMA_TRY(m_project.screening().addExclusionReason(label));
    }
    STEMMA_TRY(m_project.screening().reorderExclusionReasons(wanted));
    return transaction.commit();
}

Result<QStringList> ScreeningTerms::inclusionTerms()
{
    return terms(inclusionKey(), defaultInclusionTerms());
}

Result<QStringList> ScreeningTerms::exclusionTerms()
{
    return terms(exclusionKey(), defaultExclusionTerms());
}

Result<void> ScreeningTerms::setInclusionTerms(const QStringList& terms)
{
    return setTerms(inclusionKey(), terms);
}

Result<void> ScreeningTerms::setExclusionTerms(const QStringList& terms)
{
    return setTerms(exclusionKey(), terms);
}

Result<QStringList> ScreeningTerms::terms(const QString& key, const QStringList& fallback)
{
    auto stored = m_project.settings().get(key);
    if (!stored)
        return stored.error();
    if (!*stored)
        return fallback;
    return splitTerms(**stored);
}

Result<void> ScreeningTerms::setTerms(const QString& key, const QStringList& terms)
{
    // Stored even when empty, so a reviewer can switch highlighting off instead of getting the defaults back.
    return m_project.settings().set(key, splitTerms(terms.join(QLatin1Char('\n'))).join(QLatin1Char('\n')));
}

} // namespace stemma::core::screening
