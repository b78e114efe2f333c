// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/Normalize.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace stemma::core::import {
namespace {

const QHash<QString, QChar>& namedEntities()
{
    static const QHash<QString, QChar> entities{
        {QStringLiteral("amp"), QChar(u'&')},       {QStringLiteral("lt"), QChar(u'<')},
        {QStringLiteral("gt"), QChar(u'>')},        {QStringLiteral("quot"), QChar(u'"')},
        {QStringLiteral("apos"), QChar(u'\'')},     {QStringLiteral("nbsp"), QChar(0x00A0)},
        {QStringLiteral("ndash"), QChar(0x2013)},   {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("lsquo"), QChar(0x2018)},   {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("ldquo"), QChar(0x201C)},   {QStringLiteral("rdquo"), QChar(0x201D)},
        {QStringLiteral("hellip"), QChar(0x2026)},  {QStringLiteral("middot"), QChar(0x00B7)},
        {QStringLiteral("times"), QChar(0x00D7)},   {QStringLiteral("plusmn"), QChar(0x00B1)},
        {QStringLiteral("deg"), QChar(0x00B0)},     {QStringLiteral("micro"), QChar(0x00B5)},
        {QStringLiteral("alpha"), QChar(0x03B1)},   {QStringLiteral("beta"), QChar(0x03B2)},
        {QStringLiteral("gamma"), QChar(0x03B3)},   {QStringLiteral("kappa"), QChar(0x03BA)},
        {QStringLiteral("le"), QChar(0x2264)},      {QStringLiteral("ge"), QChar(0x2265)},
        {QStringLiteral("copy"), QChar(0x00A9)},    {QStringLiteral("reg"), QChar(0x00AE)},
        {QStringLiteral("trade"), QChar(0x2122)},   {QStringLiteral("eacute"), QChar(0x00E9)},
        {QStringLiteral("egrave"), QChar(0x00E8)},  {QStringLiteral("aacute"), QChar(0x00E1)},
        {QStringLiteral("agrave"), QChar(0x00E0)},  {QStringLiteral("iacute"), QChar(0x00ED)},
        {QStringLiteral("oacute"), QChar(0x00F3)},  {QStringLiteral("uacute"), QChar(0x00FA)},
        {QStringLiteral("auml"), QChar(0x00E4)},    {QStringLiteral("ouml"), QChar(0x00F6)},
        {QStringLiteral("uuml"), QChar(0x00FC)},    {QStringLiteral("Auml"), QChar(0x00C4)},
        {QStringLiteral("Ouml"), QChar(0x00D6)},    {QStringLiteral("Uuml"), QChar(0x00DC)},
        {QStringLiteral("szlig"), QChar(0x00DF)},   {QStringLiteral("ccedil"), QChar(0x00E7)},
        {QStringLiteral("ntilde"), QChar(0x00F1)},  {QStringLiteral("atilde"), QChar(0x00E3)},
        {QStringLiteral("otilde"), QChar(0x00F5)},  {QStringLiteral("acirc"), QChar(0x00E2)},
        {QStringLiteral("ecirc"), QChar(0x00EA)},   {QStringLiteral("ocirc"), QChar(0x00F4)},
        {QStringLiteral("oslash"), QChar(0x00F8)},  {QStringLiteral("aring"), QChar(0x00E5)},
        {QStringLiteral("shy"), QChar(0x00AD)},     {QStringLiteral("thinsp"), QChar(0x2009)},
        {QStringLiteral("delta"), QChar(0x03B4)},   {QStringLiteral("Delta"), QChar(0x0394)},
        {QStringLiteral("epsilon"), QChar(0x03B5)}, {QStringLiteral("eta"), QChar(0x03B7)},
        {QStringLiteral("theta"), QChar(0x03B8)},   {QStringLiteral("lambda"), QChar(0x03BB)},
        {QStringLiteral("mu"), QChar(0x03BC)},      {QStringLiteral("nu"), QChar(0x03BD)},
        {QStringLiteral("pi"), QChar(0x03C0)},      {QStringLiteral("rho"), QChar(0x03C1)},
        {QStringLiteral("sigma"), QChar(0x03C3)},   {QStringLiteral("Sigma"), QChar(0x03A3)},
        {QStringLiteral("tau"), QChar(0x03C4)},     {QStringLiteral("phi"), QChar(0x03C6)},
        {QStringLiteral("chi"), QChar(0x03C7)},     {QStringLiteral("omega"), QChar(0x03C9)},
        {QStringLiteral("Omega"), QChar(0x03A9)},   {QStringLiteral("sim"), QChar(0x223C)},
        {QStringLiteral("quest"), QChar(u'?')},     {QStringLiteral("ne"), QChar(0x2260)},
        {QStringLiteral("asymp"), QChar(0x2248)},   {QStringLiteral("minus"), QChar(0x2212)},
    };
    return entities;
}

const QStringList& particles()
{
    static const QStringList list{
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),   QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"),
        QStringLiteral("da"),  QStringLiteral("dos"), QStringLiteral("du"),    QStringLiteral("la"),
        QStringLiteral("le"),  QStringLiteral("ter"), QStringLiteral("ten"),   QStringLiteral("st."),
        QStringLiteral("al"),  QStringLiteral("el"),  QStringLiteral("bin"),   QStringLiteral("ibn")};
    return list;
}

/** "JM", "J.M.", "J-P" — a MEDLINE-style initials block. */
bool isInitials(const QString& token)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:\\p{Lu}\\.?-?){1,4}$"));
    if (!pattern.match(token).hasMatch())
        return false;
    // Four bare capitals are a family name in capitals ("Jacob LAAR"), not initials.
    return token.size() <= 3 || token.contains(QLatin1Char('.')) || token.contains(QLatin1Char('-'));
}

/** How a markup tag found in a text field is replaced. */
enum class TagRole { Unknown, Inline, Block };

/**
 * Tags that publishers' HTML, JATS, MathML and PubMed XML leave inside exported titles and
 * abstracts. Only these are removed: anything else between angle brackets is text.
 */
TagRole tagRole(const QString& prefix, const QString& localName)
{
    static const QSet<QString> blocks{QStringLiteral("p"),
                                      QStringLiteral("div"),
                                      QStringLiteral("br"),
                                      QStringLiteral("sec"),
                                      QStringLiteral("title"),
                                      QStringLiteral("list"),
                                      QStringLiteral("list-item"),
                                      QStringLiteral("li"),
                                      QStringLiteral("ul"),
                                      QStringLiteral("ol"),
                                      QStringLiteral("h1"),
                                      QStringLiteral("h2"),
                                      QStringLiteral("h3"),
                                      QStringLiteral("h4"),
                                      QStringLiteral("h5"),
                                      QStringLiteral("h6"),
                                      QStringLiteral("abstracttext"),
                                      QStringLiteral("abstract"),
                                      QStringLiteral("copyrightinformation"),
                                      QStringLiteral("table"),
                                      QStringLiteral("tr"),
                                      QStringLiteral("blockquote")};
    static const QSet<QString> inlines{QStringLiteral("i"),
                                       QStringLiteral("b"),
                                       QStringLiteral("u"),
                                       QStringLiteral("em"),
                                       QStringLiteral("strong"),
                                       QStringLiteral("sub"),
                                       QStringLiteral("sup"),
                                       QStringLiteral("sc"),
                                       QStringLiteral("scp"),
                                       QStringLiteral("span"),
                                       QStringLiteral("a"),
                                       QStringLiteral("font"),
                                       QStringLiteral("bi"),
                                       QStringLiteral("italic"),
                                       QStringLiteral("bold"),
                                       QStringLiteral("underline"),
                                       QStringLiteral("styled-content"),
                                       QStringLiteral("inline-formula"),
                                       QStringLiteral("inline-graphic"),
                                       QStringLiteral("urlref"),
                                       QStringLiteral("emailref"),
                                       QStringLiteral("emphasis"),
                                       QStringLiteral("small"),
                                       QStringLiteral("tt"),
                                       QStringLiteral("math"),
                                       QStringLiteral("mi"),
                                       QStringLiteral("mo"),
                                       QStringLiteral("mn"),
                                       QStringLiteral("mrow"),
                                       QStringLiteral("msub"),
                                       QStringLiteral("msup"),
                                       QStringLiteral("mtext"),
                                       QStringLiteral("mfrac"),
                                       QStringLiteral("inf"),
                                       QStringLiteral("ext-link"),
                                       QStringLiteral("msqrt"),
                                       QStringLiteral("td"),
                                       QStringLiteral("th")};
    const QString prefixLower = prefix.toLower();
    if (prefixLower == QLatin1String("mml") || prefixLower == QLatin1String("m"))
        return TagRole::Inline;
    if (!prefix.isEmpty() && prefixLower != QLatin1String("jats") && prefixLower != QLatin1String("xhtml") &&
        prefixLower != QLatin1String("html"))
        return TagRole::Unknown;
    const QString name = localName.toLower();
    if (blocks.contains(name))
        return TagRole::Block;
    if (inlines.contains(name))
        return TagRole::Inline;
    return TagRole::Unknown;
}

/** True when \a text still holds a character reference after one decoding: it was encoded twice. */
bool hasEntity(const QString& text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});"));
    return text.contains(QLatin1Char('&')) && entity.match(text).hasMatch();
}

/**
 * Entities decoded, again as long as the exporter encoded them more than once ("&amp;lt;p&amp;gt;",
 * Lens's "&amp;amp;#8220;"), and markup removed. Web of Science writes some characters as
 * words in angle brackets ("0<middle dot>25").
 */
QString decodeText(const QString& text, const QString& blockSeparator)
{
    QString decoded = stripMarkup(decodeHtmlEntities(text), blockSeparator);
    for (int extraRound = 0; extraRound < 3 && hasEntity(decoded); ++extraRound)
        decoded = stripMarkup(decodeHtmlEntities(decoded), blockSeparator);
    decoded.replace(QLatin1String("<middle dot>"), QStringLiteral("\u00B7"));
    return decoded;
}

} // namespace

QString normalizeWhitespace(const QString& text)
{
    const auto isSpace = [](QChar c) { return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x200B); };
    // Most fields are clean already: return them without copying (this runs on every field of
    // every imported record).
    bool clean = !text.isEmpty() && !isSpace(text.front()) && !isSpace(text.back());
    for (qsizetype i = 1; clean && i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char(' ') && isSpace(c))
            clean = false;
        else if (c == QLatin1Char(' ') && text[i - 1] == QLatin1Char(' '))
            clean = false;
    }
    if (clean || text.isEmpty())
        return text;

    QString result(text.size(), Qt::Uninitialized);
    QChar* out = result.data();
    qsizetype length = 0;
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isSpace(c)) {
            pendingSpace = length > 0;
            continue;
        }
        if (pendingSpace) {
            out[length++] = QLatin1Char(' ');
            pendingSpace = false;
        }
        out[length++] = c;
    }
    result.truncate(length);
    return result;
}

QString decodeHtmlEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});"));
    QString result;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = (name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X')))
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            // Surrogate halves are not characters on their own; leave such references as written.
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        } else if (auto found = namedEntities().constFind(name); found != namedEntities().cend()) {
            replacement = *found;
        }
        if (replacement.isNull())
            continue;
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += replacement;
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QString stripMarkup(const QString& text, const QString& blockSeparator)
{
    if (!text.contains(QLatin1Char('<')))
        return text;
    // A tag is "<", an optional "/", a name that starts with a letter, attributes written as
    // name="value", and ">": "p < 0.05", "<10 years" and "a <b and c>" are not tags.
    static const QRegularExpression tag(QStringLiteral(
        "<(/?)(?:([A-Za-z][\\w.-]*):)?([A-Za-z][\\w-]*)((?:\\s+[\\w:.-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'<>]+))*)"
        "\\s*/?>"));
    QString result;
    result.reserve(text.size());
    qsizetype last = 0;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const TagRole role = tagRole(match.captured(2), match.captured(3));
        if (role == TagRole::Unknown)
            continue;
        result += QStringView(text).mid(last, match.capturedStart() - last);
        if (role == TagRole::Block)
            result += blockSeparator;
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    result += QStringView(text).mid(last);
    return result;
}

QString normalizeDoi(const QString& text)
{
    static const QRegularExpression doi(QStringLiteral("(10\\.\\d{4,9}/\\S+)"));
    QString cleaned = decodeHtmlEntities(text.trimmed());
    cleaned.replace(QStringLiteral("%2F"), QStringLiteral("/"), Qt::CaseInsensitive);
    const auto match = doi.match(cleaned);
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1).toLower();
    // Trailing punctuation belongs to the sentence, not the DOI; "[doi]" tags come from MEDLINE.
    static const QRegularExpression tail(QStringLiteral("(?:\\[doi\\]|[.,;:\\]>\"'])+$"));
    // A closing parenthesis belongs to the DOI when it closes one the DOI opened: 10.1016/s0140-6736(05).
    for (;;) {
        value.remove(tail);
        if (value.endsWith(QLatin1Char(')')) && value.count(QLatin1Char(')')) > value.count(QLatin1Char('(')))
            value.chop(1);
        else
            break;
    }
    return value;
}

QString normalizePmid(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("(\\d{1,9})"));
    const auto match = digits.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString normalizePages(const QString& text)
{
    QString pages = normalizeWhitespace(text);
    for (const QChar dash : {QChar(0x2010),
                             QChar(0x2011),
                             QChar(0x2012),
                             QChar(0x2013),
                             QChar(0x2014),
                             QChar(0x2212),
                             QChar(0xFE63),
                             QChar(0xFF0D)})
        pages.replace(dash, QLatin1Char('-'));
    static const QRegularExpression label(QStringLiteral("^(?:pp?\\.\\s*|pp\\s+)(?=\\d)"),
                                          QRegularExpression::CaseInsensitiveOption);
    pages.remove(label);
    static const QRegularExpression dashes(QStringLiteral("\\s*-+\\s*"));
    pages.replace(dashes, QStringLiteral("-"));
    // MEDLINE adds the pages of a comment or a second piece after a semicolon or comma
    // ("12-3; discussion 13-14", "12-3, 20"): the article's pages are the first range.
    static const QRegularExpression compound(QStringLiteral("^([A-Za-z]*\\d+(?:-[A-Za-z]*\\d+)?)\\s*[;,]"));
    if (const auto first = compound.match(pages); first.hasMatch())
        pages = first.captured(1);
    static const QRegularExpression range(QStringLiteral("^([A-Za-z]*)(\\d+)-([A-Za-z]*)(\\d+)$"));
    const auto match = range.match(pages);
    if (!match.hasMatch())
        return pages;
    const QString prefix = match.captured(1);
    const QString start = match.captured(2);
    QString end = match.captured(4);
    // PubMed abbreviates the end page: 2490-8 means 2490-2498.
    if (end.size() < start.size() && (match.captured(3).isEmpty() || match.captured(3) == prefix))
        end = start.left(start.size() - end.size()) + end;
    if (start == end)
        return prefix + start;
    return prefix + start + QLatin1Char('-') + prefix + end;
}

std::optional<int> extractYear(const QString& text)
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d|2100)(?!\\d)"));
    const auto match = year.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

bool looksCollective(const QString& name)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(group|consortium|committee|society|investigators|collaborat\\w*|network|association|"
                       "working party|foundation|organi[sz]ation|council|institute|trialists|team|program+e?|"
                       "grp|study|studies|trial|cohort|registry|task force|panel|board|cent(?:er|re)|hospital|"
                       "universit(?:y|ies)|department)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(name).hasMatch();
}

QStringList splitLabels(const QString& text)
{
    QStringList labels;
    for (const QString& part : text.split(QLatin1Char(';')))
        if (const QString label = part.trimmed(); !label.isEmpty())
            labels << label;
    return labels;
}

QString pmidInNote(const QString& text)
{
    static const QRegularExpression pmidLine(QStringLiteral("(?:^|\\n)\\s*PMID:\\s*(\\d{1,9})"));
    const auto match = pmidLine.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

Author parseAuthorName(const QString& text)
{
    const QString name = normalizeWhitespace(decodeHtmlEntities(text));
    if (name.isEmpty())
        return {};
    if (looksCollective(name))
        return Author{{}, {}, name};

    // "Family, Given" (RIS, BibTeX, EndNote); a second comma may hold a suffix ("Jr").
    if (name.contains(QLatin1Char(','))) {
        const QStringList parts = name.split(QLatin1Char(','));
        QString given = parts.mid(1).join(QLatin1Char(' ')).trimmed();
        return Author{parts.front().trimmed(), normalizeWhitespace(given), {}};
    }
    QStringList tokens = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.size() == 1)
        return Author{tokens.front(), {}, {}};
    // "van Laar JM" (MEDLINE AU, Web of Science): initials last.
    if (isInitials(tokens.back())) {
        const QString initials = tokens.takeLast();
        return Author{tokens.join(QLatin1Char(' ')), initials, {}};
    }
    // "Jacob M. van Laar": the family name starts at the first particle, or is the last word.
    qsizetype familyStart = tokens.size() - 1;
    for (qsizetype i = 1; i < tokens.size() - 1; ++i) {
        if (particles().contains(tokens[i].toLower())) {
            familyStart = i;
            break;
        }
    }
    return Author{
        tokens.mid(familyStart).join(QLatin1Char(' ')), tokens.mid(0, familyStart).join(QLatin1Char(' ')), {}};
}

void normalizeReference(Reference& reference)
{
    auto clean = [](QString& field) { field = normalizeWhitespace(decodeHtmlEntities(field)); };
    // Markup inside a title is layout (italics, CO<sub>2</sub>): its words stay, the tags go.
    reference.title = normalizeWhitespace(decodeText(reference.title, QStringLiteral(" ")));
    // Exports disagree on a final full stop; titles are stored without one ("?" and "!" stay).
    // Trimmed again after each stop, so "engineering. " loses its space as well.
    while (reference.title.endsWith(QLatin1Char('.')) && !reference.title.endsWith(QLatin1String("..."))) {
        reference.title.chop(1);
        reference.title = normalizeWhitespace(reference.title);
    }
    clean(reference.journal);
    clean(reference.volume);
    clean(reference.issue);
    clean(reference.language);
    reference.url = reference.url.trimmed();
    reference.pages = normalizePages(decodeHtmlEntities(reference.pages));
    reference.doi = normalizeDoi(reference.doi);
    reference.pmid = normalizePmid(reference.pmid);
    if (reference.year && (*reference.year < 1500 || *reference.year > 2100))
        reference.year.reset();

    // Abstracts keep their paragraph breaks (sections); white space inside a paragraph collapses.
    // Paragraph tags (<p>, <jats:sec>, <AbstractText>) become paragraph breaks.
    const QString abstract = decodeText(reference.abstract, QStringLiteral("\n\n"));
    if (abstract.contains(QLatin1Char('\n'))) {
        static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
        QStringList paragraphs;
        for (const QString& paragraph : abstract.split(paragraphBreak))
            if (QString cleaned = normalizeWhitespace(paragraph); !cleaned.isEmpty())
                paragraphs << cleaned;
        reference.abstract = paragraphs.join(QStringLiteral("\n\n"));
    } else {
        reference.abstract = normalizeWhitespace(abstract);
    }
    static const QRegularExpression noAbstract(QStringLiteral("^\\[?no abstract( available)?\\]?\\.?$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (noAbstract.match(reference.abstract).hasMatch())
        reference.abstract.clear();

    // Keywords and publication types: cleaned, each once whatever its case.
    for (QStringList* labels : {&reference.keywords, &reference.publicationTypes}) {
        QStringList kept;
        for (const QString& label : std::as_const(*labels)) {
            QString cleaned = normalizeWhitespace(decodeHtmlEntities(label));
            if (!cleaned.isEmpty() && !kept.contains(cleaned, Qt::CaseInsensitive))
                kept << cleaned;
        }
        *labels = kept;
    }

    for (Author& author : reference.authors) {
        clean(author.family);
        clean(author.given);
        clean(author.collective);
    }
    reference.authors.removeIf([](const Author& author) {
        return author.family.isEmpty() && author.given.isEmpty() && author.collective.isEmpty();
    });
}

} // namespace stemma::core::import
