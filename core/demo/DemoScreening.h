// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"
#include "core/domain/Screening.h"
#include "core/domain/Study.h"

#include <QString>

#include <optional>
#include <vector>

namespace stemma::core {
class ReviewProject;
} // namespace stemma::core

namespace stemma::core::demo {

/** The demo's two illustrative reviewers. */
inline constexpr const char* DEMO_REVIEWER_A = "Reviewer A";
inline constexpr const char* DEMO_REVIEWER_B = "Reviewer B";

/** One demo reference to screen, with the exclusion the demo data gives it, if any. */
struct DemoScreeningItem
{
    ReferenceId reference;
    StudyDesign design = StudyDesign::Unknown;
    std::optional<ScreeningStage> excludedAt; ///< the stage the demo excludes it at
    QString reason;                           ///< the exclusion reason at that stage
};

/**
 * Screens the demo's references the way two reviewers might, so the Screening part, agreement
 * and the PRISMA diagram have something to show. The votes are illustrative, not facts about the
 * studies: reviews and meta-analyses are excluded as not primary research, references the demo
 * data marks are excluded at their stage with their reason, the rest included at both stages;
 * one disagreement is settled by consensus and one left open for the Conflicts tab.
 */
Result<void> screenDemoReferences(ReviewProject& project, const std::vector<DemoScreeningItem>& references);

} // namespace stemma::core::demo
