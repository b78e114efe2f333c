// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Screening.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace stemma::core::db {

class Database;

/**
 * Stores screening votes, the resolutions of disagreements and the project's list of exclusion
 * reasons. Votes and resolutions live in separate tables so settling a conflict never rewrites
 * what each reviewer said.
 */
class ScreeningRepository
{
public:
    explicit ScreeningRepository(Database& database);

    /**
     * Records a reviewer's vote, replacing their earlier vote on the same reference and stage.
     * Returns the id of the stored row (the same id when a vote is replaced). A missing
     * reference or reviewer is a Constraint error; an invalid decidedAt means "now".
     */
    Result<DecisionId> recordDecision(const ScreeningDecision& decision);
    /** Every reviewer's vote on one reference at one stage, in reviewer order. */
    Result<std::vector<ScreeningDecision>> decisions(ReferenceId reference, ScreeningStage stage);
    /** Every vote at a stage, by reference then reviewer. */
    Result<std::vector<ScreeningDecision>> decisionsForStage(ScreeningStage stage);
    Result<void> removeDecision(DecisionId id);

    /** Stores how a reference was settled at a stage, replacing an earlier resolution. */
    Result<DecisionId> resolve(const ScreeningResolution& resolution);
    /** The resolution of a reference at a stage, if it has one. */
    Result<std::optional<ScreeningResolution>> resolution(ReferenceId reference, ScreeningStage stage);
    /** Every resolution at a stage, by reference. */
    Result<std::vector<ScreeningResolution>> resolutions(ScreeningStage stage);
    Result<void> removeResolution(ReferenceId reference, ScreeningStage stage);

    /** The exclusion reasons reviewers pick from, in display order. */
    Result<QStringList> exclusionReasons();
    /** Adds a reason at the end of the list; a label already there is a Constraint error. */
    Result<void> addExclusionReason(const QString& label);
    Result<void> removeExclusionReason(const QString& label);
    /** Puts the reasons in the order of \a labels, which must name each existing reason once. */
    Result<void> reorderExclusionReasons(const QStringList& labels);

private:
    Database& m_database;
};

} // namespace stemma::core::db
