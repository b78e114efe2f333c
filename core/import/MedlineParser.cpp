// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/MedlineParser.h"

#include "core/import/LineReader.h"
#include "core/import/Normalize.h"
#include "core/import/TaggedText.h"

#include <QIODevice>
#include <QRegularExpression>

namespace stemma::core::import {
namespace {

using Severity = ImportProblem::Severity;
using tagged::TaggedField;

/**
 * "PMID- 123", "TI  - text"; the tag is padded to four characters. Hand-edited files drop the
 * padding or the space after the dash ("PMID-22664220", "TI-"), so both are optional.
 */
const QRegularExpression& tagLine()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z][A-Z0-9]{1,3}) *-(?: ?(.*))?$"));
    return pattern;
}

PublicationType typeFromPublicationTypes(const QStringList& types, bool hasBookTitle, bool hasTitle)
{
    auto has = [&](const QString& name) { return types.contains(name, Qt::CaseInsensitive); };
    if (has(QStringLiteral("Preprint")))
        return PublicationType::Preprint;
    if (has(QStringLiteral("Congress")))
        return PublicationType::ConferencePaper;
    if (has(QStringLiteral("Dataset")))
        return PublicationType::Dataset;
    if (has(QStringLiteral("Technical Report")))
        return PublicationType::Report;
    if (has(QStringLiteral("Academic Dissertation")) || has(QStringLiteral("Dissertation")))
        return PublicationType::Thesis;
    // PubMed Bookshelf records carry the book title in BTI; with an own title they are chapters.
    if (hasBookTitle)
        return hasTitle ? PublicationType::BookChapter : PublicationType::Book;
    if (has(QStringLiteral("Book")) || has(QStringLiteral("Books and Documents")))
        return PublicationType::Book;
    // Reviews, case reports, letters and editorials are all journal articles.
    return PublicationType::JournalArticle;
}

/** "10.4103/x [doi]" → "10.4103/x"; "ABR-5-67 [pii]" → "" (a publisher id is not a DOI). */
QString doiFromIdentifier(const QString& value)
{
    static const QRegularExpression marked(QStringLiteral("^(.*?)\\s*\\[doi\\]\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto match = marked.match(value); match.hasMatch())
        return match.captured(1).trimmed();
    if (value.contains(QLatin1Char('[')))
        return {};
    // An unbracketed value counts only when it says it is a DOI ("doi:10.1016/...").
    return tagged::doiInText(value);
}

class RecordBuilder
{
public:
    bool active() const { return m_active; }
    int number() const { return m_number; }
    int line() const { return m_line; }

    void start(int number, int line)
    {
        m_active = true;
        m_number = number;
        m_line = line;
        m_raw.clear();
        m_fields.clear();
    }
    void addRaw(const QString& text) { m_raw << text; }
    void addField(const QString& tag, const QString& value) { m_fields << TaggedField{tag, value}; }
    void addContinuation(const QString& text)
    {
        if (!m_fields.isEmpty())
            tagged::appendContinuation(m_fields.last().value, text.trimmed(), false);
    }

    ParsedRecord finish()
    {
        using tagged::allValues;
        using tagged::firstValue;
        m_active = false;
        ParsedRecord record;
        record.rawText = m_raw.join(QLatin1Char('\n'));
        record.recordNumber = m_number;
        record.line = m_line;
        Reference& reference = record.reference;
        reference.pmid = firstValue(m_fields, {QStringLiteral("PMID")});

        // Hand-made files repeat TI or AB; nothing is dropped.
        const QString bookTitle = allValues(m_fields, QStringLiteral("BTI")).join(QLatin1Char(' '));
        reference.title = allValues(m_fields, QStringLiteral("TI")).join(QLatin1Char(' '));
        const bool hasOwnTitle = !reference.title.isEmpty();
        if (reference.title.isEmpty())
            reference.title = bookTitle;
        reference.journal = firstValue(m_fields, {QStringLiteral("JT"), QStringLiteral("TA")});
        if (reference.journal.isEmpty() && hasOwnTitle)
            reference.journal = bookTitle;
        if (reference.journal.isEmpty())
            reference.journal = firstValue(m_fields, {QStringLiteral("CTI")});
        reference.abstract = allValues(m_fields, QStringLiteral("AB")).join(QStringLiteral("\n\n"));

        // FAU has the full name ("van Laar, Jacob M"); AU only initials. CN names a group author.
        const bool hasFullNames = !allValues(m_fields, QStringLiteral("FAU")).isEmpty();
        const QString nameTag = hasFullNames ? QStringLiteral("FAU") : QStringLiteral("AU");
        for (const TaggedField& field : std::as_const(m_fields)) {
            if (field.value.isEmpty())
                continue;
            if (field.tag == nameTag)
                reference.authors << parseAuthorName(field.value);
            else if (field.tag == QLatin1String("CN"))
                reference.authors << Author{{}, {}, field.value};
        }

        reference.year = tagged::leadingYear(firstValue(m_fields, {QStringLiteral("DP")}));
        if (!reference.year)
            reference.year = tagged::leadingYear(firstValue(m_fields, {QStringLiteral("DEP")}));
        reference.volume = firstValue(m_fields, {QStringLiteral("VI")});
        reference.issue = firstValue(m_fields, {QStringLiteral("IP")});
        reference.pages = firstValue(m_fields, {QStringLiteral("PG")});
        for (const TaggedField& field : std::as_const(m_fields)) {
            if (field.tag != QLatin1String("LID") && field.tag != QLatin1String("AID"))
                continue;
            reference.doi = doiFromIdentifier(field.value);
            if (!reference.doi.isEmpty())
                break;
        }
        reference.keywords = allValues(m_fields, QStringLiteral("OT")) + allValues(m_fields, QStringLiteral("MH"));
        reference.language = firstValue(m_fields, {QStringLiteral("LA")});
        reference.publicationTypes = allValues(m_fields, QStringLiteral("PT"));
        reference.type = typeFromPublicationTypes(reference.publicationTypes, !bookTitle.isEmpty(), hasOwnTitle);

        record.notFound << missingEssentials(reference);
        return record;
    }

private:
    bool m_active = false;
    int m_number = 0;
    int m_line = 0;
    QStringList m_raw;
    QList<TaggedField> m_fields;
};

} // namespace

QString MedlineParser::format() const
{
    return QStringLiteral("medline");
}

QString MedlineParser::displayName() const
{
    return QStringLiteral("PubMed MEDLINE (nbib)");
}

int MedlineParser::confidence(const QByteArray& head, const QString& fileName) const
{
    static const QRegularExpression pmid(QStringLiteral("(?:^|[\\r\\n])(?:\\x{FEFF})?PMID- ?\\d"));
    static const QRegularExpression anyTag(QStringLiteral("(?:^|[\\r\\n])[A-Z][A-Z ]{3}- "));
    const QString text = tagged::headText(head);
    const bool nbib = fileName.endsWith(QLatin1String(".nbib"), Qt::CaseInsensitive) ||
                      fileName.endsWith(QLatin1String(".medline"), Qt::CaseInsensitive);
    if (pmid.match(text).hasMatch())
        return nbib ? 100 : 95;
    if (nbib && anyTag.match(text).hasMatch())
        return 40;
    return 0;
}

Result<void> MedlineParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    STEMMA_TRY(tagged::checkReadable(device, fileName));
    LineReader reader(device);
    RecordBuilder builder;
    int lineIssues = 0;
    QString line;
    int started = 0;
    int emitted = 0;
    int orphanLine = 0; // first line of a block of tags that has no PMID line, 0 when none
    bool strayTextReported = false;

    auto report = [&](Severity severity, int lineNumber, int record, const QString& message) {
        sink.problem(tagged::makeProblem(severity, fileName, lineNumber, record, message));
    };
    auto endOrphan = [&]() {
        if (orphanLine == 0)
            return;
        report(Severity::Error, orphanLine, 0, QStringLiteral("record without a \"PMID- \" line; skipped"));
        orphanLine = 0;
    };
    auto emitRecord = [&]() {
        ++emitted;
        return sink.record(builder.finish());
    };
    const auto binary = [&] {
        return makeError(ErrorCode::Parse, QStringLiteral("%1 is a binary file, not MEDLINE text").arg(fileName));
    };
    const auto cancelled = [] { return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled")); };

    while (reader.readLine(line)) {
        if (reader.sawNulByte())
            return binary();
        const int lineNumber = reader.lineNumber();
        tagged::reportLineIssues(reader, fileName, builder.active() ? builder.number() : 0, sink, lineIssues);

        if (line.trimmed().isEmpty()) {
            // A blank line ends the record.
            if (builder.active() && !emitRecord())
                return cancelled();
            endOrphan();
            continue;
        }
        const auto match = tagLine().match(line);
        if (!match.hasMatch()) {
            if (builder.active()) {
                builder.addRaw(line);
                builder.addContinuation(line);
            } else if (orphanLine == 0 && !strayTextReported) {
                report(Severity::Warning, lineNumber, 0, QStringLiteral("text outside any record ignored"));
                strayTextReported = true;
            }
            continue;
        }
        const QString tag = match.captured(1);
        const QString value = match.captured(2).trimmed();
        if (tag == QLatin1String("PMID")) {
            endOrphan();
            // Some tools leave out the blank line between records; PMID still starts a new one.
            if (builder.active() && !emitRecord())
                return cancelled();
            builder.start(++started, lineNumber);
            strayTextReported = false;
        } else if (!builder.active()) {
            if (orphanLine == 0)
                orphanLine = lineNumber;
            continue;
        }
        builder.addRaw(line);
        builder.addField(tag, value);
    }
    if (reader.sawNulByte())
        return binary();
    if (builder.active() && !emitRecord())
        return cancelled();
    endOrphan();
    if (emitted == 0)
        return makeError(ErrorCode::Parse, QStringLiteral("%1 contains no MEDLINE records").arg(fileName));
    return {};
}

} // namespace stemma::core::import
