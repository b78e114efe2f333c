// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stemma::core::dedupe {

/**
 * The parts of a reference that duplicate detection compares, already reduced to a form where
 * case, accents, punctuation and spacing no longer matter.
 */
struct Fingerprint
{
    ReferenceId id;
    QString title;     ///< lower case letters and digits only, no spaces: "autologoushematopoietic…"
    QStringList words; ///< the title's words without stop words, for blocking
    std::optional<int> year;
    QString firstAuthor; ///< family name, reduced the same way
    QString journal;
    QString firstPage;
    QString doi;
    QString pmid;
};

/** Lower case, accents removed, everything but letters and digits turned into spaces, collapsed. */
QString simplifyText(const QString& text);

/** Builds a fingerprint from the raw fields. */
Fingerprint makeFingerprint(ReferenceId id,
                            const QString& title,
                            std::optional<int> year,
                            const QString& firstAuthor,
                            const QString& journal,
                            const QString& pages,
                            const QString& doi,
                            const QString& pmid);

} // namespace stemma::core::dedupe
