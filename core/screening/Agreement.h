// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Screening.h"

#include <optional>
#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::screening {

/** How far raters agree on a set of subjects. */
struct AgreementStatistic
{
    int subjects = 0;
    /** Share of subjects on which every rater chose the same category, 0..1 (0 without subjects). */
    double percentAgreement = 0.0;
    /** Mean observed pairwise agreement (Fleiss' P-bar); equals percentAgreement for two raters. */
    double observedAgreement = 0.0;
    double expectedAgreement = 0.0;
    /**
     * Chance-corrected agreement. Empty when it is undefined: no subjects, or every rating fell
     * in one category so chance agreement is already 1 and there is nothing left to correct.
     */
    std::optional<double> kappa;
};

/** Agreement between reviewers on their stored screening votes at one stage. */
struct AgreementReport
{
    ScreeningStage stage = ScreeningStage::TitleAbstract;
    std::vector<Reviewer> reviewers;
    /** "cohen" for two reviewers, "fleiss" for more, empty when fewer than two voted. */
    QString method;
    AgreementStatistic statistic;
    /** Two reviewers only: rows are the first reviewer's verdict, columns the second's (include, exclude, maybe). */
    std::vector<std::vector<int>> table;
};

/** Percent agreement, Cohen's kappa and Fleiss' kappa. */
class Agreement
{
public:
    /** Cohen's kappa from a k×k table of counts (rows rater A, columns rater B). */
    static AgreementStatistic cohen(const std::vector<std::vector<int>>& table);
    /**
     * Fleiss' kappa from a subjects × categories table: each row counts how many raters put that
     * subject in each category. Every row must have the same number of raters (at least two);
     * rows that do not are an InvalidArgument error.
     */
    static Result<AgreementStatistic> fleiss(const std::vector<std::vector<int>>& counts);

    /** The verdicts in the order tables use: include, exclude, maybe. */
    static const std::vector<Verdict>& categories();

    /**
     * Agreement at \a stage among \a reviewers (every reviewer who voted at the stage when empty),
     * counting only references that all of them screened.
     */
    static Result<AgreementReport> forStage(ReviewProject& project,
                                            ScreeningStage stage,
                                            std::vector<ReviewerId> reviewers = {});
};

} // namespace stemma::core::screening
