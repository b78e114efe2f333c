// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace stemma::core::screening::ranking {

/**
 * How well an order of screening found the relevant records, in the measures the screening
 * literature and ASReview report. \a labels are the records' labels in the order they were
 * screened after the prior knowledge; \a recordCount is the whole dataset (prior records
 * included), as asreview-insights pads the simulated labels to the dataset size.
 */
struct ScreeningMetrics
{
    /// WSS@95 as asreview-insights computes it: records found earlier than random screening
    /// would have, at the floor(0.95 · R)-th relevant record, over the dataset size.
    double wss95Insights = 0.0;
    /// WSS@95 as Cohen et al. (2006) define it: (N − screened)/N − 0.05, once ceil(0.95 · R)
    /// relevant records are found.
    double wss95Classic = 0.0;
    /// (N − screened)/N once every relevant record is found.
    double wss100 = 0.0;
    /// Recall after 10% of the dataset has been screened (RRF@10).
    double rrf10 = 0.0;
    /// Average time to discovery: mean position at which each relevant record was screened, over N.
    double atd = 0.0;
    /// Relevant records found after each screened record (index 0: after the first).
    std::vector<int> foundAfter;

    static ScreeningMetrics compute(const std::vector<bool>& labels, int recordCount);
};

} // namespace stemma::core::screening::ranking
