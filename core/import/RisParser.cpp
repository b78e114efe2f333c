// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/RisParser.h"

#include "core/import/LineReader.h"
#include "core/import/Normalize.h"
#include "core/import/TaggedText.h"

#include <QIODevice>
#include <QList>
#include <QRegularExpression>

namespace stemma::core::import {
namespace {

using Severity = ImportProblem::Severity;

struct Field
{
    QString tag;
    QString value;
};

/**
 * Splits "TY  - JOUR" into tag and value; some exporters write one space before the dash, and
 * "ER  -" has no value at all. Checked by hand rather than by a regular expression because it
 * runs on every line of files with millions of lines.
 */
bool splitTagLine(const QString& line, QString& tag, QString& value)
{
    const qsizetype size = line.size();
    if (size < 4)
        return false;
    const QChar first = line[0];
    const QChar second = line[1];
    if (first < QLatin1Char('A') || first > QLatin1Char('Z'))
        return false;
    if (!((second >= QLatin1Char('A') && second <= QLatin1Char('Z')) ||
          (second >= QLatin1Char('0') && second <= QLatin1Char('9'))))
        return false;
    qsizetype dash = 0;
    if (line[2] == QLatin1Char(' ') && line[3] == QLatin1Char('-'))
        dash = 3;
    else if (size >= 5 && line[2] == QLatin1Char(' ') && line[3] == QLatin1Char(' ') && line[4] == QLatin1Char('-'))
        dash = 4;
    else
        return false;
    if (dash + 1 < size && line[dash + 1] != QLatin1Char(' '))
        return false;
    tag = line.left(2);
    value = dash + 2 < size ? line.mid(dash + 2).trimmed() : QString();
    return true;
}

/** Tags whose untagged follow-on lines are further values (EndNote lists keywords one per line). */
bool isListTag(const QString& tag)
{
    static const QStringList tags{QStringLiteral("KW"),
                                  QStringLiteral("UR"),
                                  QStringLiteral("L1"),
                                  QStringLiteral("L2"),
                                  QStringLiteral("L3"),
                                  QStringLiteral("L4"),
                                  QStringLiteral("AU"),
                                  QStringLiteral("A1"),
                                  QStringLiteral("AD")};
    return tags.contains(tag);
}

bool isAbstractTag(const QString& tag)
{
    return tag == QLatin1String("AB") || tag == QLatin1String("N2");
}

PublicationType typeFromRis(const QString& value, bool& isGrey)
{
    const QString type = value.trimmed().toUpper();
    isGrey = false;
    if (type == QLatin1String("ABST"))
        return PublicationType::ConferenceAbstract;
    if (type == QLatin1String("CONF") || type == QLatin1String("CPAPER") || type.contains(QLatin1String("CONFERENCE")))
        return PublicationType::ConferencePaper;
    if (type == QLatin1String("CHAP") || type == QLatin1String("ECHAP") || type.contains(QLatin1String("SECTION")))
        return PublicationType::BookChapter;
    if (type == QLatin1String("BOOK") || type == QLatin1String("EBOOK") || type == QLatin1String("EDBOOK") ||
        type.contains(QLatin1String("BOOK")))
        return PublicationType::Book;
    if (type == QLatin1String("THES") || type.contains(QLatin1String("THESIS")))
        return PublicationType::Thesis;
    if (type == QLatin1String("RPRT") || type == QLatin1String("GOVDOC") || type.contains(QLatin1String("REPORT")))
        return PublicationType::Report;
    if (type == QLatin1String("ELEC") || type == QLatin1String("WEB") || type == QLatin1String("BLOG") ||
        type.contains(QLatin1String("WEB PAGE"))) {
        isGrey = true;
        return PublicationType::WebPage;
    }
    if (type == QLatin1String("DATA") || type == QLatin1String("DBASE"))
        return PublicationType::Dataset;
    if (type == QLatin1String("JOUR") || type == QLatin1String("JFULL") || type == QLatin1String("EJOUR") ||
        type == QLatin1String("INPR") || type == QLatin1String("MGZN") || type.contains(QLatin1String("JOURNAL")))
        return PublicationType::JournalArticle;
    return PublicationType::Other;
}

/** One RIS record while its lines are being read. */
class RecordBuilder
{
public:
    void start(int number, int line, const QString& text, const QString& typeValue)
    {
        m_active = true;
        m_number = number;
        m_line = line;
        m_raw = {text};
        m_fields = {Field{QStringLiteral("TY"), typeValue}};
        m_paragraphPending = false;
    }
    bool active() const { return m_active; }
    int number() const { return m_number; }
    int line() const { return m_line; }

    void addRaw(const QString& text) { m_raw << text; }
    void addField(const QString& tag, const QString& value)
    {
        m_fields << Field{tag, value};
        m_paragraphPending = false;
    }
    void addUntagged(const QString& text)
    {
        const QString trimmed = text.trimmed();
        Field& last = m_fields.last();
        if (trimmed.isEmpty()) {
            // A blank line inside an abstract separates paragraphs; elsewhere it means nothing.
            m_paragraphPending = isAbstractTag(last.tag);
            return;
        }
        if (isListTag(last.tag)) {
            m_fields << Field{last.tag, trimmed};
            return;
        }
        const bool paragraph =
            isAbstractTag(last.tag) && (m_paragraphPending || tagged::startsAbstractSection(trimmed));
        tagged::appendContinuation(last.value, trimmed, paragraph);
        m_paragraphPending = false;
    }

    ParsedRecord finish()
    {
        m_active = false;
        while (m_raw.size() > 1 && m_raw.last().trimmed().isEmpty())
            m_raw.removeLast();
        ParsedRecord record;
        record.rawText = m_raw.join(QLatin1Char('\n'));
        record.recordNumber = m_number;
        record.line = m_line;
        Reference& reference = record.reference;
        reference.type = typeFromRis(first({QStringLiteral("TY")}), record.isGreyLiterature);

        reference.title = first({QStringLiteral("TI"), QStringLiteral("T1")});
        const QString bookTitle = first({QStringLiteral("BT")});
        if (reference.title.isEmpty() && !bookTitle.isEmpty())
            reference.title = bookTitle;
        if (reference.title.isEmpty())
            reference.title = first({QStringLiteral("CT"), QStringLiteral("ST")});
        // The RIS specification makes JO an abbreviation; T2 holds the full name in EndNote and Zotero exports.
        reference.journal = first({QStringLiteral("JF"),
                                   QStringLiteral("T2"),
                                   QStringLiteral("JO"),
                                   QStringLiteral("JA"),
                                   QStringLiteral("J2"),
                                   QStringLiteral("J1")});
        if (reference.journal.isEmpty() && bookTitle != reference.title)
            reference.journal = bookTitle;

        for (const Field& field : std::as_const(m_fields))
            if ((field.tag == QLatin1String("AU") || field.tag == QLatin1String("A1")) && !field.value.isEmpty())
                reference.authors << parseAuthorName(field.value);

        for (const QString& tag : {QStringLiteral("PY"), QStringLiteral("Y1"), QStringLiteral("DA")}) {
            for (const Field& field : std::as_const(m_fields))
                if (field.tag == tag && !reference.year)
                    reference.year = tagged::leadingYear(field.value);
        }

        reference.volume = first({QStringLiteral("VL"), QStringLiteral("VO")});
        reference.issue = first({QStringLiteral("IS"), QStringLiteral("CP")});
        const QString startPage = first({QStringLiteral("SP")});
        const QString endPage = first({QStringLiteral("EP")});
        reference.pages = startPage;
        // "SP - 2490-8" already holds the range; the normaliser expands it later.
        static const QRegularExpression dash(QStringLiteral("[-\\x{2010}-\\x{2015}]"));
        if (!startPage.isEmpty() && !endPage.isEmpty() && endPage != startPage && !startPage.contains(dash))
            reference.pages = startPage + QLatin1Char('-') + endPage;

        reference.doi = first({QStringLiteral("DO")});
        if (reference.doi.isEmpty()) {
            for (const Field& field : std::as_const(m_fields)) {
                static const QStringList doiHolders{QStringLiteral("UR"),
                                                    QStringLiteral("L1"),
                                                    QStringLiteral("L2"),
                                                    QStringLiteral("L3"),
                                                    QStringLiteral("N1"),
                                                    QStringLiteral("M3")};
                if (doiHolders.contains(field.tag))
                    reference.doi = tagged::doiInText(field.value);
                if (!reference.doi.isEmpty())
                    break;
            }
        }

        reference.abstract = first({QStringLiteral("AB")});
        if (reference.abstract.isEmpty())
            reference.abstract = first({QStringLiteral("N2")});
        for (const Field& field : std::as_const(m_fields))
            if (field.tag == QLatin1String("KW") && !field.value.isEmpty())
                reference.keywords << field.value;
        reference.language = first({QStringLiteral("LA")});
        reference.url = first({QStringLiteral("UR")});
        reference.publicationTypes = typesOfWork();
        reference.pmid = pmid();

        record.notFound << missingEssentials(reference);
        return record;
    }

private:
    /**
     * M3 is "Type of Work" ("Randomized Controlled Trial", "Case Reports"); several exporters put
     * a DOI or a number there instead, which is not a kind of work.
     */
    QStringList typesOfWork() const
    {
        static const QRegularExpression notAType(QStringLiteral("^10\\.\\d|^[\\d\\s.:/-]*$|doi"),
                                                 QRegularExpression::CaseInsensitiveOption);
        QStringList types;
        for (const Field& field : m_fields)
            if (field.tag == QLatin1String("M3") && !notAType.match(field.value).hasMatch())
                types << splitLabels(field.value);
        return types;
    }

    /** The first non-empty value of the first of \a tags present. */
    QString first(std::initializer_list<QString> tags) const
    {
        for (const QString& tag : tags)
            for (const Field& field : m_fields)
                if (field.tag == tag && !field.value.isEmpty())
                    return field.value;
        return {};
    }

    /**
     * AN is only a PubMed id when the record says it came from PubMed/MEDLINE (EndNote writes
     * "DP - NLM"); elsewhere it is an accession number ("WOS:000391862900014", "2023-25572-001").
     * Dimensions writes "U1 - 35957633 [PMID]".
     */
    QString pmid() const
    {
        static const QRegularExpression pubmedSource(QStringLiteral("pubmed|medline|\\bNLM\\b"),
                                                     QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression digits(QStringLiteral("^(?:PMID:?\\s*)?\\d{1,9}$"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression labelled(QStringLiteral("^(\\d{1,9})\\s*\\[PMID\\]$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        bool fromPubmed = false;
        for (const Field& field : m_fields)
            if ((field.tag == QLatin1String("DB") || field.tag == QLatin1String("DP")) &&
                pubmedSource.match(field.value).hasMatch())
                fromPubmed = true;
        if (fromPubmed) {
            const QString accession = first({QStringLiteral("AN")});
            if (digits.match(accession).hasMatch())
                return accession;
        }
        for (const Field& field : m_fields) {
            // Only "12345678 [PMID]" can match; checking its ends first spares a regex run on every abstract.
            const QString& value = field.value;
            if (value.isEmpty() || !value.front().isDigit() || !value.endsWith(QLatin1Char(']')))
                continue;
            if (const auto match = labelled.match(value); match.hasMatch())
                return match.captured(1);
        }
        return {};
    }

    bool m_active = false;
    int m_number = 0;
    int m_line = 0;
    bool m_paragraphPending = false;
    QStringList m_raw;
    QList<Field> m_fields;
};

} // namespace

QString RisParser::format() const
{
    return QStringLiteral("ris");
}

QString RisParser::displayName() const
{
    return QStringLiteral("RIS");
}

int RisParser::confidence(const QByteArray& head, const QString& fileName) const
{
    static const QRegularExpression strict(QStringLiteral("(?:^|[\\r\\n])(?:\\x{FEFF})?TY  - "));
    static const QRegularExpression loose(QStringLiteral("(?:^|[\\r\\n])(?:\\x{FEFF})?TY {1,2}-( |[\\r\\n]|$)"));
    static const QRegularExpression anyTag(QStringLiteral("(?:^|[\\r\\n])[A-Z][A-Z0-9]  - "));
    const QString text = tagged::headText(head);
    const bool risExtension = fileName.endsWith(QLatin1String(".ris"), Qt::CaseInsensitive);
    if (strict.match(text).hasMatch())
        return risExtension ? 100 : 95;
    if (loose.match(text).hasMatch())
        return risExtension ? 90 : 80;
    if (risExtension && anyTag.match(text).hasMatch())
        return 30;
    return 0;
}

Result<void> RisParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    STEMMA_TRY(tagged::checkReadable(device, fileName));
    LineReader reader(device);
    RecordBuilder builder;
    int lineIssues = 0;
    QString line;
    int started = 0;
    int emitted = 0;
    int orphanLine = 0; // first line of tags read outside any record, 0 when none
    bool strayTextReported = false;

    auto report = [&](Severity severity, int lineNumber, int record, const QString& message) {
        sink.problem(tagged::makeProblem(severity, fileName, lineNumber, record, message));
    };
    auto reportOrphan = [&]() {
        if (orphanLine == 0)
            return;
        report(Severity::Error,
               orphanLine,
               0,
               QStringLiteral("tags without a \"TY  - \" line to start the record; skipped"));
        orphanLine = 0;
    };
    auto emitRecord = [&]() {
        ++emitted;
        return sink.record(builder.finish());
    };
    const auto cancelled = [] { return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled")); };

    while (reader.readLine(line)) {
        if (reader.sawNulByte())
            return makeError(ErrorCode::Parse, QStringLiteral("%1 is a binary file, not RIS text").arg(fileName));
        const int lineNumber = reader.lineNumber();
        tagged::reportLineIssues(reader, fileName, builder.active() ? builder.number() : 0, sink, lineIssues);

        QString tag;
        QString value;
        if (!splitTagLine(line, tag, value)) {
            if (builder.active()) {
                builder.addRaw(line);
                builder.addUntagged(line);
            } else if (orphanLine == 0 && !line.trimmed().isEmpty() && !strayTextReported) {
                report(Severity::Warning, lineNumber, 0, QStringLiteral("text outside any record ignored"));
                strayTextReported = true;
            }
            continue;
        }
        if (tag == QLatin1String("TY")) {
            reportOrphan();
            if (builder.active()) {
                report(Severity::Warning,
                       lineNumber,
                       builder.number(),
                       QStringLiteral("record starting at line %1 has no \"ER  - \" before the next record")
                           .arg(builder.line()));
                if (!emitRecord())
                    return cancelled();
            }
            builder.start(++started, lineNumber, line, value);
            strayTextReported = false;
        } else if (tag == QLatin1String("ER")) {
            if (builder.active()) {
                builder.addRaw(line);
                if (!emitRecord())
                    return cancelled();
            } else if (orphanLine != 0) {
                reportOrphan();
            } else {
                report(Severity::Warning, lineNumber, 0, QStringLiteral("\"ER  - \" without a record ignored"));
            }
        } else if (builder.active()) {
            builder.addRaw(line);
            builder.addField(tag, value);
        } else if (orphanLine == 0) {
            orphanLine = lineNumber;
        }
    }
    if (reader.sawNulByte())
        return makeError(ErrorCode::Parse, QStringLiteral("%1 is a binary file, not RIS text").arg(fileName));
    if (builder.active()) {
        report(Severity::Warning,
               reader.lineNumber(),
               builder.number(),
               QStringLiteral("file ends inside the record starting at line %1 (no \"ER  - \"); kept what was read")
                   .arg(builder.line()));
        if (!emitRecord())
            return cancelled();
    }
    reportOrphan();
    if (emitted == 0)
        return makeError(ErrorCode::Parse, QStringLiteral("%1 contains no RIS records").arg(fileName));
    return {};
}

} // namespace stemma::core::import
