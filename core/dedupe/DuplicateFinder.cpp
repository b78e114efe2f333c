// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/DuplicateFinder.h"

#include "core/Parallel.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace stemma::core::dedupe {
namespace {

constexpr int KEY_CHARS = 10;

/** Every blocking key of one record. */
QStringList blockingKeys(const Fingerprint& record, const QHash<QString, int>& wordFrequency)
{
    QStringList keys;
    if (!record.doi.isEmpty())
        keys << QStringLiteral("d:") + record.doi;
    if (!record.pmid.isEmpty())
        keys << QStringLiteral("p:") + record.pmid;
    if (record.title.size() >= KEY_CHARS) {
        keys << QStringLiteral("s:") + record.title.left(KEY_CHARS);
        keys << QStringLiteral("e:") + record.title.right(KEY_CHARS);
    }
    // The two rarest words survive a typo elsewhere in the title.
    QStringList rare = record.words;
    std::sort(rare.begin(), rare.end(), [&wordFrequency](const QString& a, const QString& b) {
        const int fa = wordFrequency.value(a), fb = wordFrequency.value(b);
        return fa != fb ? fa < fb : a < b;
    });
    rare.erase(std::remove_if(rare.begin(), rare.end(), [](const QString& word) { return word.size() < 4; }),
               rare.end());
    if (rare.size() >= 2) {
        QStringList pair = rare.mid(0, 2);
        pair.sort();
        keys << QStringLiteral("w:") + pair.join(QLatin1Char('|'));
    }
    if (!record.firstAuthor.isEmpty() && record.year) {
        // Year and year+1, so records one year apart share a key.
        keys << QStringLiteral("a:%1:%2").arg(record.firstAuthor).arg(*record.year);
        keys << QStringLiteral("a:%1:%2").arg(record.firstAuthor).arg(*record.year + 1);
    }
    return keys;
}

struct PairHash
{
    std::size_t operator()(const std::pair<qint64, qint64>& pair) const noexcept
    {
        return std::hash<qint64>{}(pair.first * 1000003 ^ pair.second);
    }
};

} // namespace

std::vector<CandidatePair> DuplicateFinder::find(const std::vector<Fingerprint>& records) const
{
    QHash<QString, int> wordFrequency;
    for (const Fingerprint& record : records)
        for (const QString& word : record.words)
            ++wordFrequency[word];

    std::unordered_map<QString, std::vector<std::size_t>> blocks;
    blocks.reserve(records.size() * 6);
    for (std::size_t index = 0; index < records.size(); ++index)
        for (const QString& key : blockingKeys(records[index], wordFrequency))
            blocks[key].push_back(index);

    // Which pairs to compare is decided here, once each; scoring them is pure work spread over the cores.
    std::unordered_set<std::pair<qint64, qint64>, PairHash> compared;
    std::vector<std::pair<const Fingerprint*, const Fingerprint*>> toScore;
    for (const auto& [key, members] : blocks) {
        const bool identifierBlock = key.startsWith(QLatin1String("d:")) || key.startsWith(QLatin1String("p:"));
        if (members.size() < 2 || (members.size() > MAX_BLOCK && !identifierBlock))
            continue;
        for (std::size_t i = 0; i < members.size(); ++i) {
            for (std::size_t j = i + 1; j < members.size(); ++j) {
                const Fingerprint* a = &records[members[i]];
                const Fingerprint* b = &records[members[j]];
                if (a->id == b->id)
                    continue;
                if (b->id < a->id)
                    std::swap(a, b);
                if (compared.emplace(a->id.value, b->id.value).second)
                    toScore.emplace_back(a, b);
            }
        }
    }
    const std::size_t threads = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::vector<CandidatePair>> found(threads);
    std::atomic<std::size_t> nextSlot = 0;
    parallelRanges(toScore.size(), [&](std::size_t begin, std::size_t end) {
        std::vector<CandidatePair>& mine = found[nextSlot++ % threads];
        for (std::size_t k = begin; k < end; ++k) {
            PairScore score = scorePair(*toScore[k].first, *toScore[k].second);
            if (score.score >= m_minimumScore)
                mine.push_back(CandidatePair{toScore[k].first->id, toScore[k].second->id, std::move(score)});
        }
    });
    std::vector<CandidatePair> pairs;
    for (auto& part : found)
        std::move(part.begin(), part.end(), std::back_inserter(pairs));
    std::sort(pairs.begin(), pairs.end(), [](const CandidatePair& x, const CandidatePair& y) {
        if (x.score.score != y.score.score)
            return x.score.score > y.score.score;
        return std::pair(x.first, x.second) < std::pair(y.first, y.second);
    });
    return pairs;
}

} // namespace stemma::core::dedupe
