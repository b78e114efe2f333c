// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/screening/ScreeningOrder.h"
#include "core/screening/ranking/RelevanceScores.h"

#include <QDateTime>

#include <memory>
#include <mutex>
#include <optional>

namespace stemma::core::screening::ranking {

/**
 * Most likely relevant first, by the latest model's scores; once the random sample for the
 * stopping test has started, the records nobody had screened by then come in a random order
 * fixed by the sample's seed (so every reviewer and every reload see the same sample).
 * References the model has not scored yet follow, by id. The scores are replaced from the
 * training thread while the screen reads them; the swap is locked, the snapshot is not.
 */
class RankedOrder final : public ScreeningOrder
{
public:
    QString name() const override;
    bool learnsFromDecisions() const override { return true; }
    Result<void> arrange(ReviewProject& project,
                         ScreeningStage stage,
                         std::vector<ReferenceId>& candidates) const override;

    void setScores(std::shared_ptr<const RelevanceScores> scores);
    std::shared_ptr<const RelevanceScores> scores() const;

    /** Arranges \a candidates with \a scores, the sample (if any) starting at \a sampleStart. */
    static void arrange(std::vector<ReferenceId>& candidates,
                        const RelevanceScores* scores,
                        const std::vector<ReferenceId>& screenedBeforeSample,
                        std::optional<std::uint64_t> sampleSeed);

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const RelevanceScores> m_scores;
};

} // namespace stemma::core::screening::ranking
