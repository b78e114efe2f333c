// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/PrismaCounts.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/db/StudyRepository.h"
#include "core/screening/ScreeningService.h"
#include "core/screening/ranking/StoppingProgress.h"

#include <algorithm>
#include <map>
#include <set>

namespace stemma::core::screening {
namespace {

struct StageData
{
    std::map<ReferenceId, std::vector<ScreeningDecision>> votes;
    std::map<ReferenceId, ScreeningResolution> resolutions;

    StageOutcome outcome(ReferenceId reference) const
    {
        const auto resolution = resolutions.find(reference);
        if (resolution != resolutions.end())
            return ScreeningService::combine({}, resolution->second);
        const auto found = votes.find(reference);
        return ScreeningService::combine(found == votes.end() ? std::vector<ScreeningDecision>{} : found->second,
                                         std::nullopt);
    }

    /** The reason an excluded reference was excluded for: the resolution's, else the first vote's. */
    QString reason(ReferenceId reference) const
    {
        const auto resolution = resolutions.find(reference);
        if (resolution != resolutions.end())
            return resolution->second.reason;
        const auto found = votes.find(reference);
        if (found == votes.end() || found->second.empty())
            return {};
        return found->second.front().reason;
    }
};

Result<StageData> loadStage(ReviewProject& project, ScreeningStage stage)
{
    StageData data;
    auto votes = project.screening().decisionsForStage(stage);
    if (!votes)
        return votes.error();
    for (auto& vote : *votes)
        data.votes[vote.reference].push_back(std::move(vote));
    auto resolutions = project.screening().resolutions(stage);
    if (!resolutions)
        return resolutions.error();
    for (auto& resolution : *resolutions)
        data.resolutions.emplace(resolution.reference, std::move(resolution));
    return data;
}

} // namespace

Result<PrismaCounts> PrismaCounts::compute(ReviewProject& project)
{
    PrismaCounts counts;
    auto batches = project.references().batches();
    if (!batches)
        return batches.error();
    for (const auto& batch : *batches) {
        const QString label = batch.sourceName.isEmpty() ? batch.fileName : batch.sourceName;
        auto existing = std::find_if(counts.identifiedBySource.begin(),
                                     counts.identifiedBySource.end(),
                                     [&label](const PrismaItem& item) { return item.label == label; });
        if (existing == counts.identifiedBySource.end()) {
            counts.identifiedBySource.push_back(PrismaItem{label, batch.recordsRead, batch.searchDate});
        } else {
            existing->count += batch.recordsRead;
            // A database searched again (an update search) shows every date it was searched.
            const QString date = batch.searchDate;
            if (!date.isEmpty() && !existing->searchDate.split(QStringLiteral(", ")).contains(date))
                existing->searchDate =
                    existing->searchDate.isEmpty() ? date : existing->searchDate + QStringLiteral(", ") + date;
        }
        counts.identified += batch.recordsRead;
    }

    // Only ids are needed: walking live references keeps memory flat on large projects.
    std::vector<ReferenceId> live;
    STEMMA_TRY(project.references().forEach({}, [&live](const Reference& reference) {
        live.push_back(reference.id);
        return true;
    }));
    auto all = project.references().count(true);
    if (!all)
        return all.error();
    counts.screened = static_cast<int>(live.size());
    counts.duplicatesRemoved = *all - counts.screened;

    auto titleAbstract = loadStage(project, ScreeningStage::TitleAbstract);
    if (!titleAbstract)
        return titleAbstract.error();
    auto fullText = loadStage(project, ScreeningStage::FullText);
    if (!fullText)
        return fullText.error();

    // A team that stopped title/abstract screening by the stopping criterion leaves the records
    // nobody screened to the ranking: PRISMA 2020 counts them as marked ineligible by automation tools.
    auto stopped = ranking::PrioritisedScreening(project).isStopped(ScreeningStage::TitleAbstract);
    if (!stopped)
        return stopped.error();

    std::map<QString, int> reasons;
    std::set<StudyId> studies;
    for (ReferenceId reference : live) {
        const StageOutcome first = titleAbstract->outcome(reference);
        if (first == StageOutcome::Exclude) {
            ++counts.excludedTitleAbstract;
            continue;
        }
        if (first == StageOutcome::Unscreened && *stopped) {
            ++counts.markedIneligibleByAutomation;
            continue;
        }
        if (first != StageOutcome::Include && first != StageOutcome::Maybe) {
            ++counts.awaitingTitleAbstract;
            continue;
        }
        ++counts.soughtForRetrieval;
        const StageOutcome second = fullText->outcome(reference);
        if (second == StageOutcome::Exclude) {
            const QString reason = fullText->reason(reference);
            if (reason.compare(ScreeningService::notRetrievableReason(), Qt::CaseInsensitive) == 0) {
                ++counts.notRetrieved;
                continue;
            }
            ++reasons[reason.isEmpty() ? QStringLiteral("No reason given") : reason];
            ++counts.excludedFullText;
        } else if (second == StageOutcome::Include) {
            ++counts.reportsIncluded;
            auto linked = project.studies().studiesForReference(reference);
            if (!linked)
                return linked.error();
            if (linked->empty())
                ++counts.studiesIncluded;
            studies.insert(linked->begin(), linked->end());
        } else {
            ++counts.awaitingFullText;
        }
    }
    counts.screened -= counts.markedIneligibleByAutomation;
    counts.assessed = counts.soughtForRetrieval - counts.notRetrieved;
    counts.studiesIncluded += static_cast<int>(studies.size());
    for (const auto& [label, count] : reasons)
        counts.excludedByReason.push_back(PrismaItem{label, count});
    std::stable_sort(counts.excludedByReason.begin(),
                     counts.excludedByReason.end(),
                     [](const PrismaItem& a, const PrismaItem& b) { return a.count > b.count; });
    return counts;
}

} // namespace stemma::core::screening
