// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/Extractor.h"

#include "tests/support/TestPaths.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iostream>

using namespace stemma::core::extract;

namespace {

/** field|value|unit|measure|timepoint: what a corpus line expects and a suggestion offers. */
QString keyOf(const Suggestion& s)
{
    return QStringList{s.field, s.value, s.unit, s.measure, s.timepoint}.join(QLatin1Char('|'));
}

/** "outcome=32[/51]{mRSS}@baseline" → the key of that tuple. */
QString parseTuple(const QString& tuple)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\s*([a-z_0-9]+)=([^\\[{@]*?)\\s*(?:\\[([^\\]]*)\\])?\\s*(?:\\{([^}]*)\\})?\\s*(?:@(.*))?$"));
    const auto match = shape.match(tuple);
    EXPECT_TRUE(match.hasMatch()) << tuple.toStdString();
    Suggestion s;
    s.field = match.captured(1);
    s.value = match.captured(2).trimmed();
    s.unit = match.captured(3);
    s.measure = match.captured(4);
    s.timepoint = match.captured(5).trimmed();
    return keyOf(s);
}

struct Phrasing
{
    int line = 0;
    QString sentence;
    QSet<QString> expected;
};

QList<Phrasing> readCorpus()
{
    QFile file(stemma::test::testDataPath(QStringLiteral("extract/phrasings.tsv")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<Phrasing> corpus;
    int line = 0;
    for (const QString& row : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        ++line;
        if (row.trimmed().isEmpty() || row.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = row.split(QLatin1Char('\t'));
        EXPECT_EQ(columns.size(), 2) << "line " << line;
        Phrasing phrasing{line, columns.value(0), {}};
        for (const QString& tuple : columns.value(1).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!tuple.trimmed().isEmpty())
                phrasing.expected.insert(parseTuple(tuple));
        corpus << phrasing;
    }
    return corpus;
}

const Suggestion* find(const Suggestions& suggestions, const QString& field, const QString& value)
{
    const auto it = std::find_if(suggestions.cbegin(), suggestions.cend(), [&](const Suggestion& s) {
        return s.field == field && s.value == value;
    });
    return it == suggestions.cend() ? nullptr : &*it;
}

} // namespace

TEST(ExtractorTest, CorpusPrecisionAndRecallStayAboveTheirFloors)
{
    const auto corpus = readCorpus();
    ASSERT_GE(corpus.size(), 120);
    Extractor extractor;
    int predicted = 0;
    int expected = 0;
    int correct = 0;
    int distractors = 0;
    for (const auto& phrasing : corpus) {
        QSet<QString> found;
        for (const auto& suggestion : extractor.extract(phrasing.sentence)) {
            EXPECT_EQ(phrasing.sentence.mid(suggestion.start, suggestion.end - suggestion.start), suggestion.text);
            found.insert(keyOf(suggestion));
        }
        distractors += phrasing.expected.isEmpty() ? 1 : 0;
        predicted += static_cast<int>(found.size());
        expected += static_cast<int>(phrasing.expected.size());
        QSet<QString> hits = found;
        hits.intersect(phrasing.expected);
        correct += static_cast<int>(hits.size());
        QSet<QString> missed = phrasing.expected;
        missed.subtract(found);
        QSet<QString> extra = found;
        extra.subtract(phrasing.expected);
        for (const auto& miss : missed)
            std::cout << "  missed (line " << phrasing.line << ") " << miss.toStdString()
                      << "  in: " << phrasing.sentence.toStdString() << '\n';
        for (const auto& unexpected : extra)
            std::cout << "  extra  (line " << phrasing.line << ") " << unexpected.toStdString()
                      << "  in: " << phrasing.sentence.toStdString() << '\n';
    }
    const double precision = predicted == 0 ? 0.0 : static_cast<double>(correct) / predicted;
    const double recall = expected == 0 ? 0.0 : static_cast<double>(correct) / expected;
    std::cout << "extraction corpus: " << corpus.size() << " phrasings (" << distractors << " distractors), "
              << expected << " expected values, " << predicted << " suggested, " << correct << " correct; precision "
              << precision << ", recall " << recall << '\n';
    // The floors sit just under what the rules reach (1.0 / 0.997 on 344 values), so losing or adding
    // a handful of suggestions fails the build. Unseen text scores lower: the held-out batches of
    // the corpus scored 0.94-1.0 precision and 0.85-0.93 recall before their misses were fixed.
    EXPECT_GE(precision, 0.98);
    EXPECT_GE(recall, 0.98);
}

namespace {

/** The first suggestion of \a field with \a value, its span checked against \a text; fails the test when absent. */
Suggestion expectFound(const Suggestions& suggestions, const QString& text, const QString& field, const QString& value)
{
    const Suggestion* found = find(suggestions, field, value);
    EXPECT_NE(found, nullptr) << field.toStdString() << '=' << value.toStdString();
    if (!found)
        return {};
    EXPECT_EQ(text.mid(found->start, found->end - found->start), found->text);
    return *found;
}

} // namespace

TEST(ExtractorTest, ReadsEveryFactOfTheCaseReportSeed)
{
    STEMMA_REQUIRE_SHARED();
    QFile file(stemma::test::sharedPath(QStringLiteral("seeds/003_de25009799aa1a8d.txt")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const auto suggestions = Extractor().extract(text);

    EXPECT_EQ(expectFound(suggestions, text, QStringLiteral("patients"), QStringLiteral("1")).text,
              QStringLiteral("A 36 year-old"));
    const auto age = expectFound(suggestions, text, QStringLiteral("age"), QStringLiteral("36"));
    EXPECT_EQ(age.unit, QStringLiteral("years"));
    EXPECT_EQ(age.text, QStringLiteral("36 year-old"));
    EXPECT_EQ(expectFound(suggestions, text, QStringLiteral("sex"), QStringLiteral("female")).text,
              QStringLiteral("female"));
    const auto subtypes = Extractor::distinct(suggestions);
    const auto subtype =
        expectFound(subtypes, text, QStringLiteral("disease_subtype"), QStringLiteral("diffuse cutaneous"));
    EXPECT_TRUE(subtype.text.contains(QLatin1String("diffuse SSc"))) << subtype.text.toStdString();
    const auto duration = expectFound(suggestions, text, QStringLiteral("disease_duration"), QStringLiteral("10"));
    EXPECT_EQ(duration.unit, QStringLiteral("years"));
    EXPECT_EQ(duration.text, QStringLiteral("10-year history"));
    const auto rodnan = expectFound(suggestions, text, QStringLiteral("outcome"), QStringLiteral("47"));
    EXPECT_EQ(rodnan.measure, QStringLiteral("mRSS"));
    EXPECT_EQ(rodnan.unit, QStringLiteral("/51"));
    EXPECT_EQ(rodnan.text, QStringLiteral("Rodnan score 47/51"));
    for (const char* drug : {"methotrexate", "azathioprine", "cyclophosphamide"})
        EXPECT_EQ(expectFound(suggestions, text, QStringLiteral("prior_therapy"), QLatin1String(drug)).text,
                  QLatin1String(drug));
    EXPECT_EQ(expectFound(suggestions, text, QStringLiteral("infusions"), QStringLiteral("2")).text,
              QStringLiteral("two infusions"));
    EXPECT_EQ(expectFound(suggestions, text, QStringLiteral("donor"), QStringLiteral("allogeneic-unrelated")).text,
              QStringLiteral("allogeneic unrelated-donor"));
    expectFound(suggestions, text, QStringLiteral("intervention_family"), QStringLiteral("msc"));
    expectFound(suggestions, text, QStringLiteral("route"), QStringLiteral("intravenous"));
    const auto dose = expectFound(suggestions, text, QStringLiteral("dose"), QStringLiteral("2000000"));
    EXPECT_EQ(dose.unit, QStringLiteral("cells/kg"));
    EXPECT_EQ(dose.text, QStringLiteral("2x106/Kg"));
    EXPECT_EQ(expectFound(suggestions, text, QStringLiteral("deaths"), QStringLiteral("1")).text,
              QStringLiteral("patient died"));
    // The Results sentence is the case itself: its dose and infusion count are the only ones in the text.
    int doses = 0;
    for (const auto& s : suggestions)
        doses += s.field == QLatin1String("dose") ? 1 : 0;
    EXPECT_EQ(doses, 1);
}

TEST(ExtractorTest, MergesRepeatsAtOnePlaceAndKeepsReadingOrder)
{
    const QString text = QStringLiteral("We report a 40-year-old woman. MSC were given; MSC were safe.");
    const auto suggestions = Extractor().extract(text);
    int patients = 0;
    for (int i = 0; i < suggestions.size(); ++i) {
        patients += suggestions[i].field == QLatin1String("patients") ? 1 : 0;
        if (i > 0) {
            EXPECT_LE(suggestions[i - 1].start, suggestions[i].start);
        }
    }
    EXPECT_EQ(patients, 1);
    const auto distinct = Extractor::distinct(suggestions);
    EXPECT_EQ(distinct.size(), suggestions.size() - 1);
    EXPECT_TRUE(Extractor().extract(QString()).isEmpty());
}
