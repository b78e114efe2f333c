// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"
#include "core/domain/Screening.h"
#include "core/screening/ScreeningService.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::exports {

/** Where a reference stands at one stage, with the reasons and notes reviewers gave. */
struct StageSummary
{
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    screening::StageOutcome outcome = screening::StageOutcome::Unscreened;
    QStringList reasons; ///< exclusion reasons: the resolution's, else every voter's, each once
    QStringList notes;   ///< "Reviewer: note", votes first then the resolution
};

/** The screening of one reference as an export carries it: one entry per stage that was screened. */
struct ScreeningSummary
{
    std::vector<StageSummary> stages;

    bool isEmpty() const { return stages.empty(); }
    const StageSummary* stage(ScreeningStage stage) const;
    /**
     * One line per stage and note, for a note field the receiving tool keeps:
     * "Stemma screening, full text: excluded (Wrong population)", "Stemma note, full text: Ana: no MSC arm".
     */
    QStringList lines() const;
};

/** "included", "excluded", "maybe", "conflict", "not screened". */
QString outcomeText(screening::StageOutcome outcome);

/**
 * The screening of every reference in a project, read with a few queries rather than several per
 * reference, so exporting 100,000 references stays quick.
 */
class ScreeningSummaries
{
public:
    static Result<ScreeningSummaries> load(ReviewProject& project);
    /** The summary of \a reference; empty when nobody screened it. */
    ScreeningSummary of(ReferenceId reference) const { return m_summaries.value(reference.value); }

private:
    QHash<qint64, ScreeningSummary> m_summaries;
};

} // namespace stemma::core::exports
