// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/RobPlotData.h"

#include "core/quality/QualityToolCatalog.h"
#include "core/quality/RobAnswers.h"

#include <map>

namespace stemma::core::quality {

Result<RobPlotData> robPlotData(const std::vector<RobAssessment>& assessments,
                                const QString& toolId,
                                OutcomeMeasureId measure,
                                const QHash<qint64, QString>& labels,
                                const QHash<qint64, double>& weights)
{
    auto tool = QualityToolCatalog::tool(toolId);
    if (!tool)
        return tool.error();
    // study → chosen assessment: a consensus wins, else the first independent one listed.
    std::map<qint64, const RobAssessment*> chosen;
    for (const RobAssessment& a : assessments) {
        if (a.toolId != toolId)
            continue;
        if (tool->perOutcome && a.measure.isValid() && measure.isValid() && a.measure != measure)
            continue;
        auto it = chosen.find(a.study.value);
        if (it == chosen.end() ||
            (a.kind == RobAssessmentKind::Consensus && it->second->kind != RobAssessmentKind::Consensus))
            chosen[a.study.value] = &a;
    }
    RobPlotData data;
    data.tool = *tool;
    for (const auto& [study, assessment] : chosen) {
        auto outcome = evaluate(*assessment);
        if (!outcome)
            return outcome.error();
        RobPlotRow row;
        row.study = assessment->study;
        row.label = labels.value(study, QStringLiteral("Study %1").arg(study));
        // With weights given, a study outside the meta-analysis weighs nothing in the weighted summary.
        row.weight = weights.value(study, weights.isEmpty() ? 1.0 : 0.0);
        row.illustrative = assessment->illustrative;
        for (const JudgementOutcome& d : outcome->domains)
            row.domains << d.judgement;
        row.overall = outcome->overall.judgement;
        data.rows.push_back(row);
    }
    std::sort(data.rows.begin(), data.rows.end(), [](const RobPlotRow& a, const RobPlotRow& b) {
        return a.label.localeAwareCompare(b.label) < 0;
    });
    return data;
}

QHash<QString, double> judgementShares(const RobPlotData& data, int domainIndex, bool weighted)
{
    QHash<QString, double> shares;
    double total = 0.0;
    for (const RobPlotRow& row : data.rows) {
        const std::optional<QString>& judgement = domainIndex < 0 ? row.overall : row.domains.value(domainIndex);
        const double w = weighted ? row.weight : 1.0;
        total += w;
        // Unjudged cells count as "no information" so the bar still sums to the whole.
        shares[judgement.value_or(QString())] += w;
    }
    if (total <= 0.0 && weighted)
        return judgementShares(data, domainIndex, false);
    if (total > 0.0)
        for (auto it = shares.begin(); it != shares.end(); ++it)
            it.value() /= total;
    return shares;
}

} // namespace stemma::core::quality
