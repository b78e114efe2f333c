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
    EXPECT_GE(precision, 0.90);
    EXPECT_GE(recall, 0.85);
}
