// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <cstddef>
#include <vector>

namespace stemma::core::screening::ranking {

class TextFeatures;

/** The learner behind the ranking and its settings. */
struct RelevanceModelOptions
{
    enum class Loss {
        Logistic, ///< L2-regularised logistic regression (LIBLINEAR primal solver)
        HingeSvm, ///< L2-regularised L2-loss linear SVM (LIBLINEAR dual solver)
    };
    Loss loss = Loss::Logistic;
    double cost = 1.0; ///< LIBLINEAR's C: larger fits the labelled records more closely
    /// Weights each class by n / (2 · n_class) so the few includes count as much as the many excludes.
    bool balanceClasses = true;
    /// LIBLINEAR's stopping tolerance (its default for the dual solvers). The dual solvers are used
    /// because their cost grows with the labelled records, not with the vocabulary: on 100,000
    /// records (1.4 million terms) the primal logistic solver took over 300 ms for 2,000 labels.
    double tolerance = 0.1;
};

/**
 * A linear model of "this record is relevant" over TextFeatures, trained with LIBLINEAR.
 * Training copies the labelled rows into LIBLINEAR's format, so the features can be shared
 * read-only between threads; a trained model is a plain weight vector and can be copied.
 */
class RelevanceModel
{
public:
    /**
     * Trains on the rows \a rows of \a features with \a labels (true: included). Needs at least
     * one included and one excluded row; fails with a message otherwise.
     */
    static Result<RelevanceModel> train(const TextFeatures& features,
                                        const std::vector<std::size_t>& rows,
                                        const std::vector<bool>& labels,
                                        const RelevanceModelOptions& options = {});

    /** The decision value of row \a row: higher is more likely relevant (not a probability). */
    double score(const TextFeatures& features, std::size_t row) const;
    /** The same value squashed to 0–1 for display: a logistic of the decision value. */
    double relevance(const TextFeatures& features, std::size_t row) const;

    const std::vector<double>& weights() const { return m_weights; }
    double bias() const { return m_bias; }

private:
    std::vector<double> m_weights;
    double m_bias = 0.0;
};

} // namespace stemma::core::screening::ranking
