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
/**
 * The publication types to write, with "Conference Abstract" or "Preprint" added when the kind of
 * work is one of those and no label says so: BibTeX, CSL and EndNote have no entry type for them,
 * and their readers (Stemma's among them) recognise them from such a label.
 */
QStringList typesOfWork(const Reference& reference);
/** The abstract's paragraphs (separated by blank lines in Stemma). */
QStringList paragraphs(const QString& abstract);
/** Words of \a text on lines of at most \a width characters. */
QStringList wrapped(const QString& text, int width);

} // namespace stemma::core::exports::support
