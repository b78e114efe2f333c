// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/DuplicateScorer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace stemma::core::dedupe {
namespace {

constexpr double TITLE_WEIGHT = 0.60;
constexpr double YEAR_WEIGHT = 0.12;
constexpr double AUTHOR_WEIGHT = 0.14;
constexpr double JOURNAL_WEIGHT = 0.06;
constexpr double PAGES_WEIGHT = 0.08;
/** Titles further apart than this share of their length are not compared further. */
constexpr double MAX_TITLE_DISTANCE = 0.25;

/** 1 when equal, 0 when different, \a unknown when either side is missing. */
double agreement(const QString& a, const QString& b, double unknown)
{
    if (a.isEmpty() || b.isEmpty())
        return unknown;
    return a == b ? 1.0 : 0.0;
}

} // namespace

int boundedEditDistance(const QString& a, const QString& b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    if (n == 0 || m == 0)
        return std::max(n, m);
    const int big = limit + 1;
    std::vector<int> previous(m + 1, big);
    std::vector<int> current(m + 1, big);
    for (int j = 0; j <= std::min(m, limit); ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        const int from = std::max(1, i - limit);
        const int to = std::min(m, i + limit);
        std::fill(current.begin(), current.end(), big);
        current[0] = i <= limit ? i : big;
        int rowBest = current[0];
        const QChar ai = a[i - 1];
        for (int j = from; j <= to; ++j) {
            const int substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1);
            const int deletion = previous[j] + 1;
            const int insertion = current[j - 1] + 1;
            current[j] = std::min({substitution, deletion, insertion, big});
            rowBest = std::min(rowBest, current[j]);
        }
        if (rowBest > limit)
            return big;
        std::swap(previous, current);
    }
    return std::min(previous[m], big);
}

PairScore scorePair(const Fingerprint& a, const Fingerprint& b)
{
    PairScore result;
    if (!a.doi.isEmpty() && a.doi == b.doi) {
        result.score = 1.0;
        result.reasons << QStringLiteral("same DOI");
        return result;
    }
    if (!a.pmid.isEmpty() && a.pmid == b.pmid) {
        result.score = 1.0;
        result.reasons << QStringLiteral("same PMID");
        return result;
    }
    const int longest = int(std::max(a.title.size(), b.title.size()));
    if (longest == 0)
        return result;
    const int limit = int(std::ceil(longest * MAX_TITLE_DISTANCE));
    const int distance = boundedEditDistance(a.title, b.title, limit);
    if (distance > limit)
        return result;
    const double titleSimilarity = 1.0 - double(distance) / longest;
    result.reasons << QStringLiteral("title %1% alike").arg(int(std::floor(titleSimilarity * 100)));

    double year = 0.5;
    if (a.year && b.year) {
        const int difference = std::abs(*a.year - *b.year);
        year = difference == 0 ? 1.0 : difference == 1 ? 0.7 : 0.0;
        if (difference == 1)
            result.reasons << QStringLiteral("year differs by 1");
        else if (difference > 1)
            result.reasons << QStringLiteral("years differ");
    }
    const double author = agreement(a.firstAuthor, b.firstAuthor, 0.5);
    if (author == 1.0)
        result.reasons << QStringLiteral("same first author");
    else if (author == 0.0)
        result.reasons << QStringLiteral("different first author");
    const double journal = agreement(a.journal, b.journal, 0.5) == 0.0 ? 0.3 : agreement(a.journal, b.journal, 0.5);
    const double pages = agreement(a.firstPage, b.firstPage, 0.5);
    if (pages == 0.0)
        result.reasons << QStringLiteral("different pages");

    result.score = TITLE_WEIGHT * titleSimilarity + YEAR_WEIGHT * year + AUTHOR_WEIGHT * author +
                   JOURNAL_WEIGHT * journal + PAGES_WEIGHT * pages;
    if (!a.doi.isEmpty() && !b.doi.isEmpty()) {
        result.score *= 0.5;
        result.reasons << QStringLiteral("different DOIs");
    }
    return result;
}

} // namespace stemma::core::dedupe
