// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/RelevanceModel.h"

#include "core/screening/ranking/TextFeatures.h"

#include <cmath>
#include <memory>
#include <mutex>

#include <linear.h>

namespace stemma::core::screening::ranking {
namespace {

constexpr double BIAS_FEATURE = 1.0;

void silence(const char*) {}

struct ModelDeleter
{
    void operator()(model* trained) const { free_and_destroy_model(&trained); }
};

} // namespace

Result<RelevanceModel> RelevanceModel::train(const TextFeatures& features,
                                             const std::vector<std::size_t>& rows,
                                             const std::vector<bool>& labels,
                                             const RelevanceModelOptions& options)
{
    static std::once_flag quiet;
    std::call_once(quiet, [] { set_print_string_function(&silence); });

    if (rows.size() != labels.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("rows and labels differ in number"));
    std::size_t positives = 0;
    for (bool label : labels)
        positives += label ? 1 : 0;
    if (positives == 0 || positives == labels.size())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the model needs at least one included and one excluded record"));

    const int termCount = static_cast<int>(features.termCount());
    std::size_t nodeCount = 0;
    for (std::size_t row : rows)
        nodeCount += static_cast<std::size_t>(features.rowEnd(row) - features.rowBegin(row)) + 2;
    std::vector<feature_node> nodes;
    nodes.reserve(nodeCount);
    std::vector<feature_node*> x;
    std::vector<double> y;
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        starts.push_back(nodes.size());
        for (const auto* entry = features.rowBegin(rows[i]); entry != features.rowEnd(rows[i]); ++entry)
            nodes.push_back(feature_node{static_cast<int>(entry->term) + 1, entry->weight});
        nodes.push_back(feature_node{termCount + 1, BIAS_FEATURE});
        nodes.push_back(feature_node{-1, 0.0});
        y.push_back(labels[i] ? 1.0 : -1.0);
    }
    for (std::size_t start : starts)
        x.push_back(nodes.data() + start);

    problem data{};
    data.l = static_cast<int>(rows.size());
    data.n = termCount + 1;
    data.y = y.data();
    data.x = x.data();
    data.bias = BIAS_FEATURE;

    // Labels are given in the order LIBLINEAR meets them; weights are matched by label value.
    int weightLabels[2] = {1, -1};
    const double n = static_cast<double>(labels.size());
    double classWeights[2] = {n / (2.0 * static_cast<double>(positives)),
                              n / (2.0 * static_cast<double>(labels.size() - positives))};
    parameter settings{};
    settings.solver_type = options.loss == RelevanceModelOptions::Loss::Logistic ? L2R_LR_DUAL : L2R_L2LOSS_SVC_DUAL;
    settings.eps = options.tolerance;
    settings.C = options.cost;
    settings.nr_weight = options.balanceClasses ? 2 : 0;
    settings.weight_label = options.balanceClasses ? weightLabels : nullptr;
    settings.weight = options.balanceClasses ? classWeights : nullptr;
    settings.p = 0.1;
    settings.init_sol = nullptr;
    if (const char* problemText = check_parameter(&data, &settings))
        return makeError(ErrorCode::InvalidArgument, QString::fromUtf8(problemText));

    const std::unique_ptr<model, ModelDeleter> trained(::train(&data, &settings));
    if (!trained)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("LIBLINEAR could not train the model"));
    // For two classes LIBLINEAR keeps one weight vector, positive for its first label.
    const double sign = trained->label[0] == 1 ? 1.0 : -1.0;
    RelevanceModel result;
    result.m_weights.resize(static_cast<std::size_t>(termCount));
    for (int i = 0; i < termCount; ++i)
        result.m_weights[static_cast<std::size_t>(i)] = sign * trained->w[i];
    result.m_bias = sign * trained->w[termCount] * BIAS_FEATURE;
    return result;
}

double RelevanceModel::score(const TextFeatures& features, std::size_t row) const
{
    return features.dot(row, m_weights) + m_bias;
}

double RelevanceModel::relevance(const TextFeatures& features, std::size_t row) const
{
    return 1.0 / (1.0 + std::exp(-score(features, row)));
}

} // namespace stemma::core::screening::ranking
