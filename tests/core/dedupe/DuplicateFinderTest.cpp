// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/DuplicateFinder.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace stemma::core;
using namespace stemma::core::dedupe;

namespace {

Fingerprint record(qint64 id,
                   const QString& title,
                   std::optional<int> year,
                   const QString& author,
                   const QString& journal = {},
                   const QString& pages = {},
                   const QString& doi = {})
{
    return makeFingerprint(ReferenceId(id), title, year, author, journal, pages, doi, {});
}

const QString ASTIS = QStringLiteral("Autologous hematopoietic stem cell transplantation vs intravenous pulse "
                                     "cyclophosphamide in diffuse cutaneous systemic sclerosis: a randomized "
                                     "clinical trial");

} // namespace

TEST(FingerprintTest, CaseAccentsPunctuationAndSpacingVanish)
{
    EXPECT_EQ(simplifyText(QStringLiteral("Réponse  IMMUNE: (a) test—case")),
              QStringLiteral("reponse immune a test case"));
    const auto a = record(1, QStringLiteral("Stem-cell therapy, in SSc."), 2020, QStringLiteral("van Laar"));
    const auto b = record(2, QStringLiteral("stem cell Therapy in ssc"), 2020, QStringLiteral("Van  Laar"));
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.firstAuthor, b.firstAuthor);
    EXPECT_EQ(a.words,
              (QStringList{
                  QStringLiteral("stem"), QStringLiteral("cell"), QStringLiteral("therapy"), QStringLiteral("ssc")}));
}

TEST(DuplicateScorerTest, BoundedEditDistance)
{
    EXPECT_EQ(boundedEditDistance(QStringLiteral("kitten"), QStringLiteral("sitting"), 5), 3);
    EXPECT_EQ(boundedEditDistance(QStringLiteral("same"), QStringLiteral("same"), 0), 0);
    EXPECT_GT(boundedEditDistance(QStringLiteral("abcdef"), QStringLiteral("uvwxyz"), 2), 2);
    EXPECT_EQ(boundedEditDistance(QString(), QStringLiteral("abc"), 5), 3);
    EXPECT_GT(boundedEditDistance(QStringLiteral("a"), QStringLiteral("abcdefgh"), 3), 3);
}

TEST(DuplicateScorerTest, PerturbedCopyScoresHighAndUnrelatedLow)
{
    const auto original =
        record(1, ASTIS, 2014, QStringLiteral("van Laar"), QStringLiteral("JAMA"), QStringLiteral("2490-2498"));
    QString perturbed = ASTIS.toUpper();
    perturbed.replace(QStringLiteral("HEMATOPOIETIC"), QStringLiteral("HAEMATOPOIETIC"));
    perturbed.replace(QStringLiteral("STEM CELL"), QStringLiteral("STEM-CELL"));
    const auto copy =
        record(2, perturbed, 2015, QStringLiteral("Van Laar"), QStringLiteral("jama"), QStringLiteral("2490"));
    const PairScore same = scorePair(original, copy);
    EXPECT_GE(same.score, 0.9) << same.reasons.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(same.reasons.contains(QStringLiteral("year differs by 1")));

    const auto other = record(3,
                              QStringLiteral("Mesenchymal stem cells for lupus nephritis"),
                              2014,
                              QStringLiteral("Sun"),
                              QStringLiteral("JAMA"));
    EXPECT_LT(scorePair(original, other).score, 0.5);
}

TEST(DuplicateScorerTest, IdentifiersDecide)
{
    const auto a = record(1, QStringLiteral("Title one"), 2010, QStringLiteral("A"), {}, {}, QStringLiteral("10.1/x"));
    const auto b =
        record(2, QStringLiteral("Completely different"), 2012, QStringLiteral("B"), {}, {}, QStringLiteral("10.1/x"));
    EXPECT_EQ(scorePair(a, b).score, 1.0);
    // Same title, different DOIs: a correction or a companion paper, not the same record.
    const auto c = record(3, QStringLiteral("Title one"), 2010, QStringLiteral("A"), {}, {}, QStringLiteral("10.1/y"));
    EXPECT_LT(scorePair(a, c).score, 0.75);
}

TEST(DuplicateFinderTest, FindsPerturbedDuplicatesAcrossBlocks)
{
    std::vector<Fingerprint> records{
        record(1, ASTIS, 2014, QStringLiteral("van Laar"), QStringLiteral("JAMA"), QStringLiteral("2490-2498")),
        record(2, QStringLiteral("Mesenchymal stem cells for lupus nephritis"), 2010, QStringLiteral("Sun")),
        // a typo at the very start defeats the title-start block; the other blocks still catch it
        record(3,
               QStringLiteral("Autologus hematopoietic stem cell transplantation vs intravenous pulse cyclophosphamide "
                              "in diffuse cutaneous systemic sclerosis: a randomised clinical trial"),
               2014,
               QStringLiteral("van Laar"),
               QStringLiteral("JAMA"),
               QStringLiteral("2490")),
        record(4, QStringLiteral("MESENCHYMAL STEM CELLS FOR LUPUS NEPHRITIS."), 2011, QStringLiteral("Sun")),
        record(5, QStringLiteral("Umbilical cord MSC in Crohn's disease"), 2010, QStringLiteral("Sun")),
    };
    const auto pairs = DuplicateFinder().find(records);
    ASSERT_EQ(pairs.size(), 2u);
    std::vector<std::pair<qint64, qint64>> ids;
    for (const auto& pair : pairs)
        ids.emplace_back(pair.first.value, pair.second.value);
    EXPECT_NE(std::find(ids.begin(), ids.end(), std::pair<qint64, qint64>{1, 3}), ids.end());
    EXPECT_NE(std::find(ids.begin(), ids.end(), std::pair<qint64, qint64>{2, 4}), ids.end());
    EXPECT_GE(pairs[0].score.score, pairs[1].score.score);
}

TEST(DuplicateFinderTest, ThousandsOfRecordsYieldExactlyThePlantedPairs)
{
    // Thousands of records with similar vocabulary; every 100th record has an
    // upper-cased copy with a dropped letter, and nothing else should pair up.
    const QStringList vocabulary{QStringLiteral("stem"),
                                 QStringLiteral("cell"),
                                 QStringLiteral("sclerosis"),
                                 QStringLiteral("lupus"),
                                 QStringLiteral("marrow"),
                                 QStringLiteral("graft"),
                                 QStringLiteral("fibrosis"),
                                 QStringLiteral("lung"),
                                 QStringLiteral("skin"),
                                 QStringLiteral("trial"),
                                 QStringLiteral("cohort"),
                                 QStringLiteral("dose"),
                                 QStringLiteral("infusion"),
                                 QStringLiteral("survival"),
                                 QStringLiteral("renal"),
                                 QStringLiteral("cardiac"),
                                 QStringLiteral("vascular"),
                                 QStringLiteral("immune")};
    std::vector<Fingerprint> records;
    std::vector<std::pair<qint64, qint64>> planted;
    qint64 nextId = 1;
    for (int i = 0; i < 6000; ++i) {
        QStringList words;
        for (int w = 0, seed = i; w < 9; ++w, seed = (seed * 7 + 3) % 10007)
            words << vocabulary[seed % vocabulary.size()] + QString::number((i * 31 + w * 17) % 997);
        const QString title = words.join(QLatin1Char(' '));
        const qint64 original = nextId++;
        records.push_back(record(original, title, 2000 + i % 20, QStringLiteral("Author%1").arg(i)));
        if (i % 100 == 0) {
            const qint64 copy = nextId++;
            records.push_back(
                record(copy, title.toUpper().remove(5, 1), 2000 + i % 20, QStringLiteral("Author%1").arg(i)));
            planted.emplace_back(original, copy);
        }
    }
    const auto pairs = DuplicateFinder().find(records);
    std::vector<std::pair<qint64, qint64>> found;
    for (const auto& pair : pairs)
        found.emplace_back(pair.first.value, pair.second.value);
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, planted);
    EXPECT_EQ(DuplicateFinder().find(records).size(), pairs.size()); // and again, the same
}
