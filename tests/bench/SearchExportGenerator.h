// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"

#include <QString>
#include <QStringList>

#include <random>
#include <vector>

namespace stemma::bench {

/**
 * Writes synthetic search exports that cost what real ones do: ~1.8 KB records with words drawn
 * with the frequencies of real abstracts, and a share of duplicates perturbed the way different
 * databases export the same paper (case, punctuation, spelling, spacing, missing identifiers).
 */
class SearchExportGenerator
{
public:
    struct Options
    {
        int records = 100000;
        double duplicateShare = 0.10;
        std::uint64_t seed = 20261122;
    };

    SearchExportGenerator(const QString& wordFrequencyFile, Options options);

    /** Writes the records as RIS to \a path; returns false if it cannot write. */
    bool writeRis(const QString& path);
    /** Writes the same records as PubMed MEDLINE (nbib). */
    bool writeMedline(const QString& path);

    /** 0-based record numbers of every (original, duplicate) pair written. */
    const std::vector<std::pair<int, int>>& duplicatePairs() const { return m_pairs; }

private:
    void generate();
    core::Reference makeOriginal(int index);
    core::Reference perturb(const core::Reference& original);
    QString words(int count, bool sentenceCase);
    QString randomWord();

    Options m_options;
    std::mt19937_64 m_random;
    QStringList m_vocabulary;
    std::vector<double> m_cumulative;
    QStringList m_families;
    QStringList m_journals;
    std::vector<core::Reference> m_records;
    std::vector<std::pair<int, int>> m_pairs;
};

} // namespace stemma::bench
