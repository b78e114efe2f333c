// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"

#include <QString>
#include <QStringList>

namespace stemma::core::exports::support {

/** "van Laar, Jacob M" (family, given), or a collective's name as it is. */
QString invertedName(const Author& author);
/** The first and last page of "2490-8" / "e123"; the last is empty for a single page. */
QString firstPage(const QString& pages);
QString lastPage(const QString& pages);
/**
 * Keywords as one field: joined with "; " when any holds a comma ("Stem Cells, Mesenchymal"),
 * else with ", ", ending with ";" when a lone keyword holds a comma, so readers that split on
 * ";" when there is one, else on ",", get the same list back.
 */
QString joinedKeywords(const QStringList& keywords);
/** Splits what joinedKeywords() writes (and what Zotero and JabRef write) back into keywords. */
QStringList splitKeywords(const QString& text);
/** The abstract's paragraphs (separated by blank lines in Stemma). */
QStringList paragraphs(const QString& abstract);
/** Words of \a text on lines of at most \a width characters. */
QStringList wrapped(const QString& text, int width);

} // namespace stemma::core::exports::support
