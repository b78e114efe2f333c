// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/ScreeningCorpus.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/ScreeningRepository.h"
#include "core/screening/ScreeningService.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_set>

namespace stemma::core::screening::ranking {

bool TrainingLabels::canTrain() const
{
    const auto includes = std::count(included.begin(), included.end(), true);
    return includes > 0 && includes < static_cast<std::ptrdiff_t>(included.size());
}

std::shared_ptr<const ScreeningCorpus> ScreeningCorpus::fromTexts(std::vector<ReferenceId> references,
                                                                  const std::vector<QString>& texts)
{
    auto corpus = std::make_shared<ScreeningCorpus>();
    corpus->m_references = std::move(references);
    for (std::size_t i = 0; i < corpus->m_references.size(); ++i)
        corpus->m_rowOf.emplace(corpus->m_references[i], i);
    corpus->m_features = TextFeatures::build(texts);
    return corpus;
}

Result<std::shared_ptr<const ScreeningCorpus>> ScreeningCorpus::load(ReviewProject& project, ScreeningStage stage)
{
    auto candidates = ScreeningService(project).candidates(stage);
    if (!candidates)
        return candidates.error();
    const std::unordered_set<ReferenceId> wanted(candidates->begin(), candidates->end());
    std::vector<ReferenceId> references;
    std::vector<QString> texts;
    references.reserve(wanted.size());
    texts.reserve(wanted.size());
    STEMMA_TRY(project.references().forEach({}, [&](const Reference& reference) {
        if (wanted.count(reference.id)) {
            references.push_back(reference.id);
            texts.push_back(reference.title + QLatin1Char(' ') + reference.abstract + QLatin1Char(' ') +
                            reference.keywords.join(QLatin1Char(' ')));
        }
        return true;
    }));
    return fromTexts(std::move(references), texts);
}

Result<TrainingLabels> ScreeningCorpus::labels(ReviewProject& project, ScreeningStage stage, ReviewerId reviewer) const
{
    ScreeningService service(project);
    auto blind = service.isBlind(stage);
    if (!blind)
        return blind.error();
    auto votes = project.screening().decisionsForStage(stage);
    if (!votes)
        return votes.error();
    std::map<ReferenceId, std::vector<ScreeningDecision>> byReference;
    for (auto& vote : *votes) {
        if (!*blind || vote.reviewer == reviewer)
            byReference[vote.reference].push_back(std::move(vote));
    }
    std::map<ReferenceId, ScreeningResolution> resolved;
    if (!*blind) {
        auto resolutions = project.screening().resolutions(stage);
        if (!resolutions)
            return resolutions.error();
        for (auto& resolution : *resolutions)
            resolved.emplace(resolution.reference, std::move(resolution));
    }
    // Only the screened references, so the cost follows the decisions, not the size of the project.
    std::map<std::size_t, bool> byRow;
    const auto add = [&](ReferenceId id, StageOutcome outcome) {
        const auto row = m_rowOf.find(id);
        if (row == m_rowOf.end() || outcome == StageOutcome::Unscreened || outcome == StageOutcome::Conflict)
            return;
        byRow[row->second] = outcome != StageOutcome::Exclude;
    };
    for (const auto& [id, votes] : byReference) {
        if (!resolved.count(id))
            add(id, ScreeningService::combine(votes, std::nullopt));
    }
    for (const auto& [id, resolution] : resolved)
        add(id, ScreeningService::combine({}, resolution));
    TrainingLabels labels;
    for (const auto& [row, included] : byRow) {
        labels.rows.push_back(row);
        labels.included.push_back(included);
    }
    return labels;
}

Result<std::shared_ptr<const RelevanceScores>> ScreeningCorpus::rank(const TrainingLabels& labels,
                                                                     const RelevanceModelOptions& options) const
{
    auto model = RelevanceModel::train(m_features, labels.rows, labels.included, options);
    if (!model)
        return model.error();
    auto scores = std::make_shared<RelevanceScores>();
    scores->trainedOn = static_cast<int>(labels.rows.size());
    scores->includesTrainedOn = static_cast<int>(std::count(labels.included.begin(), labels.included.end(), true));
    std::vector<double> decision(m_references.size());
    scores->relevance.reserve(m_references.size());
    for (std::size_t row = 0; row < m_references.size(); ++row) {
        decision[row] = model->score(m_features, row);
        scores->relevance.emplace(m_references[row], 1.0 / (1.0 + std::exp(-decision[row])));
    }
    std::vector<std::size_t> order(m_references.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(
        order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return decision[a] > decision[b]; });
    scores->ranked.reserve(order.size());
    for (std::size_t row : order)
        scores->ranked.push_back(m_references[row]);
    return std::shared_ptr<const RelevanceScores>(std::move(scores));
}

} // namespace stemma::core::screening::ranking
