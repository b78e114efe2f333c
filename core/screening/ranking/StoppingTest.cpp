// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/StoppingTest.h"

#include <algorithm>
#include <cmath>

#include <boost/math/distributions/hypergeometric.hpp>

namespace stemma::core::screening::ranking {

StoppingTest::StoppingTest(double recallTarget, double confidence)
    : m_recallTarget(recallTarget)
    , m_confidence(confidence)
{
}

double StoppingTest::hypergeometricCdf(int k, int population, int successes, int draws)
{
    if (successes <= 0 || draws <= 0)
        return 1.0;
    if (successes > population)
        return 0.0; // more relevant records than records: impossible, so never "as few as k"
    const boost::math::hypergeometric_distribution<double> distribution(
        static_cast<unsigned>(successes), static_cast<unsigned>(draws), static_cast<unsigned>(population));
    const auto lowest = static_cast<int>(range(distribution).first);
    if (k < lowest)
        return 0.0;
    return cdf(distribution, static_cast<unsigned>(std::min(k, static_cast<int>(range(distribution).second))));
}

int StoppingTest::relevantUnderNull(const StoppingInput& input) const
{
    // Recall r_seen / (r_AL + K) falls below the target once K > r_seen / target − r_AL.
    const int seen = input.relevantBeforeSample + input.relevantInSample;
    const double bound = seen / m_recallTarget - input.relevantBeforeSample;
    return static_cast<int>(std::floor(bound + 1e-9)) + 1;
}

StoppingEstimate StoppingTest::estimate(const StoppingInput& input) const
{
    StoppingEstimate result;
    if (input.sampled <= 0 || input.populationAtSampleStart <= 0)
        return result;
    const double alpha = 1.0 - m_confidence;
    const int target = relevantUnderNull(input);
    result.pValue = hypergeometricCdf(input.relevantInSample, input.populationAtSampleStart, target, input.sampled);
    result.targetReached = result.pValue < alpha;

    // The largest K still compatible with the sample at this confidence: P(X ≤ k | K) falls with K.
    int upper = input.relevantInSample;
    const int unsampled = input.populationAtSampleStart - input.sampled;
    int low = input.relevantInSample;
    int high = input.relevantInSample + unsampled;
    while (low < high) { // find the largest K with cdf ≥ alpha
        const int middle = low + (high - low + 1) / 2;
        if (hypergeometricCdf(input.relevantInSample, input.populationAtSampleStart, middle, input.sampled) >= alpha)
            low = middle;
        else
            high = middle - 1;
    }
    upper = low;
    const int seen = input.relevantBeforeSample + input.relevantInSample;
    const int totalUpper = input.relevantBeforeSample + upper;
    result.recallLowerBound = totalUpper > 0 ? static_cast<double>(seen) / totalUpper : 0.0;
    return result;
}

} // namespace stemma::core::screening::ranking
