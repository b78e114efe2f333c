// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <utility>
#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::screening {

/** A labelled count in a PRISMA box: a database with its records, a reason with its reports. */
struct PrismaItem
{
    QString label;
    int count = 0;
    QString searchDate = {}; ///< for a database: when it was searched ("2024-03-04"; several joined by ", ")

    friend bool operator==(const PrismaItem&, const PrismaItem&) = default;
};

/**
 * The numbers of a PRISMA 2020 flow diagram (new reviews, databases and registers only),
 * computed from the project rather than typed in, so the diagram cannot drift from the data.
 */
struct PrismaCounts
{
    std::vector<PrismaItem> identifiedBySource; ///< records read per source, in import order
    int identified = 0;                         ///< sum of identifiedBySource
    int duplicatesRemoved = 0;                  ///< references merged into another
    /// Records left unscreened at title/abstract when the team stopped by the stopping criterion
    /// of prioritised screening (see docs/screening.md); 0 otherwise. Not counted in `screened`.
    int markedIneligibleByAutomation = 0;
    /// Records removed before screening for a reason other than duplication; Stemma removes only
    /// duplicates (every other record is screened), so always 0 for now.
    int removedForOtherReasons = 0;
    int screened = 0; ///< references left after duplicates were removed
    int excludedTitleAbstract = 0;
    int awaitingTitleAbstract = 0;            ///< not yet screened, or in conflict
    int soughtForRetrieval = 0;               ///< included or "maybe" at title/abstract
    int notRetrieved = 0;                     ///< excluded at full text as not retrievable
    int assessed = 0;                         ///< sought minus not retrieved
    int excludedFullText = 0;                 ///< sum of excludedByReason
    std::vector<PrismaItem> excludedByReason; ///< full-text exclusions per reason, most frequent first
    int awaitingFullText = 0;                 ///< assessed but not yet decided, or in conflict
    int reportsIncluded = 0;                  ///< references included at full text
    int studiesIncluded = 0; ///< distinct studies of the included reports; a report with no study counts as one

    /** Computes every box from the project's import batches, merges, votes, resolutions and studies. */
    static Result<PrismaCounts> compute(ReviewProject& project);
};

} // namespace stemma::core::screening
