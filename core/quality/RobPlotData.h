// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/RiskOfBias.h"
#include "core/quality/QualityTool.h"

#include <QHash>

#include <optional>
#include <vector>

namespace stemma::core::quality {

/** One study's line of a traffic-light plot: the standing judgement of each domain and overall. */
struct RobPlotRow
{
    StudyId study;
    QString label;
    double weight = 1.0;
    QList<std::optional<QString>> domains; ///< judgement ids in the tool's domain order
    std::optional<QString> overall;
    bool illustrative = false;
};

/** What robvis draws for one tool: the studies assessed with it and their judgements. */
struct RobPlotData
{
    QualityTool tool;
    std::vector<RobPlotRow> rows;
};

/**
 * The plot data of \a toolId from \a assessments: per study the consensus assessment, else the
 * first reviewer's; for per-outcome tools only those of \a measure (or of the whole study).
 * \a labels name the studies and \a weights (e.g. meta-analysis weights) weigh the summary
 * plot; when weights are given a study without one weighs nothing, else every study counts 1.
 */
[[nodiscard]] Result<RobPlotData> robPlotData(const std::vector<RobAssessment>& assessments,
                                              const QString& toolId,
                                              OutcomeMeasureId measure,
                                              const QHash<qint64, QString>& labels,
                                              const QHash<qint64, double>& weights = {});

/** Share (0-1) of the weight at each judgement of one column (domain index, or -1 for overall); counts when no study
 * has weight. */
QHash<QString, double> judgementShares(const RobPlotData& data, int domainIndex, bool weighted);

} // namespace stemma::core::quality
