// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"
#include "core/domain/Study.h"

#include <utility>
#include <vector>

namespace stemma::core {
class ReviewProject;
} // namespace stemma::core

namespace stemma::core::demo {

/** The demo's two illustrative reviewers. */
inline constexpr const char* DEMO_REVIEWER_A = "Reviewer A";
inline constexpr const char* DEMO_REVIEWER_B = "Reviewer B";

/**
 * Screens the demo's references the way two reviewers might, so the Screening part, agreement
 * and the PRISMA diagram have something to show. The votes are illustrative, derived from each
 * study's design, not facts about the studies: reviews and meta-analyses are excluded as not
 * primary research, primary studies included at both stages; one disagreement is settled by
 * consensus and one left open for the Conflicts tab.
 */
Result<void> screenDemoReferences(ReviewProject& project,
                                  const std::vector<std::pair<ReferenceId, StudyDesign>>& references);

} // namespace stemma::core::demo
