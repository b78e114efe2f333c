// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ArticlePageParser.h"

#include "core/import/Normalize.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace stemma::core::import {
namespace {

using Re = QRegularExpression;

constexpr auto CI = Re::CaseInsensitiveOption;
constexpr auto UNICODE = Re::UseUnicodePropertiesOption;

/** "  1. Name", "• Name", "- Name" → "Name". */
QString stripListMarker(const QString& line)
{
    static const Re marker(
        QStringLiteral("^\\s*(?:\\d{1,3}[.)]\\s+|[\\x{2022}\\x{00B7}\\x{25AA}\\x{25E6}\\x{2023}*\\-\\x{2013}]\\s+)"));
    QString stripped = line;
    stripped.remove(marker);
    return stripped.trimmed();
}

/** Site navigation, counters and banners: never part of the article. */
bool isFurniture(const QString& line)
{
    static const Re furniture(
        QStringLiteral(
            "^(?:more details?|request permissions|download(?: full text)?(?: \\(?pdf\\)?)?|view pdf|"
            "full text|article text|statistics from|"
            "open access(?:\\s+[\\d,]+\\s+views?)?(?:\\s+[\\d,]+\\s+downloads?)?|"
            "[\\d,]+\\s+views?(?:\\s+[\\d,]+\\s+downloads?)?|comments?\\s*\\(\\d+\\)|"
            "no citations found for this paper\\.?|current paper \\(gr[ae]y\\).*|"
            "display is limited for performance.*|share|cite|cite this article|print|email|tools|"
            "google scholar|crossref|save|save to library|sign in|log in|register|menu|search|"
            "back to top|previous article|next article|related articles|article metrics|altmetric.*|"
            "if you wish to reuse any or all of this article.*|disclosure of interest.*|"
            "skip to (?:main )?content|accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences))$"),
        CI);
    static const Re cookieBanner(
        QStringLiteral("\\bcookies?\\b.*\\b(?:accept|consent|we use|uses|privacy|settings|"
                       "preferences|browsing)\\b|\\b(?:we use|this (?:web)?site uses)\\b.*\\bcookies?\\b"),
        CI);
    return furniture.match(line).hasMatch() || cookieBanner.match(line).hasMatch();
}

/** "Generated Jul 03, 2025": the stamp of a machine-written summary that follows it. */
bool isGeneratedStamp(const QString& line)
{
    static const Re stamp(QStringLiteral("^generated\\s+(?:on\\s+)?\\w{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}$"), CI);
    return stamp.match(line).hasMatch();
}

/** Share of letters that are Latin: a parallel title in Cyrillic or Chinese is not the title to keep. */
double latinShare(const QString& text)
{
    int letters = 0;
    int latin = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.script() == QChar::Script_Latin)
            ++latin;
    }
    return letters == 0 ? 0.0 : double(latin) / letters;
}

/** "Steen VD, Medsger Jr TA. Title. Journal. 2000;43(11):2437-44." and the like. */
bool looksLikeCitation(const QString& line)
{
    static const Re start(QStringLiteral("^\\p{Lu}[\\p{L}'\\x{2019}\\-]+(?:\\s(?:\\p{Lu}[\\p{L}'\\x{2019}\\-]+|Jr|Sr))*"
                                         "\\s(?:\\p{Lu}{1,3}|(?:\\p{Lu}\\.){1,3})(?:,|\\.|\\s)"),
                          UNICODE);
    static const Re year(QStringLiteral("\\b(?:19|20)\\d{2}\\b"));
    static const Re locator(QStringLiteral("\\d+\\s*\\(\\d+\\)|;\\s*\\d+|:\\s*\\d+\\s*[\\-\\x{2013}]\\s*\\d+"));
    return line.size() > 40 && start.match(line).hasMatch() && year.match(line).hasMatch() &&
           locator.match(line).hasMatch();
}

const QSet<QString>& nameParticles()
{
    static const QSet<QString> particles{
        QStringLiteral("van"), QStringLiteral("von"),   QStringLiteral("de"),  QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("da"),    QStringLiteral("dos"), QStringLiteral("das"),
        QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"),  QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("du"),    QStringLiteral("bin"), QStringLiteral("al"),
        QStringLiteral("el"),  QStringLiteral("ter"),   QStringLiteral("ten"), QStringLiteral("y"),
    };
    return particles;
}

/** A token that can be (part of) a personal name: "R.", "Natalya", "Jones-Farrand", "van". */
bool isNameWord(const QString& word, bool allowParticle)
{
    static const Re capitalised(QStringLiteral("^\\p{Lu}[\\p{L}'\\x{2019}\\-]*\\.?$"), UNICODE);
    static const Re initials(QStringLiteral("^(?:\\p{Lu}\\.?-?){1,3}$"), UNICODE);
    if (allowParticle && nameParticles().contains(word))
        return true;
    return capitalised.match(word).hasMatch() || initials.match(word).hasMatch();
}

/** Drops affiliation markers: "R. Chakr1," → "R. Chakr", "Natalya Krivoruchko 1" → "Natalya Krivoruchko". */
QString stripAffiliationMarker(QString token)
{
    static const Re trailing(QStringLiteral("(?:[\\s,]*+(?:\\d++|[*\\x{2020}\\x{2021}\\x{00A7}#\\x{00B9}\\x{00B2}"
                                            "\\x{00B3}\\x{2070}-\\x{2079}]++))++[\\s,]*+$"));
    token.remove(trailing);
    return token.trimmed();
}

/** The words of a full personal name ("R. Chakr", "Natalya Krivoruchko"), or an empty list. */
QStringList personalNameWords(const QString& token, int minWords)
{
    const QStringList words = token.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < minWords || words.size() > 5)
        return {};
    for (qsizetype i = 0; i < words.size(); ++i)
        if (!isNameWord(words[i], i > 0 && i + 1 < words.size()))
            return {};
    // The family name, last, is a word and not an initial.
    if (words.back().size() < 2 || words.back().endsWith(QLatin1Char('.')))
        return {};
    return words;
}

/** "Mahmood S", "Taqdees": given names and initials, at most three words. */
bool allNameWords(const QString& token)
{
    const QStringList words = token.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 3)
        return false;
    for (const QString& word : words)
        if (!isNameWord(word, false))
            return false;
    return true;
}

/** Authors written on one line: "A Smith 1, B Jones 2" or "Smith, Anna, Jones, Bob". */
QList<Author> authorsFromLine(const QString& line)
{
    if (line.size() > 600 || line.endsWith(QLatin1Char('.')) || line.contains(QLatin1Char(':')))
        return {};
    QStringList tokens = line.split(Re(QStringLiteral("\\s*(?:,|;|\\band\\b|&)\\s*")), Qt::SkipEmptyParts);
    for (QString& token : tokens)
        token = stripAffiliationMarker(token);
    tokens.removeAll(QString());
    if (tokens.size() < 2)
        return {};
    QList<Author> authors;
    bool allFullNames = true;
    for (const QString& token : tokens) {
        if (personalNameWords(token, 2).isEmpty()) {
            allFullNames = false;
            break;
        }
        authors.append(parseAuthorName(token));
    }
    if (allFullNames)
        return authors;
    // "Surname, Given, Surname, Given" (Semantic Scholar and similar pages).
    if (tokens.size() < 4 || tokens.size() % 2 != 0 ||
        std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    authors.clear();
    for (qsizetype i = 0; i + 1 < tokens.size(); i += 2) {
        if (personalNameWords(tokens[i], 1).isEmpty() || !allNameWords(tokens[i + 1]))
            return {};
        authors.append(parseAuthorName(tokens[i] + QStringLiteral(", ") + tokens[i + 1]));
    }
    return authors;
}

/** One author per line, as numbered lists show them: "1. R. Chakr1,". */
std::optional<Author> authorFromListLine(const QString& line)
{
    static const Re numbered(QStringLiteral("^\\d{1,3}[.)]\\s+"));
    if (!numbered.match(line).hasMatch() || line.size() > 80)
        return std::nullopt;
    const QString token = stripAffiliationMarker(stripListMarker(line));
    if (personalNameWords(token, 2).isEmpty())
        return std::nullopt;
    return parseAuthorName(token);
}

/** "1 No 4 Therapy Department, ...", "2Hospital Santa Casa ..." (after a list marker). */
bool looksLikeAffiliation(const QString& line)
{
    static const Re numberedInstitution(QStringLiteral("^[\\d\\x{00B9}\\x{00B2}\\x{00B3}*\\x{2020}]{1,2}\\s*\\p{Lu}"),
                                        UNICODE);
    static const Re institution(QStringLiteral("\\b(?:Universit|Department|Hospital|Institut|Cent(?:er|re)|Clinic|"
                                               "Laborator|School|College|Faculty|Foundation|Division)"),
                                CI);
    return numberedInstitution.match(line).hasMatch() && institution.match(line).hasMatch();
}

/** "AB0505 Case report of ..." → {"AB0505", "Case report of ..."}. */
std::pair<QString, QString> splitAbstractCode(const QString& title)
{
    static const Re code(
        QStringLiteral("^((?:AB|OP|POS|PO|SAT|THU|FRI|SP|LB|OC|P|O)\\d{2,4})[\\s:.\\-\\x{2013}]+(\\S.*)$"));
    const auto match = code.match(title);
    if (!match.hasMatch())
        return {QString(), title};
    return {match.captured(1), match.captured(2)};
}

struct CitationLine
{
    QString journal;
    QString volume;
    QString issue;
    QString pages;
    std::optional<int> year;
};

/** "J CLIN MED KAZ, Volume 3, Issue 49, pp. 50-54." */
std::optional<CitationLine> parseCitationLine(const QString& line)
{
    static const Re volume(QStringLiteral("(?:^|[,;.]\\s*)(?:Volume|Vol\\.?)\\s*([\\w\\-]+)"), CI);
    static const Re issue(QStringLiteral("(?:Issue|No\\.|Number)\\s*([\\w\\-]+)"), CI);
    static const Re pages(QStringLiteral("(?:pp?\\.|pages?)\\s*([\\w]+(?:\\s*[\\-\\x{2013}]\\s*[\\w]+)?)"), CI);
    static const Re year(QStringLiteral("\\b((?:19|20)\\d{2})\\b"));
    const auto volumeMatch = volume.match(line);
    if (!volumeMatch.hasMatch() || volumeMatch.capturedStart() == 0 || line.size() > 300)
        return std::nullopt;
    CitationLine citation;
    citation.journal = line.left(volumeMatch.capturedStart()).trimmed();
    citation.journal.remove(Re(QStringLiteral("[,;.]$")));
    citation.volume = volumeMatch.captured(1);
    if (const auto m = issue.match(line, volumeMatch.capturedEnd()); m.hasMatch())
        citation.issue = m.captured(1);
    if (const auto m = pages.match(line, volumeMatch.capturedEnd()); m.hasMatch())
        citation.pages = m.captured(1).remove(QLatin1Char(' '));
    if (const auto m = year.match(line); m.hasMatch())
        citation.year = m.captured(1).toInt();
    if (citation.journal.isEmpty() || (citation.issue.isEmpty() && citation.pages.isEmpty()))
        return std::nullopt;
    return citation;
}

/** Label of a structured-abstract paragraph: "Background", "Methods", ... */
const Re& sectionLabel()
{
    static const Re label(
        QStringLiteral("^(Background|Objectives?|Aims?|Purpose|Introduction|Methods?|Materials and [Mm]ethods|"
                       "Patients and [Mm]ethods|Design|Setting|Participants|Interventions?|Measurements|Results?|"
                       "Findings|Conclusions?|Interpretation|Significance|Context|Case (?:[Rr]eport|[Pp]resentation)|"
                       "Discussion|Trial registration|Funding)\\s*(?:[:.\\-\\x{2013}]\\s*|\\s+)(\\S.*)?$"));
    return label;
}

bool isStopHeading(const QString& line)
{
    static const Re stop(
        QStringLiteral("^(?:references?|bibliography|keywords?|key\\s?words|introduction|"
                       "how to cite.*|cite this.*|acknowledg(?:e)?ments?|full text|figures?|tables?)\\s*:?$"),
        CI);
    return stop.match(line).hasMatch();
}

bool isProse(const QString& line)
{
    return line.size() >= 120 && line.count(QLatin1Char(' ')) >= 15;
}

/** The grey-literature vocabulary: a clinic selling a treatment, not a study reporting one. */
int promotionalScore(const QString& text)
{
    static const QList<Re> markers{
        Re(QStringLiteral("\\bclinics?\\b"), CI),
        Re(QStringLiteral("\\bcontact us\\b|\\bmake contact with us\\b|\\bget in touch\\b|\\bcall us\\b"), CI),
        Re(QStringLiteral("\\bbook (?:a|your) (?:free )?(?:consultation|appointment)\\b|\\bfree consultation\\b"), CI),
        Re(QStringLiteral("\\bour (?:webpage|website|clinic|team|patients|centre|center)\\b"), CI),
        Re(QStringLiteral("\\bsign up\\b|\\bnewsletter\\b|\\btestimonials?\\b|\\bpricing\\b|\\bcost of treatment\\b"),
           CI),
        Re(QStringLiteral("\\bwe offer\\b|\\bour treatments?\\b|\\bschedule (?:a|your)\\b"), CI),
    };
    int score = 0;
    for (const Re& marker : markers)
        if (marker.match(text).hasMatch())
            ++score;
    return score;
}

QString simplifiedKey(const QString& text)
{
    QString key;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    return key;
}

void listMissing(ParsedRecord& record)
{
    const Reference& reference = record.reference;
    record.notFound.clear();
    record.notFound << missingEssentials(reference);
    if (reference.journal.isEmpty())
        record.notFound << QStringLiteral("journal");
    if (reference.abstract.isEmpty())
        record.notFound << QStringLiteral("abstract");
    if (reference.doi.isEmpty())
        record.notFound << QStringLiteral("doi");
}

QString firstDoi(const QStringList& lines)
{
    static const Re doi(QStringLiteral("\\b10\\.\\d{4,9}/[^\\s\"'<>]+"));
    for (const QString& line : lines) {
        if (const auto m = doi.match(line); m.hasMatch()) {
            QString found = m.captured(0);
            while (!found.isEmpty() && QStringLiteral(".,;)]").contains(found.back()))
                found.chop(1);
            return found;
        }
    }
    return {};
}

} // namespace

QString ArticlePageParser::format() const
{
    return QStringLiteral("page");
}

QString ArticlePageParser::displayName() const
{
    return QStringLiteral("Saved article page (text or HTML)");
}

bool ArticlePageParser::looksLikeHtml(QStringView text)
{
    static const Re html(
        QStringLiteral("^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta)\\b"),
        CI | Re::DotMatchesEverythingOption);
    return html.match(text.left(4096).toString()).hasMatch();
}

int ArticlePageParser::confidence(const QByteArray& head, const QString& fileName) const
{
    Q_UNUSED(fileName)
    if (head.trimmed().isEmpty() || head.contains('\0'))
        return 0;
    const QString text = QString::fromUtf8(head);
    if (looksLikeHtml(text))
        return text.contains(QLatin1String("citation_title")) || text.contains(QLatin1String("citation_author")) ? 70
                                                                                                                 : 15;
    // Readable text of any kind: the last resort when no bibliographic format claims it.
    qsizetype control = 0;
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
            ++control;
    return control * 100 > text.size() ? 0 : 10;
}

ParsedRecord ArticlePageParser::recordFromText(const QString& input)
{
    ParsedRecord record;
    Reference& reference = record.reference;

    QString text = input;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Thin and em spaces separate abstract codes from titles; the soft hyphen is invisible.
    static const Re oddSpaces(QStringLiteral("[\\x{00A0}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}]"));
    text.replace(oddSpaces, QStringLiteral(" "));
    text.remove(QChar(0x00AD));

    // 1. Lines without site furniture; an empty string marks a paragraph break.
    QStringList lines;
    QList<bool> startsParagraph; // the line follows a blank line: wrapped lines before it belong elsewhere
    bool afterBlank = true;
    bool inGeneratedSummary = false;
    for (const QString& rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = normalizeWhitespace(rawLine);
        if (line.isEmpty()) {
            inGeneratedSummary = false;
            afterBlank = true;
            continue;
        }
        if (isGeneratedStamp(line)) {
            inGeneratedSummary = true; // the sentences after it were written by the site, not the authors
            continue;
        }
        if (isFurniture(line)) {
            inGeneratedSummary = false;
            continue;
        }
        if (inGeneratedSummary && line.endsWith(QLatin1Char('.')) && authorsFromLine(line).isEmpty())
            continue;
        inGeneratedSummary = false;
        lines.append(line);
        startsParagraph.append(afterBlank);
        afterBlank = false;
    }

    const qsizetype count = lines.size();
    QList<bool> used(count, false);
    QList<bool> citation(count, false);
    for (qsizetype i = 0; i < count; ++i)
        citation[i] = looksLikeCitation(stripListMarker(lines[i]));

    // 2. The author block: one line of names, or a run of numbered name lines.
    qsizetype authorsStart = -1;
    qsizetype authorsEnd = -1;
    for (qsizetype i = 0; i < count && authorsStart < 0; ++i) {
        if (citation[i])
            continue;
        if (const QList<Author> authors = authorsFromLine(lines[i]); !authors.isEmpty()) {
            reference.authors = authors;
            authorsStart = i;
            authorsEnd = i + 1;
            break;
        }
        qsizetype j = i;
        QList<Author> listed;
        while (j < count) {
            const auto author = authorFromListLine(lines[j]);
            if (!author)
                break;
            listed.append(*author);
            ++j;
        }
        if (listed.size() >= 2) {
            reference.authors = listed;
            authorsStart = i;
            authorsEnd = j;
        }
    }
    for (qsizetype i = authorsStart; i >= 0 && i < authorsEnd; ++i)
        used[i] = true;

    // 3. Affiliations follow the authors; there is no field for them, but they are not abstract text.
    for (qsizetype i = std::max<qsizetype>(authorsEnd, 0); authorsEnd >= 0 && i < count; ++i) {
        if (!looksLikeAffiliation(stripListMarker(lines[i])))
            break;
        used[i] = true;
    }

    // 4. The citation line: journal, volume, issue, pages.
    qsizetype citationLine = -1;
    for (qsizetype i = 0; i < count; ++i) {
        if (used[i] || citation[i])
            continue;
        if (const auto parsed = parseCitationLine(lines[i])) {
            reference.journal = parsed->journal;
            reference.volume = parsed->volume;
            reference.issue = parsed->issue;
            reference.pages = parsed->pages;
            reference.year = parsed->year;
            citationLine = i;
            used[i] = true;
            break;
        }
    }

    // 5. The title: the first title-like line above the authors (or the citation line).
    const qsizetype headerEnd = authorsStart >= 0 ? authorsStart : citationLine;
    for (qsizetype i = 0; i < headerEnd; ++i) {
        const QString& line = lines[i];
        if (used[i] || citation[i] || line.size() < 10 || line.size() > 400 || line.count(QLatin1Char(' ')) < 2)
            continue;
        if (latinShare(line) < 0.5 || (line.endsWith(QLatin1Char('.')) && line.size() > 250))
            continue; // a parallel title in another script, or a paragraph
        const auto [code, title] = splitAbstractCode(line);
        reference.title = title;
        if (!code.isEmpty()) {
            reference.type = PublicationType::ConferenceAbstract;
            if (reference.pages.isEmpty())
                reference.pages = code;
        }
        used[i] = true;
        break;
    }
    // Lines of the header in another script repeat the title (Russian parallel titles): not abstract.
    for (qsizetype i = 0; i < headerEnd; ++i)
        if (!used[i] && latinShare(lines[i]) < 0.5 && lines[i].size() < 400)
            used[i] = true;

    // 6. The page's own "how to cite" line gives the year and the full journal name; other citations are references.
    const QString titleKey = simplifiedKey(reference.title).left(60);
    static const Re citedYear(QStringLiteral("\\.\\s*((?:19|20)\\d{2})\\s*[;.,:]"));
    for (qsizetype i = 0; i < count; ++i) {
        if (!citation[i])
            continue;
        used[i] = true;
        if (titleKey.size() >= 20 && simplifiedKey(lines[i]).contains(titleKey)) {
            if (const auto m = citedYear.match(lines[i]); m.hasMatch())
                reference.year = m.captured(1).toInt();
            continue;
        }
        record.citedReferences.append(stripListMarker(lines[i]));
    }

    // 7. Keywords.
    static const Re keywordsLine(QStringLiteral("^(?:keywords?|key\\s?-?words)\\s*[:.\\-\\x{2013}]?\\s*(.*)$"), CI);
    for (qsizetype i = 0; i < count; ++i) {
        const auto m = keywordsLine.match(lines[i]);
        if (used[i] || !m.hasMatch())
            continue;
        used[i] = true;
        QString list = m.captured(1);
        if (list.isEmpty() && i + 1 < count && !used[i + 1]) {
            list = lines[i + 1];
            used[i + 1] = true;
        }
        const QChar separator = list.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
        for (const QString& keyword : list.split(separator))
            if (const QString trimmed = keyword.trimmed(); !trimmed.isEmpty())
                reference.keywords.append(trimmed);
        break;
    }

    // 8. Year from a publication statement when no citation gave one.
    if (!reference.year) {
        // "©" is no word character, so no word boundary follows it.
        static const Re published(
            QStringLiteral("^(?:\\x{00A9}|(?:published(?: online)?|publication date|date of "
                           "publication|first published|copyright)\\b).*?\\b((?:19|20)\\d{2})\\b"),
            CI);
        for (qsizetype i = 0; i < count && !reference.year; ++i)
            if (const auto m = published.match(lines[i]); m.hasMatch() && !citation[i])
                reference.year = m.captured(1).toInt();
    }

    // 9. DOI, from anything but the reference list.
    QStringList ownLines;
    for (qsizetype i = 0; i < count; ++i)
        if (!citation[i])
            ownLines.append(lines[i]);
    reference.doi = firstDoi(ownLines);

    // 10. Grey literature: promotional wording and none of the marks of a publication.
    const int promotion = promotionalScore(lines.join(QLatin1Char('\n')));
    const bool hasPublicationMarks =
        !reference.authors.isEmpty() || !reference.journal.isEmpty() || !reference.doi.isEmpty();
    record.isGreyLiterature = (promotion >= 1 && !hasPublicationMarks) || promotion >= 3;
    if (record.isGreyLiterature)
        reference.type = PublicationType::WebPage;

    // 11. The abstract: labelled sections, else the text under an "Abstract" heading, else the first paragraph.
    QStringList sections;
    for (qsizetype i = 0; i < count; ++i) {
        if (used[i])
            continue;
        const auto m = sectionLabel().match(lines[i]);
        if (!m.hasMatch())
            continue;
        QString body = m.captured(2);
        if (body.isEmpty() && i + 1 < count && !used[i + 1] && !sectionLabel().match(lines[i + 1]).hasMatch()) {
            body = lines[i + 1];
            used[i + 1] = true;
        }
        if (body.isEmpty())
            continue;
        used[i] = true;
        sections.append(m.captured(1) + QStringLiteral(": ") + body);
    }
    if (sections.size() >= 2) {
        reference.abstract = sections.join(QStringLiteral("\n\n"));
    } else {
        static const Re heading(QStringLiteral("^abstract\\s*:?\\s*(.*)$"), CI);
        QStringList paragraphs;
        for (qsizetype i = 0; i < count && paragraphs.isEmpty(); ++i) {
            const auto m = heading.match(lines[i]);
            if (used[i] || !m.hasMatch())
                continue;
            used[i] = true;
            // One paragraph: lines wrapped by a PDF or a text editor are joined, and it ends at a blank line.
            QStringList wrapped;
            if (!m.captured(1).isEmpty())
                wrapped.append(m.captured(1));
            for (qsizetype j = i + 1; j < count && !used[j] && !isStopHeading(lines[j]); ++j) {
                if (!wrapped.isEmpty() && startsParagraph[j])
                    break;
                used[j] = true;
                wrapped.append(lines[j]);
            }
            if (!wrapped.isEmpty())
                paragraphs.append(wrapped.join(QLatin1Char(' ')));
        }
        if (paragraphs.isEmpty()) {
            for (qsizetype i = 0; i < count; ++i) {
                if (used[i] || !isProse(lines[i]))
                    continue;
                paragraphs.append(lines[i]);
                // A web page has no abstract: keep its whole text so screening can read it.
                if (!record.isGreyLiterature)
                    break;
            }
        }
        paragraphs += sections;
        reference.abstract = paragraphs.join(QStringLiteral("\n\n"));
    }

    listMissing(record);
    return record;
}

QString ArticlePageParser::htmlToText(const QString& html)
{
    static const Re comments(QStringLiteral("<!--.*?-->"), Re::DotMatchesEverythingOption);
    static const Re hidden(
        QStringLiteral("<(script|style|noscript|template|svg|nav|footer|head|button|select)\\b[^>]*>.*?</\\1\\s*>"),
        CI | Re::DotMatchesEverythingOption);
    static const Re lineBreak(QStringLiteral("<br\\s*/?>"), CI);
    static const Re listItem(QStringLiteral("<li\\b[^>]*>"), CI);
    static const Re block(QStringLiteral("</?(?:p|div|h[1-6]|tr|table|section|article|header|ul|ol|dl|dt|dd|"
                                         "blockquote|figure|figcaption|aside|main|form|title|pre|hr)\\b[^>]*>"),
                          CI);
    static const Re cell(QStringLiteral("</t[dh]\\s*>"), CI);
    static const Re tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(comments);
    text.remove(hidden);
    text.replace(Re(QStringLiteral("\\s*\\n\\s*")), QStringLiteral(" ")); // source line breaks mean nothing in HTML
    text.replace(lineBreak, QStringLiteral("\n"));
    text.replace(listItem, QStringLiteral("\n\u2022 "));
    text.replace(block, QStringLiteral("\n\n"));
    text.replace(cell, QStringLiteral(" "));
    text.remove(tag);
    text = decodeHtmlEntities(text);
    QStringList lines;
    bool lastBlank = true;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString cleaned = normalizeWhitespace(line);
        if (cleaned.isEmpty() && lastBlank)
            continue;
        lastBlank = cleaned.isEmpty();
        lines.append(cleaned);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

ParsedRecord ArticlePageParser::recordFromHtml(const QString& html)
{
    // Highwire/Google Scholar meta tags: what the publisher says, better than any guess from the text.
    QHash<QString, QStringList> meta;
    static const Re metaTag(QStringLiteral("<meta\\b([^>]*)>"), CI);
    static const Re attribute(QStringLiteral("\\b(name|property|content)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"), CI);
    for (auto it = metaTag.globalMatch(html); it.hasNext();) {
        const QString attributes = it.next().captured(1);
        QString name;
        QString content;
        bool hasContent = false;
        for (auto a = attribute.globalMatch(attributes); a.hasNext();) {
            const auto m = a.next();
            const QString value = m.captured(2).isNull() ? m.captured(3) : m.captured(2);
            if (m.captured(1).compare(QLatin1String("content"), Qt::CaseInsensitive) == 0) {
                content = value;
                hasContent = true;
            } else {
                name = value.toLower();
            }
        }
        if (!name.isEmpty() && hasContent)
            meta[name].append(normalizeWhitespace(decodeHtmlEntities(content)));
    }
    const auto first = [&](std::initializer_list<const char*> names) {
        for (const char* name : names)
            for (const QString& value : meta.value(QString::fromLatin1(name)))
                if (!value.isEmpty())
                    return value;
        return QString();
    };

    ParsedRecord record = recordFromText(htmlToText(html));
    Reference& reference = record.reference;
    static const Re titleTag(QStringLiteral("<title\\b[^>]*>(.*?)</title\\s*>"), CI | Re::DotMatchesEverythingOption);
    const QString pageTitle = normalizeWhitespace(decodeHtmlEntities(titleTag.match(html).captured(1)));

    if (const QString title = first({"citation_title", "dc.title", "og:title"}); !title.isEmpty())
        reference.title = title;
    else if (reference.title.isEmpty() && !pageTitle.isEmpty())
        reference.title = pageTitle.section(QStringLiteral(" | "), 0, 0).trimmed();

    QStringList authorNames = meta.value(QStringLiteral("citation_author"));
    if (authorNames.isEmpty())
        authorNames = meta.value(QStringLiteral("dc.creator"));
    if (!authorNames.isEmpty()) {
        reference.authors.clear();
        for (const QString& name : authorNames)
            if (!name.isEmpty())
                reference.authors.append(parseAuthorName(name));
    }
    if (const QString doi = first({"citation_doi", "dc.identifier", "prism.doi"}); doi.contains(QLatin1String("10.")))
        reference.doi = doi;
    if (const QString journal = first({"citation_journal_title", "citation_conference_title", "prism.publicationname"});
        !journal.isEmpty())
        reference.journal = journal;
    if (const auto year = extractYear(first({"citation_publication_date",
                                             "citation_date",
                                             "citation_online_date",
                                             "citation_year",
                                             "dc.date",
                                             "prism.publicationdate"})))
        reference.year = year;
    if (const QString volume = first({"citation_volume", "prism.volume"}); !volume.isEmpty())
        reference.volume = volume;
    if (const QString issue = first({"citation_issue", "prism.number"}); !issue.isEmpty())
        reference.issue = issue;
    if (const QString firstPage = first({"citation_firstpage", "prism.startingpage"}); !firstPage.isEmpty()) {
        const QString lastPage = first({"citation_lastpage", "prism.endingpage"});
        reference.pages = lastPage.isEmpty() ? firstPage : firstPage + QLatin1Char('-') + lastPage;
    }
    if (const QString abstract = first({"citation_abstract", "dc.description"});
        abstract.size() > reference.abstract.size())
        reference.abstract = abstract;
    if (const QString keywords = first({"citation_keywords", "keywords"});
        !keywords.isEmpty() && reference.keywords.isEmpty())
        for (const QString& keyword :
             keywords.split(keywords.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',')))
            if (const QString trimmed = keyword.trimmed(); !trimmed.isEmpty())
                reference.keywords.append(trimmed);
    if (const QString pmid = first({"citation_pmid"}); !pmid.isEmpty())
        reference.pmid = pmid;
    if (const QString language = first({"citation_language", "dc.language"}); !language.isEmpty())
        reference.language = language;
    reference.url = first({"citation_abstract_html_url", "citation_fulltext_html_url", "og:url"});
    if (const QStringList cited = meta.value(QStringLiteral("citation_reference")); !cited.isEmpty())
        record.citedReferences = cited;
    if (meta.contains(QStringLiteral("citation_title"))) {
        // The publisher describes it as a publication: not a promotional page.
        record.isGreyLiterature = false;
        if (reference.type == PublicationType::WebPage)
            reference.type = PublicationType::JournalArticle;
    }
    listMissing(record);
    return record;
}

Result<void> ArticlePageParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be read: %2").arg(fileName, device.errorString()));
    // One page is one record and its parts are found by looking at the whole: it is read at once, with a cap.
    const QByteArray bytes = device.read(MAX_PAGE_BYTES + 1);
    if (bytes.size() > MAX_PAGE_BYTES)
        return makeError(ErrorCode::Parse, QStringLiteral("%1: too large for a saved article page").arg(fileName));
    if (bytes.trimmed().isEmpty())
        return makeError(ErrorCode::Parse, QStringLiteral("%1: the file is empty").arg(fileName));
    if (bytes.contains('\0'))
        return makeError(ErrorCode::Parse, QStringLiteral("%1: not a text page (it holds NUL bytes)").arg(fileName));

    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        text = QString::fromLatin1(bytes);
        sink.problem({ImportProblem::Severity::Warning,
                      fileName,
                      0,
                      1,
                      QStringLiteral("the page is not valid UTF-8; it was read as Latin-1")});
    }
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);

    ParsedRecord record = looksLikeHtml(text) ? recordFromHtml(text) : recordFromText(text);
    record.rawText = text;
    record.recordNumber = 1;
    record.line = 1;
    if (record.reference.title.isEmpty() && record.reference.abstract.isEmpty())
        sink.problem({ImportProblem::Severity::Warning,
                      fileName,
                      0,
                      1,
                      QStringLiteral("no title or abstract could be found in the page")});
    if (!sink.record(std::move(record)))
        return makeError(ErrorCode::Cancelled, QStringLiteral("%1: import cancelled").arg(fileName));
    return {};
}

} // namespace stemma::core::import
