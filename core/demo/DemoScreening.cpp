// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoScreening.h"

#include "core/ReviewProject.h"
#include "core/db/ReviewerRepository.h"
#include "core/screening/ScreeningService.h"

namespace stemma::core::demo {
namespace {

bool isPrimaryResearch(StudyDesign design)
{
    return design != StudyDesign::Review && design != StudyDesign::MetaAnalysis;
}

} // namespace

Result<void> screenDemoReferences(ReviewProject& project, const std::vector<DemoScreeningItem>& references)
{
    auto reviewerA = project.reviewers().findOrCreate(QString::fromLatin1(DEMO_REVIEWER_A));
    if (!reviewerA)
        return reviewerA.error();
    auto reviewerB = project.reviewers().findOrCreate(QString::fromLatin1(DEMO_REVIEWER_B));
    if (!reviewerB)
        return reviewerB.error();
    screening::ScreeningService service(project);
    const auto vote = [&service](ReferenceId reference,
                                 ReviewerId reviewer,
                                 ScreeningStage stage,
                                 Verdict verdict,
                                 const QString& reason = {}) -> Result<void> {
        ScreeningDecision decision;
        decision.reference = reference;
        decision.reviewer = reviewer;
        decision.stage = stage;
        decision.verdict = verdict;
        decision.reason = reason;
        auto recorded = service.record(decision);
        if (!recorded)
            return recorded.error();
        return {};
    };

    const QString notPrimary = QStringLiteral("Not primary research");
    bool settledOne = false;
    bool leftOneOpen = false;
    for (const DemoScreeningItem& item : references) {
        const ReferenceId reference = item.reference;
        const StudyDesign design = item.design;
        const auto titleAbstract = ScreeningStage::TitleAbstract;
        if (!isPrimaryResearch(design)) {
            STEMMA_TRY(vote(reference, *reviewerA, titleAbstract, Verdict::Exclude, notPrimary));
            STEMMA_TRY(vote(reference, *reviewerB, titleAbstract, Verdict::Exclude, notPrimary));
            continue;
        }
        if (item.excludedAt) {
            // Both reviewers agree: excluded at its stage, after inclusion at title/abstract.
            if (*item.excludedAt == ScreeningStage::FullText) {
                STEMMA_TRY(vote(reference, *reviewerA, titleAbstract, Verdict::Include));
                STEMMA_TRY(vote(reference, *reviewerB, titleAbstract, Verdict::Include));
            }
            STEMMA_TRY(vote(reference, *reviewerA, *item.excludedAt, Verdict::Exclude, item.reason));
            STEMMA_TRY(vote(reference, *reviewerB, *item.excludedAt, Verdict::Exclude, item.reason));
            continue;
        }
        STEMMA_TRY(vote(reference, *reviewerA, titleAbstract, Verdict::Include));
        if (!settledOne && design == StudyDesign::CaseSeries) {
            // Unsure from the abstract; the two agree on inclusion when they meet.
            STEMMA_TRY(vote(reference, *reviewerB, titleAbstract, Verdict::Maybe));
            ScreeningResolution resolution;
            resolution.reference = reference;
            resolution.stage = titleAbstract;
            resolution.verdict = Verdict::Include;
            resolution.method = QStringLiteral("consensus");
            resolution.resolvedBy = *reviewerA;
            auto resolved = service.resolve(resolution);
            if (!resolved)
                return resolved.error();
            settledOne = true;
        } else if (!leftOneOpen && design == StudyDesign::NonRandomisedTrial) {
            STEMMA_TRY(
                vote(reference, *reviewerB, titleAbstract, Verdict::Exclude, QStringLiteral("Wrong intervention")));
            leftOneOpen = true;
            continue;
        } else {
            STEMMA_TRY(vote(reference, *reviewerB, titleAbstract, Verdict::Include));
        }
        STEMMA_TRY(vote(reference, *reviewerA, ScreeningStage::FullText, Verdict::Include));
        STEMMA_TRY(vote(reference, *reviewerB, ScreeningStage::FullText, Verdict::Include));
    }
    return {};
}

} // namespace stemma::core::demo
