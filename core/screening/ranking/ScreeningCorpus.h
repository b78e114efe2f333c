// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Ids.h"
#include "core/domain/Screening.h"
#include "core/screening/ranking/RelevanceModel.h"
#include "core/screening/ranking/RelevanceScores.h"
#include "core/screening/ranking/TextFeatures.h"

#include <memory>
#include <unordered_map>
#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::screening::ranking {

/** The labelled records a model learns from, as rows of a ScreeningCorpus. */
struct TrainingLabels
{
    std::vector<std::size_t> rows;
    std::vector<bool> included;

    bool canTrain() const;
};

/**
 * The records to screen at one stage with their TF-IDF features, built once and then only
 * read: training and scoring may run on another thread while the screen keeps its own data.
 */
class ScreeningCorpus
{
public:
    /** Reads the stage's candidates (title, abstract, keywords) and builds their features. */
    static Result<std::shared_ptr<const ScreeningCorpus>> load(ReviewProject& project, ScreeningStage stage);
    /** A corpus of given texts, for tests and benchmarks. */
    static std::shared_ptr<const ScreeningCorpus> fromTexts(std::vector<ReferenceId> references,
                                                            const std::vector<QString>& texts);

    /**
     * The labels that train \a reviewer's model: in blind mode only that reviewer's own votes, so
     * no reviewer's ranking leaks another's decisions; otherwise the stage outcome of every
     * reference (resolution, or agreeing votes). Include and maybe count as relevant; conflicts
     * and unscreened records do not train.
     */
    Result<TrainingLabels> labels(ReviewProject& project, ScreeningStage stage, ReviewerId reviewer) const;

    /** Trains on \a labels and scores every record; fails when there is no include or no exclude yet. */
    Result<std::shared_ptr<const RelevanceScores>> rank(const TrainingLabels& labels,
                                                        const RelevanceModelOptions& options = {}) const;

    const TextFeatures& features() const { return m_features; }
    const std::vector<ReferenceId>& references() const { return m_references; }
    std::size_t size() const { return m_references.size(); }

private:
    std::vector<ReferenceId> m_references;
    std::unordered_map<ReferenceId, std::size_t> m_rowOf;
    TextFeatures m_features;
};

} // namespace stemma::core::screening::ranking
