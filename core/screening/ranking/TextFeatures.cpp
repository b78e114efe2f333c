// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ranking/TextFeatures.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace stemma::core::screening::ranking {
namespace {

/** A term as a number: a word id, or a pair of word ids packed with a marker bit. */
using TermKey = std::uint64_t;
constexpr TermKey BIGRAM_BIT = TermKey{1} << 63;

TermKey bigramKey(std::uint32_t first, std::uint32_t second)
{
    return BIGRAM_BIT | (TermKey{first} << 31) | second;
}

/** Word ids of each text; words are numbered in order of first appearance. */
std::vector<std::vector<std::uint32_t>> wordIds(const std::vector<QString>& texts)
{
    QHash<QString, std::uint32_t> words;
    std::vector<std::vector<std::uint32_t>> result;
    result.reserve(texts.size());
    for (const QString& text : texts) {
        std::vector<std::uint32_t> ids;
        for (const QString& token : TextFeatures::tokens(text)) {
            const auto found = words.constFind(token);
            if (found != words.constEnd()) {
                ids.push_back(*found);
            } else {
                const auto id = static_cast<std::uint32_t>(words.size());
                words.insert(token, id);
                ids.push_back(id);
            }
        }
        result.push_back(std::move(ids));
    }
    return result;
}

/** The terms of one text with their counts, sorted by key. */
std::vector<std::pair<TermKey, int>> termCounts(const std::vector<std::uint32_t>& ids, bool bigrams)
{
    std::vector<TermKey> keys;
    keys.reserve(ids.size() * 2);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        keys.push_back(ids[i]);
        if (bigrams && i + 1 < ids.size())
            keys.push_back(bigramKey(ids[i], ids[i + 1]));
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::pair<TermKey, int>> counts;
    for (TermKey key : keys) {
        if (!counts.empty() && counts.back().first == key)
            ++counts.back().second;
        else
            counts.emplace_back(key, 1);
    }
    return counts;
}

} // namespace

std::vector<QString> TextFeatures::tokens(const QString& text)
{
    std::vector<QString> result;
    QString current;
    const auto flush = [&] {
        if (current.size() >= 2)
            result.push_back(current);
        current.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_'))
            current += c.toLower();
        else
            flush();
    }
    flush();
    return result;
}

TextFeatures TextFeatures::build(const std::vector<QString>& texts, const TextFeatureOptions& options)
{
    const auto ids = wordIds(texts);
    // First pass: document frequency of every term.
    std::unordered_map<TermKey, std::uint32_t> documentCount;
    for (const auto& row : ids) {
        for (const auto& [key, count] : termCounts(row, options.bigrams))
            ++documentCount[key];
    }
    const auto n = static_cast<double>(texts.size());
    const double maxCount = options.maxDocumentFraction * n;
    // Terms kept get columns; idf per column.
    std::unordered_map<TermKey, std::uint32_t> column;
    std::vector<double> idf;
    {
        std::vector<std::pair<TermKey, std::uint32_t>> kept;
        for (const auto& [key, count] : documentCount) {
            if (static_cast<int>(count) >= options.minDocumentCount && count <= maxCount)
                kept.emplace_back(key, count);
        }
        std::sort(kept.begin(), kept.end()); // columns independent of hash order, so runs are reproducible
        column.reserve(kept.size());
        idf.reserve(kept.size());
        for (const auto& [key, count] : kept) {
            column.emplace(key, static_cast<std::uint32_t>(idf.size()));
            idf.push_back(std::log((1.0 + n) / (1.0 + count)) + 1.0);
        }
    }
    documentCount.clear();

    TextFeatures features;
    features.m_termCount = idf.size();
    features.m_rowStart.reserve(texts.size() + 1);
    features.m_rowStart.push_back(0);
    std::vector<Entry> row;
    for (const auto& rowIds : ids) {
        row.clear();
        double norm = 0.0;
        for (const auto& [key, count] : termCounts(rowIds, options.bigrams)) {
            const auto found = column.find(key);
            if (found == column.end())
                continue;
            const double tf = options.sublinearTf ? 1.0 + std::log(static_cast<double>(count)) : count;
            const double weight = tf * idf[found->second];
            norm += weight * weight;
            row.push_back(Entry{found->second, static_cast<float>(weight)});
        }
        norm = std::sqrt(norm);
        for (auto& entry : row)
            entry.weight = static_cast<float>(entry.weight / norm);
        std::sort(row.begin(), row.end(), [](const Entry& a, const Entry& b) { return a.term < b.term; });
        features.m_entries.insert(features.m_entries.end(), row.begin(), row.end());
        features.m_rowStart.push_back(features.m_entries.size());
    }
    features.m_entries.shrink_to_fit();
    return features;
}

std::size_t TextFeatures::memoryBytes() const
{
    return m_entries.capacity() * sizeof(Entry) + m_rowStart.capacity() * sizeof(std::size_t);
}

double TextFeatures::dot(std::size_t row, const std::vector<double>& weights) const
{
    double sum = 0.0;
    for (const Entry* entry = rowBegin(row); entry != rowEnd(row); ++entry)
        sum += entry->weight * weights[entry->term];
    return sum;
}

} // namespace stemma::core::screening::ranking
