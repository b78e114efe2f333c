// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace stemma::core::screening::ranking {

/**
 * What the random sample of the records left after prioritised screening says about recall.
 *
 * The method is the hypergeometric stopping test of Callaghan & Müller-Hansen (2020,
 * "Statistical stopping criteria for automated screening in systematic reviews", Systematic
 * Reviews 9:273): once ranking has found what it can, the remaining records are screened in
 * random order; under the null hypothesis "recall is below the target" the remaining records
 * would hold at least K_tar relevant ones, and finding only k in a random sample of n of them
 * is unlikely. The p-value is P(X ≤ k) for X ~ Hypergeometric(N, K_tar, n).
 */
struct StoppingInput
{
    int relevantBeforeSample = 0;    ///< includes found before random sampling began (r_AL)
    int populationAtSampleStart = 0; ///< records not yet screened when sampling began (N)
    int sampled = 0;                 ///< records screened since, in random order (n)
    int relevantInSample = 0;        ///< includes among them (k)
};

struct StoppingEstimate
{
    /// p-value of "recall < target"; below 1 − confidence the team may stop.
    double pValue = 1.0;
    /// The largest recall that can be claimed with the stated confidence (0 when nothing can be).
    double recallLowerBound = 0.0;
    bool targetReached = false;
};

class StoppingTest
{
public:
    /** \a recallTarget and \a confidence as fractions, 0.95 and 0.95 by default. */
    explicit StoppingTest(double recallTarget = 0.95, double confidence = 0.95);

    double recallTarget() const { return m_recallTarget; }
    double confidence() const { return m_confidence; }

    /** The smallest number of relevant records among the N at sample start for which recall is below target. */
    int relevantUnderNull(const StoppingInput& input) const;
    StoppingEstimate estimate(const StoppingInput& input) const;

    /** P(X ≤ k) for X ~ Hypergeometric(population, successes, draws). */
    static double hypergeometricCdf(int k, int population, int successes, int draws);

private:
    double m_recallTarget;
    double m_confidence;
};

} // namespace stemma::core::screening::ranking
