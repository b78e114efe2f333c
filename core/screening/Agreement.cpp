// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/Agreement.h"

#include "core/ReviewProject.h"
#include "core/db/ReviewerRepository.h"
#include "core/db/ScreeningRepository.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace stemma::core::screening {
namespace {

// Chance agreement this close to 1 leaves a zero denominator: kappa is undefined, not huge.
constexpr double UNDEFINED_EPSILON = 1e-12;

int categoryIndex(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Include:
        return 0;
    case Verdict::Exclude:
        return 1;
    case Verdict::Maybe:
        return 2;
    }
    return 2;
}

std::optional<double> chanceCorrected(double observed, double expected)
{
    if (1.0 - expected < UNDEFINED_EPSILON)
        return std::nullopt;
    return (observed - expected) / (1.0 - expected);
}

} // namespace

const std::vector<Verdict>& Agreement::categories()
{
    static const std::vector<Verdict> order{Verdict::Include, Verdict::Exclude, Verdict::Maybe};
    return order;
}

AgreementStatistic Agreement::cohen(const std::vector<std::vector<int>>& table)
{
    AgreementStatistic result;
    const std::size_t k = table.size();
    std::vector<double> rowTotals(k, 0.0);
    std::vector<double> columnTotals(k, 0.0);
    double diagonal = 0.0;
    double total = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t j = 0; j < k && j < table[i].size(); ++j) {
            const double cell = table[i][j];
            rowTotals[i] += cell;
            columnTotals[j] += cell;
            total += cell;
            if (i == j)
                diagonal += cell;
        }
    }
    result.subjects = static_cast<int>(total);
    if (total <= 0.0)
        return result;
    double expected = 0.0;
    for (std::size_t i = 0; i < k; ++i)
        expected += rowTotals[i] * columnTotals[i];
    expected /= total * total;
    result.percentAgreement = diagonal / total;
    result.observedAgreement = result.percentAgreement;
    result.expectedAgreement = expected;
    result.kappa = chanceCorrected(result.observedAgreement, expected);
    return result;
}

Result<AgreementStatistic> Agreement::fleiss(const std::vector<std::vector<int>>& counts)
{
    AgreementStatistic result;
    if (counts.empty())
        return result;
    const std::size_t k = counts.front().size();
    int raters = 0;
    for (int value : counts.front())
        raters += value;
    if (raters < 2)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Fleiss' kappa needs at least two raters"));

    std::vector<double> categoryTotals(k, 0.0);
    double sumAgreement = 0.0;
    int unanimous = 0;
    for (const auto& row : counts) {
        if (row.size() != k)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("every subject needs the same categories"));
        int rowRaters = 0;
        double pairs = 0.0;
        for (std::size_t j = 0; j < k; ++j) {
            rowRaters += row[j];
            categoryTotals[j] += row[j];
            pairs += static_cast<double>(row[j]) * (row[j] - 1);
            if (row[j] == raters)
                ++unanimous;
        }
        if (rowRaters != raters)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("every subject needs the same number of raters"));
        sumAgreement += pairs / (static_cast<double>(raters) * (raters - 1));
    }
    const double subjects = static_cast<double>(counts.size());
    double expected = 0.0;
    for (double categoryTotal : categoryTotals) {
        const double share = categoryTotal / (subjects * raters);
        expected += share * share;
    }
    result.subjects = static_cast<int>(counts.size());
    result.percentAgreement = unanimous / subjects;
    result.observedAgreement = sumAgreement / subjects;
    result.expectedAgreement = expected;
    result.kappa = chanceCorrected(result.observedAgreement, expected);
    return result;
}

Result<AgreementReport> Agreement::forStage(ReviewProject& project,
                                            ScreeningStage stage,
                                            std::vector<ReviewerId> reviewers)
{
    AgreementReport report;
    report.stage = stage;
    auto votes = project.screening().decisionsForStage(stage);
    if (!votes)
        return votes.error();

    std::map<ReferenceId, std::map<ReviewerId, Verdict>> byReference;
    for (const auto& vote : *votes)
        byReference[vote.reference][vote.reviewer] = vote.verdict;

    if (reviewers.empty()) {
        for (const auto& vote : *votes) {
            if (std::find(reviewers.begin(), reviewers.end(), vote.reviewer) == reviewers.end())
                reviewers.push_back(vote.reviewer);
        }
        std::sort(reviewers.begin(), reviewers.end());
    }
    for (ReviewerId id : reviewers) {
        auto reviewer = project.reviewers().get(id);
        if (!reviewer)
            return reviewer.error();
        report.reviewers.push_back(*reviewer);
    }
    if (reviewers.size() < 2)
        return report;

    const std::size_t k = categories().size();
    std::vector<std::vector<int>> rows;
    report.table.assign(reviewers.size() == 2 ? k : 0, std::vector<int>(k, 0));
    for (const auto& [reference, verdicts] : byReference) {
        const bool all = std::all_of(
            reviewers.begin(), reviewers.end(), [&verdicts](ReviewerId id) { return verdicts.count(id) > 0; });
        if (!all)
            continue;
        if (reviewers.size() == 2) {
            ++report.table[categoryIndex(verdicts.at(reviewers[0]))][categoryIndex(verdicts.at(reviewers[1]))];
        } else {
            std::vector<int> row(k, 0);
            for (ReviewerId id : reviewers)
                ++row[categoryIndex(verdicts.at(id))];
            rows.push_back(std::move(row));
        }
    }
    if (reviewers.size() == 2) {
        report.method = QStringLiteral("cohen");
        report.statistic = cohen(report.table);
        return report;
    }
    report.method = QStringLiteral("fleiss");
    auto statistic = fleiss(rows);
    if (!statistic)
        return statistic.error();
    report.statistic = *statistic;
    return report;
}

} // namespace stemma::core::screening
