// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/BibtexParser.h"

#include "core/import/BibtexNames.h"
#include "core/import/LatexDecoder.h"
#include "core/import/LineReader.h"
#include "core/import/Normalize.h"

#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace stemma::core::import {
namespace {

/** An entry larger than this is certainly broken (a lost closing brace); it is dropped, not held. */
constexpr qsizetype MAX_ENTRY_CHARS = 8 * 1024 * 1024;

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || QStringLiteral("_-:.+/'!?*&^<>|[]").contains(c);
}

/** The fields of one entry, as raw (undecoded) text with macros expanded and parts joined. */
struct RawEntry
{
    QString type;
    QString key;
    QList<std::pair<QString, QString>> fields;

    QString value(const QString& name) const
    {
        for (const auto& [field, text] : fields)
            if (field == name)
                return text;
        return {};
    }
    bool has(const QString& name) const
    {
        for (const auto& field : fields)
            if (field.first == name)
                return true;
        return false;
    }
};

/**
 * Parses the text of one complete entry ("@type{key, field = value, ...}"). Errors carry the
 * offset into the text so the caller can name the line.
 */
class EntryReader
{
public:
    EntryReader(const QString& text, const QHash<QString, QString>& macros)
        : m_text(text)
        , m_macros(macros)
    {
    }

    enum class Kind { Record, Comment, Preamble, String };

    /** Parses the entry; false on a syntax error (see error() and errorOffset()). */
    bool read(RawEntry& entry, Kind& kind)
    {
        m_pos = 1; // after '@'
        skipSpaces();
        entry.type = identifier().toLower();
        skipSpaces();
        if (m_pos >= m_text.size() || (m_text[m_pos] != QLatin1Char('{') && m_text[m_pos] != QLatin1Char('(')))
            return fail(QStringLiteral("expected '{' after '@%1'").arg(entry.type));
        m_close = m_text[m_pos] == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(')');
        ++m_pos;
        if (entry.type == QLatin1String("comment")) {
            kind = Kind::Comment;
            return true;
        }
        if (entry.type == QLatin1String("preamble")) {
            kind = Kind::Preamble;
            return true;
        }
        if (entry.type == QLatin1String("string")) {
            kind = Kind::String;
            skipSpaces();
            const QString name = identifier().toLower();
            if (name.isEmpty())
                return fail(QStringLiteral("@string without a name"));
            QString value;
            if (!expectEquals(name) || !readValue(value))
                return false;
            entry.fields.append({name, value});
            skipSpaces();
            if (peek() == QLatin1Char(','))
                ++m_pos;
            skipSpaces();
            if (peek() != m_close)
                return fail(QStringLiteral("expected '%1' after @string %2").arg(m_close).arg(name));
            return true;
        }
        kind = Kind::Record;
        if (entry.type.isEmpty())
            return fail(QStringLiteral("entry without a type after '@'"));
        if (!readKey(entry.key))
            return false;
        for (;;) {
            skipSpaces();
            if (m_pos >= m_text.size())
                return fail(QStringLiteral("entry is not closed"));
            if (m_text[m_pos] == m_close)
                return true;
            const qsizetype fieldStart = m_pos;
            const QString name = identifier().toLower();
            if (name.isEmpty()) {
                m_pos = fieldStart;
                return fail(QStringLiteral("expected a field name, found '%1'").arg(m_text[m_pos]));
            }
            QString value;
            if (!expectEquals(name) || !readValue(value))
                return false;
            if (!entry.has(name))
                entry.fields.append({name, value});
            else
                m_warnings << QStringLiteral("field '%1' appears twice; the first value is kept").arg(name);
            skipSpaces();
            if (peek() == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (peek() == m_close)
                return true;
            return fail(QStringLiteral("expected ',' or '%1' after field '%2'").arg(m_close).arg(name));
        }
    }

    QString error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    QStringList warnings() const { return m_warnings; }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text[m_pos] : QChar(); }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    QString identifier()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isIdentifierChar(m_text[m_pos]))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    bool fail(const QString& message)
    {
        m_error = message;
        m_errorOffset = std::min(m_pos, m_text.size());
        return false;
    }

    bool readKey(QString& key)
    {
        skipSpaces();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char(',') || c == m_close)
                break;
            if (c == QLatin1Char('=') || c == QLatin1Char('{') || c == QLatin1Char('"')) {
                m_pos = start;
                return fail(QStringLiteral("entry has no citation key"));
            }
            ++m_pos;
        }
        key = m_text.mid(start, m_pos - start).trimmed();
        if (key.isEmpty())
            return fail(QStringLiteral("entry has no citation key"));
        if (peek() == QLatin1Char(','))
            ++m_pos;
        return true;
    }

    bool expectEquals(const QString& name)
    {
        skipSpaces();
        if (peek() != QLatin1Char('='))
            return fail(QStringLiteral("expected '=' after '%1'").arg(name));
        ++m_pos;
        return true;
    }

    /** value = part ('#' part)*, where a part is {braced}, "quoted", a number or a macro name. */
    bool readValue(QString& value)
    {
        for (;;) {
            skipSpaces();
            const QChar c = peek();
            if (c == QLatin1Char('{')) {
                const qsizetype end = balancedEnd(m_pos + 1, QLatin1Char('}'));
                if (end < 0)
                    return fail(QStringLiteral("unbalanced braces in a field value"));
                value += QStringView(m_text).mid(m_pos + 1, end - m_pos - 1);
                m_pos = end + 1;
            } else if (c == QLatin1Char('"')) {
                const qsizetype end = balancedEnd(m_pos + 1, QLatin1Char('"'));
                if (end < 0)
                    return fail(QStringLiteral("unterminated quoted value"));
                value += QStringView(m_text).mid(m_pos + 1, end - m_pos - 1);
                m_pos = end + 1;
            } else if (c.isDigit()) {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && m_text[m_pos].isDigit())
                    ++m_pos;
                value += QStringView(m_text).mid(start, m_pos - start);
            } else if (isIdentifierChar(c)) {
                const QString name = identifier().toLower();
                if (const auto found = m_macros.constFind(name); found != m_macros.cend())
                    value += *found;
                else
                    m_warnings << QStringLiteral("undefined string macro '%1' left empty").arg(name);
            } else {
                return fail(c.isNull() ? QStringLiteral("entry ends inside a field value")
                                       : QStringLiteral("unexpected '%1' in a field value").arg(c));
            }
            skipSpaces();
            if (peek() != QLatin1Char('#'))
                return true;
            ++m_pos;
        }
    }

    /**
     * Offset of \a terminator at brace depth 0 from \a from, or -1. Inside a quoted value \"
     * is the umlaut accent (M\"{u}ller), not the closing quote: BibTeX itself wants it braced,
     * but exporters write it bare and bibutils and JabRef read it as the accent, so Stemma does too.
     */
    qsizetype balancedEnd(qsizetype from, QChar terminator) const
    {
        int depth = 0;
        for (qsizetype i = from; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (terminator == QLatin1Char('"') && c == QLatin1Char('\\') && i + 1 < m_text.size() &&
                m_text[i + 1] == QLatin1Char('"')) {
                ++i;
                continue;
            }
            if (depth == 0 && c == terminator)
                return i;
            if (c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char('}') && --depth < 0)
                return -1;
        }
        return -1;
    }

    const QString& m_text;
    const QHash<QString, QString>& m_macros;
    qsizetype m_pos = 0;
    QChar m_close;
    QString m_error;
    qsizetype m_errorOffset = 0;
    QStringList m_warnings;
};

QString cleanText(const QString& raw)
{
    return normalizeWhitespace(decodeLatex(raw));
}

/** DOIs and URLs are taken verbatim: only the braces, \url{} and escapes of the export go. */
QString verbatim(const QString& raw)
{
    QString text = raw.trimmed();
    if (text.startsWith(QLatin1String("\\url{")) && text.endsWith(QLatin1Char('}')))
        text = text.mid(5, text.size() - 6);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('{') || c == QLatin1Char('}'))
            continue;
        if (c == QLatin1Char('\\') && i + 1 < text.size() && QStringLiteral("_%#&~$").contains(text[i + 1]))
            continue;
        out += c;
    }
    return out.trimmed();
}

PublicationType typeFor(const QString& entryType, const QString& typeField, bool isArxiv)
{
    const QString refinement = typeField.toLower();
    if (refinement.contains(QLatin1String("preprint")) || isArxiv)
        return PublicationType::Preprint;
    if (refinement.contains(QLatin1String("meeting abstract")) ||
        refinement.contains(QLatin1String("conference abstract")))
        return PublicationType::ConferenceAbstract;
    static const QHash<QString, PublicationType> types{
        {QStringLiteral("article"), PublicationType::JournalArticle},
        {QStringLiteral("inproceedings"), PublicationType::ConferencePaper},
        {QStringLiteral("conference"), PublicationType::ConferencePaper},
        // A proceedings volume is an edited book; its papers are the conference papers.
        {QStringLiteral("proceedings"), PublicationType::Book},
        {QStringLiteral("mvproceedings"), PublicationType::Book},
        {QStringLiteral("book"), PublicationType::Book},
        {QStringLiteral("mvbook"), PublicationType::Book},
        {QStringLiteral("booklet"), PublicationType::Book},
        {QStringLiteral("collection"), PublicationType::Book},
        {QStringLiteral("mvcollection"), PublicationType::Book},
        {QStringLiteral("inbook"), PublicationType::BookChapter},
        {QStringLiteral("incollection"), PublicationType::BookChapter},
        {QStringLiteral("bookinbook"), PublicationType::BookChapter},
        {QStringLiteral("suppbook"), PublicationType::BookChapter},
        {QStringLiteral("phdthesis"), PublicationType::Thesis},
        {QStringLiteral("mastersthesis"), PublicationType::Thesis},
        {QStringLiteral("thesis"), PublicationType::Thesis},
        {QStringLiteral("techreport"), PublicationType::Report},
        {QStringLiteral("report"), PublicationType::Report},
        {QStringLiteral("manual"), PublicationType::Report},
        {QStringLiteral("online"), PublicationType::WebPage},
        {QStringLiteral("electronic"), PublicationType::WebPage},
        {QStringLiteral("www"), PublicationType::WebPage},
        {QStringLiteral("webpage"), PublicationType::WebPage},
        {QStringLiteral("dataset"), PublicationType::Dataset},
        {QStringLiteral("data"), PublicationType::Dataset},
    };
    return types.value(entryType, PublicationType::Other);
}

QStringList splitKeywords(const QString& raw)
{
    const QString text = decodeLatex(raw);
    const QChar separator = text.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    QStringList keywords;
    for (const QString& part : text.split(separator))
        if (QString keyword = normalizeWhitespace(part); !keyword.isEmpty())
            keywords << keyword;
    return keywords;
}

QString paragraphs(const QString& raw)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    QStringList out;
    for (const QString& paragraph : decodeLatex(raw).split(blankLine))
        if (QString text = normalizeWhitespace(paragraph); !text.isEmpty())
            out << text;
    return out.join(QStringLiteral("\n\n"));
}

Reference toReference(const RawEntry& entry, QStringList& notFound)
{
    auto first = [&entry](std::initializer_list<const char*> names) {
        for (const char* name : names)
            if (QString value = entry.value(QString::fromLatin1(name)); !value.trimmed().isEmpty())
                return value;
        return QString();
    };
    Reference reference;
    reference.type =
        typeFor(entry.type,
                cleanText(entry.value(QStringLiteral("type"))),
                first({"archiveprefix", "eprinttype"}).contains(QLatin1String("arxiv"), Qt::CaseInsensitive));
    reference.title = cleanText(first({"title"}));
    reference.authors = parseBibtexNames(first({"author"}));
    if (reference.authors.isEmpty() &&
        (reference.type == PublicationType::Book || reference.type == PublicationType::Report))
        reference.authors = parseBibtexNames(first({"editor"}));
    reference.year = extractYear(cleanText(first({"year", "date"})));
    reference.journal = cleanText(first({"journal", "journaltitle", "booktitle"}));
    reference.volume = cleanText(first({"volume"}));
    reference.issue = cleanText(first({"number", "issue"}));
    reference.pages = cleanText(first({"pages"}));
    reference.doi = verbatim(first({"doi"}));
    reference.pmid = verbatim(first({"pmid", "pubmed"}));
    reference.abstract = paragraphs(first({"abstract"}));
    reference.keywords = splitKeywords(first({"keywords"}));
    reference.keywords << splitKeywords(first({"keywords-plus"}));
    reference.url = verbatim(first({"url"}));
    reference.language = cleanText(first({"language", "langid"}));
    // "type" names the kind of work ("Randomized Controlled Trial; Review", "PhD thesis").
    reference.publicationTypes = splitLabels(cleanText(entry.value(QStringLiteral("type"))));

    notFound << missingEssentials(reference);
    return reference;
}

const QHash<QString, QString>& monthMacros()
{
    static const QHash<QString, QString> months{
        {QStringLiteral("jan"), QStringLiteral("January")},
        {QStringLiteral("feb"), QStringLiteral("February")},
        {QStringLiteral("mar"), QStringLiteral("March")},
        {QStringLiteral("apr"), QStringLiteral("April")},
        {QStringLiteral("may"), QStringLiteral("May")},
        {QStringLiteral("jun"), QStringLiteral("June")},
        {QStringLiteral("jul"), QStringLiteral("July")},
        {QStringLiteral("aug"), QStringLiteral("August")},
        {QStringLiteral("sep"), QStringLiteral("September")},
        {QStringLiteral("oct"), QStringLiteral("October")},
        {QStringLiteral("nov"), QStringLiteral("November")},
        {QStringLiteral("dec"), QStringLiteral("December")},
    };
    return months;
}

/** "@type{" or "@type(" at the very start of a line: where a new entry begins. */
bool startsEntry(const QString& line)
{
    static const QRegularExpression entryStart(QStringLiteral("^@\\s*[A-Za-z][\\w-]*\\s*[{(]"));
    return line.startsWith(QLatin1Char('@')) && entryStart.match(line).hasMatch();
}

/**
 * The line-by-line state machine: finds where entries start and end by counting braces,
 * holding only the current entry's text, and hands each complete entry on.
 */
class BibtexStream
{
public:
    BibtexStream(const QString& fileName, ParseSink& sink)
        : m_fileName(fileName)
        , m_sink(sink)
        , m_macros(monthMacros())
    {
    }

    /** False when the sink cancelled the import. */
    bool feedLine(const QString& line, int lineNumber)
    {
        if (m_state == State::Skipping) {
            if (!startsEntry(line))
                return true;
            m_state = State::Outside;
        } else if (m_state != State::Outside && startsEntry(line)) {
            reportUnclosed();
            m_state = State::Outside;
        }
        qsizetype pos = 0;
        bool afterEntry = false;
        while (pos < line.size()) {
            if (m_state == State::Outside) {
                qsizetype at = pos;
                while (at < line.size() && line[at].isSpace())
                    ++at;
                if (at >= line.size())
                    break;
                if (line[at] != QLatin1Char('@')) {
                    // Free text between entries is a comment in BibTeX; text glued to the end of an
                    // entry usually means a brace closed the entry too early.
                    if (afterEntry && line[at] != QLatin1Char('%'))
                        problem(ImportProblem::Severity::Warning,
                                lineNumber,
                                m_lastRecord,
                                QStringLiteral("text after the end of the entry is ignored: \"%1\"")
                                    .arg(line.mid(at, 40).trimmed()));
                    break;
                }
                m_entry.clear();
                m_entryLine = lineNumber;
                m_depth = 0;
                m_inQuote = false;
                m_state = State::Header;
                pos = at;
                continue;
            }
            const QChar c = line[pos++];
            m_entry += c;
            if (m_state == State::Header) {
                if (c == QLatin1Char('{') || c == QLatin1Char('(')) {
                    m_close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(')');
                    m_depth = c == QLatin1Char('{') ? 1 : 0;
                    m_state = State::Body;
                } else if (c != QLatin1Char('@') && !c.isSpace() && !isIdentifierChar(c)) {
                    // "@" followed by something that is not an entry: an e-mail address or prose.
                    if (m_entry.size() > 2 && !m_entry.startsWith(QLatin1String("@comment"), Qt::CaseInsensitive))
                        problem(ImportProblem::Severity::Warning,
                                m_entryLine,
                                0,
                                QStringLiteral("'%1' does not start an entry; skipped").arg(m_entry.trimmed()));
                    m_state = State::Outside;
                    break;
                }
                continue;
            }
            // Body: BibTeX counts every brace, escaped or not; a ( ) entry may hold ")" in quotes.
            if (c == QLatin1Char('{')) {
                ++m_depth;
            } else if (c == QLatin1Char('}')) {
                --m_depth;
                if (m_close == QLatin1Char('}') && m_depth == 0) {
                    if (!finishEntry())
                        return false;
                    afterEntry = true;
                }
            } else if (m_close == QLatin1Char(')') && m_depth == 0) {
                if (c == QLatin1Char('"'))
                    m_inQuote = !m_inQuote;
                else if (c == QLatin1Char(')') && !m_inQuote) {
                    if (!finishEntry())
                        return false;
                    afterEntry = true;
                }
            }
        }
        if (m_state != State::Outside) {
            m_entry += QLatin1Char('\n');
            if (m_entry.size() > MAX_ENTRY_CHARS) {
                problem(ImportProblem::Severity::Error,
                        m_entryLine,
                        countsAsRecord() ? ++m_recordCount : 0,
                        QStringLiteral("entry is longer than %1 characters (a closing brace is probably missing); "
                                       "skipped up to the next line starting with '@'")
                            .arg(MAX_ENTRY_CHARS));
                m_entry.clear();
                m_state = State::Skipping;
            }
        }
        return true;
    }

    void finish()
    {
        if (m_state == State::Header || m_state == State::Body)
            reportUnclosed();
        m_state = State::Outside;
    }

    bool sawEntry() const { return m_sawEntry; }
    bool cancelled() const { return m_cancelled; }

    void problem(ImportProblem::Severity severity, int line, int record, const QString& message)
    {
        m_sink.problem(ImportProblem{severity, m_fileName, line, record, message});
    }

private:
    enum class State { Outside, Header, Body, Skipping };

    QString entryType() const
    {
        static const QRegularExpression type(QStringLiteral("^@\\s*([A-Za-z][\\w-]*)"));
        return type.match(m_entry).captured(1).toLower();
    }

    bool countsAsRecord() const
    {
        const QString type = entryType();
        return !type.isEmpty() && type != QLatin1String("comment") && type != QLatin1String("string") &&
               type != QLatin1String("preamble");
    }

    void reportUnclosed()
    {
        m_sawEntry = true;
        const QString type = entryType();
        if (type == QLatin1String("comment")) {
            problem(ImportProblem::Severity::Warning,
                    m_entryLine,
                    0,
                    QStringLiteral("@comment is not closed (unbalanced braces); skipped"));
        } else if (m_state == State::Body) {
            problem(ImportProblem::Severity::Error,
                    m_entryLine,
                    countsAsRecord() ? ++m_recordCount : 0,
                    QStringLiteral("@%1 entry%2 is not closed (unbalanced braces); skipped").arg(type, describeKey()));
        } else {
            problem(ImportProblem::Severity::Error,
                    m_entryLine,
                    0,
                    QStringLiteral("'@%1' is not followed by '{'; skipped").arg(type));
        }
        m_entry.clear();
    }

    QString describeKey() const
    {
        static const QRegularExpression key(QStringLiteral("^@\\s*[\\w-]+\\s*[{(]\\s*([^,=\\s{}]+)\\s*,"));
        const QString found = key.match(m_entry).captured(1);
        return found.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(found);
    }

    bool finishEntry()
    {
        m_state = State::Outside;
        m_sawEntry = true;
        const QString text = std::exchange(m_entry, {});
        RawEntry entry;
        EntryReader reader(text, m_macros);
        EntryReader::Kind kind = EntryReader::Kind::Record;
        const bool ok = reader.read(entry, kind);
        const int record = kind == EntryReader::Kind::Record ? ++m_recordCount : 0;
        if (!ok) {
            const int line = m_entryLine + int(QStringView(text).left(reader.errorOffset()).count(QLatin1Char('\n')));
            problem(ImportProblem::Severity::Error,
                    line,
                    record,
                    QStringLiteral("%1; entry starting at line %2 skipped").arg(reader.error()).arg(m_entryLine));
            return true;
        }
        for (const QString& warning : reader.warnings())
            problem(ImportProblem::Severity::Warning, m_entryLine, record, warning);
        if (kind == EntryReader::Kind::String) {
            m_macros.insert(entry.fields.front().first, entry.fields.front().second);
            return true;
        }
        if (kind != EntryReader::Kind::Record)
            return true;
        ParsedRecord parsed;
        parsed.reference = toReference(entry, parsed.notFound);
        parsed.rawText = text;
        parsed.recordNumber = record;
        parsed.line = m_entryLine;
        m_lastRecord = record;
        if (!m_sink.record(std::move(parsed))) {
            m_cancelled = true;
            return false;
        }
        return true;
    }

    QString m_fileName;
    ParseSink& m_sink;
    QHash<QString, QString> m_macros;
    State m_state = State::Outside;
    QString m_entry;
    int m_entryLine = 0;
    int m_depth = 0;
    bool m_inQuote = false;
    QChar m_close;
    int m_recordCount = 0;
    int m_lastRecord = 0;
    bool m_sawEntry = false;
    bool m_cancelled = false;
};

} // namespace

QString BibtexParser::format() const
{
    return QStringLiteral("bibtex");
}

QString BibtexParser::displayName() const
{
    return QStringLiteral("BibTeX");
}

int BibtexParser::confidence(const QByteArray& head, const QString& fileName) const
{
    const QString text = QString::fromUtf8(head);
    const bool bibExtension = QFileInfo(fileName).suffix().compare(QLatin1String("bib"), Qt::CaseInsensitive) == 0;
    static const QRegularExpression knownEntry(
        QStringLiteral("^\\s*@(article|inproceedings|conference|book|inbook|incollection|proceedings|misc|phdthesis|"
                       "mastersthesis|techreport|report|thesis|online|unpublished|manual|booklet|string|comment|"
                       "preamble)\\s*[{(]"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression anyEntry(QStringLiteral("^\\s*@[A-Za-z]+\\s*[{(]\\s*[^,=\\s{}]+\\s*,"),
                                             QRegularExpression::MultilineOption);
    int score = 0;
    if (knownEntry.match(text).hasMatch())
        score = 90;
    else if (anyEntry.match(text).hasMatch())
        score = 60;
    else if (bibExtension && !text.trimmed().isEmpty() && !head.contains('\0'))
        score = 10; // a long comment header can hide the first entry beyond the sniffed bytes
    if (score > 0 && bibExtension)
        score += 5;
    return std::min(score, 100);
}

Result<void> BibtexParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    if (!device.isOpen() || !device.isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be read").arg(fileName));
    LineReader reader(device);
    BibtexStream stream(fileName, sink);
    QString line;
    bool anyText = false;
    bool reportedEncoding = false;
    while (reader.readLine(line)) {
        if (reader.sawNulByte() && !stream.sawEntry())
            return makeError(ErrorCode::Parse, QStringLiteral("%1 is a binary file, not BibTeX").arg(fileName));
        if (reader.lastLineHadInvalidUtf8() && !reportedEncoding) {
            reportedEncoding = true;
            stream.problem(ImportProblem::Severity::Warning,
                           reader.lineNumber(),
                           0,
                           QStringLiteral("the file is not valid UTF-8; such lines were read as Latin-1"));
        }
        if (reader.lastLineTruncated())
            stream.problem(ImportProblem::Severity::Warning,
                           reader.lineNumber(),
                           0,
                           QStringLiteral("line is too long and was cut"));
        anyText = anyText || !line.trimmed().isEmpty();
        if (!stream.feedLine(line, reader.lineNumber()))
            return makeError(ErrorCode::Cancelled, QStringLiteral("import of %1 cancelled").arg(fileName));
    }
    stream.finish();
    if (!anyText)
        return makeError(ErrorCode::Parse, QStringLiteral("%1 is empty").arg(fileName));
    if (!stream.sawEntry())
        return makeError(ErrorCode::Parse, QStringLiteral("%1 holds no BibTeX entries").arg(fileName));
    return {};
}

} // namespace stemma::core::import
