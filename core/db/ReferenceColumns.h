// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/Statement.h"
#include "core/domain/Reference.h"

namespace stemma::core::db {

/** The INSERT both the repository and the bulk writer use, so their columns cannot drift apart. */
inline constexpr const char* INSERT_REFERENCE_SQL =
    "INSERT INTO reference (title, year, journal, volume, issue, pages, doi, pmid, abstract, keywords, type, "
    "language, url, grey_literature, not_found, publication_types, merged_into, added_at) VALUES (:title, :year, "
    ":journal, :volume, "
    ":issue, :pages, :doi, :pmid, :abstract, :keywords, :type, :language, :url, :grey_literature, :not_found, "
    ":publication_types, :merged_into, :added_at)";

/** Binds every stored field of \a reference except id and added_at to its named parameter. */
inline void bindReferenceColumns(Statement& statement, const Reference& reference)
{
    statement.bind(":title", reference.title)
        .bind(":year", reference.year)
        .bindText(":journal", reference.journal)
        .bindText(":volume", reference.volume)
        .bindText(":issue", reference.issue)
        .bindText(":pages", reference.pages)
        .bindText(":doi", reference.doi)
        .bindText(":pmid", reference.pmid)
        .bindText(":abstract", reference.abstract)
        .bindText(":keywords", reference.keywords.join(QLatin1Char('\n')))
        .bind(":type", toString(reference.type))
        .bindText(":language", reference.language)
        .bindText(":url", reference.url)
        .bind(":grey_literature", reference.greyLiterature ? 1 : 0)
        .bindText(":not_found", reference.notFound.join(QLatin1Char('\n')))
        .bindText(":publication_types", reference.publicationTypes.join(QLatin1Char('\n')));
    if (reference.mergedInto.isValid())
        statement.bind(":merged_into", reference.mergedInto.value);
    else
        statement.bindNull(":merged_into");
}

} // namespace stemma::core::db
