// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/SearchExportGenerator.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace stemma::bench {
namespace {

const char* const SYLLABLES[] = {"an", "ber", "ca", "dor", "el", "fa", "gu", "han", "ik", "jo",  "ka", "lin", "mo",
                                 "nu", "os",  "pa", "qui", "ro", "sa", "tu", "ur",  "ve", "wen", "xi", "yo",  "zan"};
constexpr int SYLLABLE_COUNT = sizeof(SYLLABLES) / sizeof(SYLLABLES[0]);

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

} // namespace

SearchExportGenerator::SearchExportGenerator(const QString& wordFrequencyFile, Options options)
    : m_options(options)
    , m_random(options.seed)
{
    QFile file(wordFrequencyFile);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&file);
        double total = 0;
        while (!in.atEnd()) {
            const QString line = in.readLine();
            if (line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() != 2)
                continue;
            m_vocabulary << parts[0];
            total += parts[1].toDouble();
            m_cumulative.push_back(total);
        }
    }
    std::uniform_int_distribution<int> syllable(0, SYLLABLE_COUNT - 1);
    for (int i = 0; i < 6000; ++i) {
        QString family;
        for (int s = 0; s < 2 + i % 2; ++s)
            family += QString::fromLatin1(SYLLABLES[syllable(m_random)]);
        m_families << capitalised(family);
    }
    for (int i = 0; i < 400; ++i)
        m_journals << QStringLiteral("Journal of %1 %2").arg(capitalised(randomWord()), capitalised(randomWord()));
    generate();
}

QString SearchExportGenerator::randomWord()
{
    if (m_vocabulary.isEmpty())
        return QStringLiteral("word");
    std::uniform_real_distribution<double> pick(0, m_cumulative.back());
    const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), pick(m_random));
    return m_vocabulary[int(it - m_cumulative.begin())];
}

QString SearchExportGenerator::words(int count, bool sentenceCase)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << randomWord();
    QString text = list.join(QLatin1Char(' '));
    return sentenceCase ? capitalised(text) : text;
}

core::Reference SearchExportGenerator::makeOriginal(int index)
{
    std::uniform_int_distribution<int> titleLength(8, 16);
    std::uniform_int_distribution<int> authorCount(2, 7);
    std::uniform_int_distribution<int> familyPick(0, int(m_families.size()) - 1);
    std::uniform_int_distribution<int> journalPick(0, int(m_journals.size()) - 1);
    std::uniform_int_distribution<int> yearPick(1990, 2025);
    std::uniform_int_distribution<int> page(1, 3000);
    std::uniform_int_distribution<int> sentenceLength(14, 28);
    std::uniform_int_distribution<int> percent(0, 99);

    core::Reference reference;
    reference.title = words(titleLength(m_random), true);
    for (int a = authorCount(m_random); a > 0; --a) {
        const QChar first(u'A' + char16_t(familyPick(m_random) % 26));
        const QChar second(u'A' + char16_t(familyPick(m_random) % 26));
        reference.authors.append(core::Author{m_families[familyPick(m_random)], QString(first) + second, {}});
    }
    reference.year = yearPick(m_random);
    reference.journal = m_journals[journalPick(m_random)];
    reference.volume = QString::number(1 + percent(m_random));
    reference.issue = QString::number(1 + percent(m_random) % 12);
    const int start = page(m_random);
    reference.pages = QStringLiteral("%1-%2").arg(start).arg(start + 3 + percent(m_random) % 20);
    QStringList sentences;
    int length = 0;
    while (length < 1300) {
        QString sentence = words(sentenceLength(m_random), true) + QLatin1Char('.');
        length += int(sentence.size()) + 1;
        sentences << sentence;
    }
    reference.abstract = sentences.join(QLatin1Char(' '));
    for (int k = 0; k < 3 + percent(m_random) % 4; ++k)
        reference.keywords << words(1 + percent(m_random) % 2, false);
    if (percent(m_random) < 85)
        reference.doi = QStringLiteral("10.%1/bench.%2").arg(1000 + percent(m_random)).arg(index);
    if (percent(m_random) < 70)
        reference.pmid = QString::number(20000000 + index);
    return reference;
}

core::Reference SearchExportGenerator::perturb(const core::Reference& original)
{
    core::Reference copy = original;
    std::uniform_int_distribution<int> percent(0, 99);
    QString title = copy.title;
    switch (percent(m_random) % 4) {
    case 0: // another database's capitalisation
        title = title.toUpper();
        break;
    case 1: // punctuation
        title.replace(QLatin1Char(' '), QStringLiteral(", ")).append(QLatin1Char('.'));
        title.replace(QStringLiteral(", "), QStringLiteral(" "), Qt::CaseSensitive);
        title.insert(title.indexOf(QLatin1Char(' ')), QLatin1Char(':'));
        break;
    case 2: { // spelling: one letter changed in a longer word
        const QStringList parts = title.split(QLatin1Char(' '));
        QStringList changed = parts;
        for (QString& word : changed) {
            if (word.size() > 6) {
                word[3] = word[3] == QLatin1Char('e') ? QLatin1Char('a') : QLatin1Char('e');
                break;
            }
        }
        title = changed.join(QLatin1Char(' '));
        break;
    }
    default: // spacing
        title.replace(QLatin1Char(' '), QStringLiteral("  "));
        if (const int space = int(title.indexOf(QLatin1Char(' '), 10)); space > 0)
            title.remove(space, 2);
        break;
    }
    copy.title = title;
    if (percent(m_random) < 50) {
        copy.doi.clear();
        copy.pmid.clear();
    }
    if (percent(m_random) < 15 && copy.year)
        copy.year = *copy.year + 1; // online-first versus issue year
    if (percent(m_random) < 30)
        copy.pages = copy.pages.section(QLatin1Char('-'), 0, 0);
    return copy;
}

void SearchExportGenerator::generate()
{
    const int duplicates = int(m_options.records * m_options.duplicateShare);
    const int originals = m_options.records - duplicates;
    m_records.reserve(m_options.records);
    for (int i = 0; i < originals; ++i)
        m_records.push_back(makeOriginal(i));
    std::uniform_int_distribution<int> pickOriginal(0, originals - 1);
    std::vector<char> used(originals, 0);
    for (int d = 0; d < duplicates; ++d) {
        int original = pickOriginal(m_random);
        while (used[original])
            original = (original + 1) % originals;
        used[original] = 1;
        m_pairs.emplace_back(original, int(m_records.size()));
        m_records.push_back(perturb(m_records[original]));
    }
}

bool SearchExportGenerator::writeRis(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    for (const auto& r : m_records) {
        out << "TY  - JOUR\n";
        for (const auto& author : r.authors)
            out << "AU  - " << author.family << ", " << author.given << '\n';
        out << "TI  - " << r.title << '\n'
            << "T2  - " << r.journal << '\n'
            << "PY  - " << *r.year << "//\n"
            << "VL  - " << r.volume << '\n'
            << "IS  - " << r.issue << '\n'
            << "SP  - " << r.pages.section(QLatin1Char('-'), 0, 0) << '\n';
        if (r.pages.contains(QLatin1Char('-')))
            out << "EP  - " << r.pages.section(QLatin1Char('-'), 1, 1) << '\n';
        out << "AB  - " << r.abstract << '\n';
        for (const auto& keyword : r.keywords)
            out << "KW  - " << keyword << '\n';
        if (!r.doi.isEmpty())
            out << "DO  - " << r.doi << '\n';
        out << "ER  - \n\n";
    }
    return out.status() == QTextStream::Ok;
}

bool SearchExportGenerator::writeMedline(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    int fallbackPmid = 90000000;
    auto wrapped = [&out](const char* tag, const QString& text) {
        // MEDLINE wraps long fields at about 80 columns with 6-space continuation lines.
        out << tag;
        int column = 6;
        for (const QString& word : text.split(QLatin1Char(' '))) {
            if (column + word.size() > 80 && column > 6) {
                out << "\n      ";
                column = 6;
            }
            out << word << ' ';
            column += int(word.size()) + 1;
        }
        out << '\n';
    };
    for (const auto& r : m_records) {
        out << "PMID- " << (r.pmid.isEmpty() ? QString::number(fallbackPmid++) : r.pmid) << '\n';
        wrapped("TI  - ", r.title);
        wrapped("AB  - ", r.abstract);
        for (const auto& author : r.authors)
            out << "FAU - " << author.family << ", " << author.given << '\n'
                << "AU  - " << author.family << ' ' << author.given << '\n';
        out << "DP  - " << *r.year << " Mar\n"
            << "JT  - " << r.journal << '\n'
            << "VI  - " << r.volume << '\n'
            << "IP  - " << r.issue << '\n'
            << "PG  - " << r.pages << '\n';
        if (!r.doi.isEmpty())
            out << "LID - " << r.doi << " [doi]\n";
        for (const auto& keyword : r.keywords)
            out << "OT  - " << keyword << '\n';
        out << "PT  - Journal Article\n\n";
    }
    return out.status() == QTextStream::Ok;
}

} // namespace stemma::bench
