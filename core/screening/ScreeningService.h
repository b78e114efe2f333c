// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Screening.h"

#include <optional>
#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::screening {

/** A reference on which reviewers voted differently at a stage and nobody has settled it yet. */
struct ScreeningConflict
{
    ReferenceId reference;
    std::vector<ScreeningDecision> decisions;
};

/** Where a reference stands at one stage once votes and any resolution are taken together. */
enum class StageOutcome {
    Unscreened, ///< nobody voted
    Include,
    Exclude,
    Maybe,
    Conflict, ///< votes differ and there is no resolution
};

/**
 * The rules of screening on top of the repositories: who may vote on what, the audit trail,
 * blind mode and conflicts. Each write and its audit entry land in one transaction.
 */
class ScreeningOrder;

class ScreeningService
{
public:
    /** The exclusion reason that counts a report as "not retrieved" in the PRISMA diagram. */
    static QString notRetrievableReason();

    explicit ScreeningService(ReviewProject& project);

    /**
     * Records \a decision (replacing the reviewer's earlier vote). Full-text votes need the
     * reference to have passed title/abstract screening; exclusions need a reason. The audit
     * entry names the reviewer. Returns the stored id.
     */
    Result<DecisionId> record(const ScreeningDecision& decision);
    /** Takes back a reviewer's vote (the undo key); removing a vote that is not there is not an error. */
    Result<void> withdraw(ReferenceId reference, ReviewerId reviewer, ScreeningStage stage);
    /** Settles a reference at a stage; the votes stay as they were. Exclusions need a reason. */
    Result<DecisionId> resolve(const ScreeningResolution& resolution);

    /** The outcome of \a reference at \a stage: the resolution when there is one, else the votes. */
    Result<StageOutcome> outcome(ReferenceId reference, ScreeningStage stage);
    /** True when the reference was included or marked "maybe" at title/abstract. */
    Result<bool> eligibleForFullText(ReferenceId reference);

    /**
     * The references to screen at \a stage in the plain order (by id): every live (unmerged)
     * reference at title/abstract, those included or marked "maybe" there at full text.
     */
    Result<std::vector<ReferenceId>> candidates(ScreeningStage stage);
    /** The same references, arranged by \a order. */
    Result<std::vector<ReferenceId>> candidates(ScreeningStage stage, const ScreeningOrder& order);

    /** References at \a stage whose votes differ and that have no resolution, by reference id. */
    Result<std::vector<ScreeningConflict>> conflicts(ScreeningStage stage);

    /** Whether reviewers screen blind at \a stage (a project setting, off by default). */
    Result<bool> isBlind(ScreeningStage stage);
    Result<void> setBlind(ScreeningStage stage, bool blind);
    /**
     * The votes \a viewer may see on a reference: all of them, or only the viewer's own while
     * the stage is blind.
     */
    Result<std::vector<ScreeningDecision>> visibleDecisions(ReferenceId reference,
                                                            ScreeningStage stage,
                                                            ReviewerId viewer);

    /** Combines votes and an optional resolution the way outcome() does, without touching the project. */
    static StageOutcome combine(const std::vector<ScreeningDecision>& votes,
                                const std::optional<ScreeningResolution>& resolution);

private:
    Result<QString> reviewerName(ReviewerId id);
    /** The references that may be screened at \a stage, in no promised order. */
    Result<std::vector<ReferenceId>> eligibleCandidates(ScreeningStage stage);

    ReviewProject& m_project;
};

} // namespace stemma::core::screening
