// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace stemma::core::screening::ranking {

/** How texts become TF-IDF vectors; the defaults are the ones the screening benchmarks were tuned with. */
struct TextFeatureOptions
{
    bool bigrams = true;               ///< word pairs as well as single words
    bool sublinearTf = true;           ///< 1 + log(tf) instead of tf, so one repeated word cannot dominate a record
    int minDocumentCount = 2;          ///< a term in fewer records cannot link two records, so it is dropped
    double maxDocumentFraction = 0.95; ///< a term in almost every record says nothing about any of them
};

/**
 * TF-IDF vectors of a fixed set of texts (title, abstract and keywords of each record), word
 * uni- and bigrams, L2-normalised, stored row-wise as compact sparse rows.
 *
 * Tokens are runs of two or more letters or digits, lower-cased, as in scikit-learn's default
 * TfidfVectorizer, and the idf is its smoothed one: ln((1 + n) / (1 + df)) + 1. The matrix is
 * built once per project and read by the model from any thread; it is never changed after.
 */
class TextFeatures
{
public:
    struct Entry
    {
        std::uint32_t term; ///< column, from 0
        float weight;
    };

    TextFeatures() = default;
    static TextFeatures build(const std::vector<QString>& texts, const TextFeatureOptions& options = {});

    std::size_t rowCount() const { return m_rowStart.empty() ? 0 : m_rowStart.size() - 1; }
    std::size_t termCount() const { return m_termCount; }
    std::size_t nonZeroCount() const { return m_entries.size(); }
    /** The entries of row \a row, sorted by term. */
    const Entry* rowBegin(std::size_t row) const { return m_entries.data() + m_rowStart[row]; }
    const Entry* rowEnd(std::size_t row) const { return m_entries.data() + m_rowStart[row + 1]; }
    /** Bytes held by the matrix, for the memory benchmark. */
    std::size_t memoryBytes() const;
    /** The dot product of row \a row with the dense \a weights (one per term). */
    double dot(std::size_t row, const std::vector<double>& weights) const;

    /** The lower-cased tokens of \a text, in order; exposed so tests can pin the tokenizer. */
    static std::vector<QString> tokens(const QString& text);

private:
    std::vector<std::size_t> m_rowStart;
    std::vector<Entry> m_entries;
    std::size_t m_termCount = 0;
};

} // namespace stemma::core::screening::ranking
