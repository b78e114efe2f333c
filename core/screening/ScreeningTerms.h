// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QStringList>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::screening {

/**
 * The lists a project screens with: exclusion reasons (picked with 1–9) and the inclusion and
 * exclusion terms highlighted in titles and abstracts. A project that never set a list gets
 * the defaults for MSC and HSCT in systemic sclerosis.
 */
class ScreeningTerms
{
public:
    /** Settings keys of the highlight terms, stored as one term per line. */
    static QString inclusionKey();
    static QString exclusionKey();

    static QStringList defaultReasons();
    static QStringList defaultInclusionTerms();
    static QStringList defaultExclusionTerms();
    /** Splits typed text at new lines and semicolons, trims and drops empty terms. */
    static QStringList splitTerms(const QString& text);

    explicit ScreeningTerms(ReviewProject& project);

    /** The project's exclusion reasons, or the defaults while it has none. */
    Result<QStringList> reasons();
    /**
     * Makes the project's reason list exactly \a labels, in that order: reasons not named are
     * removed, new ones added. Votes keep the reason text they were cast with. Empty or
     * repeated labels are an InvalidArgument error and nothing changes.
     */
    Result<void> setReasons(const QStringList& labels);

    Result<QStringList> inclusionTerms();
    Result<QStringList> exclusionTerms();
    /** Stores the terms (trimmed, empty ones dropped); an empty list highlights nothing. */
    Result<void> setInclusionTerms(const QStringList& terms);
    Result<void> setExclusionTerms(const QStringList& terms);

private:
    Result<QStringList> terms(const QString& key, const QStringList& fallback);
    Result<void> setTerms(const QString& key, const QStringList& terms);

    ReviewProject& m_project;
};

} // namespace stemma::core::screening
