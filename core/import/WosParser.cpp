// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/WosParser.h"

#include "core/import/LineReader.h"
#include "core/import/Normalize.h"
#include "core/import/TaggedText.h"

#include <QIODevice>
#include <QRegularExpression>

namespace stemma::core::import {
namespace {

using Severity = ImportProblem::Severity;
using tagged::TaggedField;

/** "PT J", "ER": a two-character tag in column 0, then a space and the value (or nothing). */
const QRegularExpression& tagLine()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z][A-Z0-9])(?: (.*))?$"));
    return pattern;
}

/** Tags where every line, the tag line and each continuation, is a value of its own. */
bool isOnePerLine(const QString& tag)
{
    return tag == QLatin1String("AU") || tag == QLatin1String("AF") || tag == QLatin1String("CA") ||
           tag == QLatin1String("GP") || tag == QLatin1String("BA") || tag == QLatin1String("BF");
}

PublicationType typeFromWos(const QString& publicationType, const QString& documentType)
{
    const QString document = documentType.toLower();
    if (document.contains(QLatin1String("meeting abstract")))
        return PublicationType::ConferenceAbstract;
    if (document.contains(QLatin1String("proceedings paper")))
        return PublicationType::ConferencePaper;
    if (document.contains(QLatin1String("book chapter")))
        return PublicationType::BookChapter;
    if (document.startsWith(QLatin1String("book")))
        return PublicationType::Book;
    if (document.contains(QLatin1String("data")))
        return PublicationType::Dataset;
    const QString letter = publicationType.trimmed().toUpper();
    if (letter == QLatin1String("B"))
        return PublicationType::Book;
    if (letter == QLatin1String("P"))
        return PublicationType::Other; // patent
    if (letter == QLatin1String("C"))
        return PublicationType::ConferencePaper;
    return PublicationType::JournalArticle;
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
        if (m_fields.isEmpty())
            return;
        TaggedField& last = m_fields.last();
        if (isOnePerLine(last.tag))
            m_fields << TaggedField{last.tag, text.trimmed()};
        else
            tagged::appendContinuation(last.value, text.trimmed(), false);
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

        reference.title = firstValue(m_fields, {QStringLiteral("TI")});
        reference.journal = firstValue(
            m_fields, {QStringLiteral("SO"), QStringLiteral("SE"), QStringLiteral("JI"), QStringLiteral("J9")});
        // AF holds full names ("van Laar, Jacob M."); AU only initials. CA/GP name group authors.
        const bool hasFullNames = !allValues(m_fields, QStringLiteral("AF")).isEmpty();
        const QString nameTag = hasFullNames ? QStringLiteral("AF") : QStringLiteral("AU");
        for (const TaggedField& field : std::as_const(m_fields)) {
            if (field.value.isEmpty())
                continue;
            if (field.tag == nameTag)
                reference.authors << parseAuthorName(field.value);
            else if (field.tag == QLatin1String("CA") || field.tag == QLatin1String("GP"))
                reference.authors << Author{{}, {}, field.value};
        }
        reference.year = tagged::leadingYear(firstValue(m_fields, {QStringLiteral("PY")}));
        if (!reference.year)
            reference.year = tagged::leadingYear(firstValue(m_fields, {QStringLiteral("EY")}));
        reference.volume = firstValue(m_fields, {QStringLiteral("VL")});
        reference.issue = firstValue(m_fields, {QStringLiteral("IS")});
        const QString begin = firstValue(m_fields, {QStringLiteral("BP")});
        const QString end = firstValue(m_fields, {QStringLiteral("EP")});
        reference.pages = begin;
        if (!begin.isEmpty() && !end.isEmpty() && end != begin)
            reference.pages = begin + QLatin1Char('-') + end;
        if (reference.pages.isEmpty())
            reference.pages = firstValue(m_fields, {QStringLiteral("AR")}); // article number of online journals
        reference.doi = firstValue(m_fields, {QStringLiteral("DI")});
        reference.pmid = firstValue(m_fields, {QStringLiteral("PM")});
        reference.abstract = firstValue(m_fields, {QStringLiteral("AB")});
        reference.language = firstValue(m_fields, {QStringLiteral("LA")});
        for (const QString& tag : {QStringLiteral("DE"), QStringLiteral("ID")})
            for (const QString& value : allValues(m_fields, tag))
                for (const QString& keyword : value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                    if (!keyword.trimmed().isEmpty())
                        reference.keywords << keyword.trimmed();
        reference.type =
            typeFromWos(firstValue(m_fields, {QStringLiteral("PT")}), firstValue(m_fields, {QStringLiteral("DT")}));
        reference.publicationTypes = splitLabels(firstValue(m_fields, {QStringLiteral("DT")}));

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

QString WosParser::format() const
{
    return QStringLiteral("wos");
}

QString WosParser::displayName() const
{
    return QStringLiteral("Web of Science (plain text)");
}

int WosParser::confidence(const QByteArray& head, const QString& fileName) const
{
    static const QRegularExpression header(QStringLiteral("^(?:\\x{FEFF})?FN [^\\r\\n]*[\\r\\n]+VR "));
    static const QRegularExpression firstRecord(QStringLiteral("(?:^|[\\r\\n])(?:\\x{FEFF})?PT [JBSPC]\\s*[\\r\\n]"));
    static const QRegularExpression fieldLines(QStringLiteral("[\\r\\n](?:AU|TI|SO) [^\\r\\n]+[\\r\\n]"));
    const QString text = tagged::headText(head);
    const bool isiExtension = fileName.endsWith(QLatin1String(".isi"), Qt::CaseInsensitive) ||
                              fileName.endsWith(QLatin1String(".ciw"), Qt::CaseInsensitive);
    if (header.match(text).hasMatch())
        return 100;
    if (firstRecord.match(text).hasMatch() && fieldLines.match(text).hasMatch())
        return isiExtension ? 95 : 85;
    return 0;
}

Result<void> WosParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    STEMMA_TRY(tagged::checkReadable(device, fileName));
    LineReader reader(device);
    RecordBuilder builder;
    int lineIssues = 0;
    QString line;
    int started = 0;
    int emitted = 0;
    int orphanLine = 0; // first line of tags outside a record, 0 when none
    bool strayTextReported = false;

    auto report = [&](Severity severity, int lineNumber, int record, const QString& message) {
        sink.problem(tagged::makeProblem(severity, fileName, lineNumber, record, message));
    };
    auto endOrphan = [&]() {
        if (orphanLine == 0)
            return;
        report(
            Severity::Error, orphanLine, 0, QStringLiteral("tags without a \"PT \" line to start the record; skipped"));
        orphanLine = 0;
    };
    auto emitRecord = [&]() {
        ++emitted;
        return sink.record(builder.finish());
    };
    const auto binary = [&] {
        return makeError(ErrorCode::Parse,
                         QStringLiteral("%1 is a binary file, not Web of Science text").arg(fileName));
    };
    const auto cancelled = [] { return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled")); };

    while (reader.readLine(line)) {
        if (reader.sawNulByte())
            return binary();
        const int lineNumber = reader.lineNumber();
        tagged::reportLineIssues(reader, fileName, builder.active() ? builder.number() : 0, sink, lineIssues);
        if (line.trimmed().isEmpty()) {
            if (builder.active())
                builder.addRaw(line);
            continue;
        }
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) {
            if (builder.active()) {
                builder.addRaw(line);
                builder.addContinuation(line);
            }
            continue;
        }
        QString tag;
        QString value;
        if (const auto match = tagLine().match(line); match.hasMatch()) {
            tag = match.captured(1);
            value = match.captured(2).trimmed();
        } else if (builder.active() && line.size() > 2 && line.at(0).isUpper() && line.at(1).isUpper()) {
            // "AUGilles, H": the space after the tag is missing; keep the value and say so.
            tag = line.left(2);
            value = line.mid(2).trimmed();
            report(Severity::Warning,
                   lineNumber,
                   builder.number(),
                   QStringLiteral("no space after the tag \"%1\"; read as \"%1 %2\"").arg(tag, value));
        } else {
            if (builder.active()) {
                builder.addRaw(line);
                builder.addContinuation(line);
            } else if (!strayTextReported) {
                report(Severity::Warning, lineNumber, 0, QStringLiteral("text outside any record ignored"));
                strayTextReported = true;
            }
            continue;
        }

        if (tag == QLatin1String("PT")) {
            endOrphan();
            if (builder.active()) {
                report(Severity::Warning,
                       lineNumber,
                       builder.number(),
                       QStringLiteral("record starting at line %1 has no \"ER\" before the next record")
                           .arg(builder.line()));
                if (!emitRecord())
                    return cancelled();
            }
            builder.start(++started, lineNumber);
            strayTextReported = false;
            builder.addRaw(line);
            builder.addField(tag, value);
        } else if (tag == QLatin1String("ER")) {
            if (builder.active()) {
                builder.addRaw(line);
                if (!emitRecord())
                    return cancelled();
            } else {
                endOrphan();
            }
        } else if (tag == QLatin1String("FN") || tag == QLatin1String("VR") || tag == QLatin1String("EF")) {
            // File header and end marker; they belong to no record.
            if (builder.active()) {
                report(Severity::Warning,
                       lineNumber,
                       builder.number(),
                       QStringLiteral("record starting at line %1 has no \"ER\"").arg(builder.line()));
                if (!emitRecord())
                    return cancelled();
            }
            endOrphan();
        } else if (builder.active()) {
            builder.addRaw(line);
            builder.addField(tag, value);
        } else if (orphanLine == 0) {
            orphanLine = lineNumber;
        }
    }
    if (reader.sawNulByte())
        return binary();
    if (builder.active()) {
        report(Severity::Warning,
               reader.lineNumber(),
               builder.number(),
               QStringLiteral("file ends inside the record starting at line %1 (no \"ER\"); kept what was read")
                   .arg(builder.line()));
        if (!emitRecord())
            return cancelled();
    }
    endOrphan();
    if (emitted == 0)
        return makeError(ErrorCode::Parse, QStringLiteral("%1 contains no Web of Science records").arg(fileName));
    return {};
}

} // namespace stemma::core::import
