// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/CsvParser.h"

#include "core/import/CsvReader.h"
#include "core/import/Normalize.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>

namespace stemma::core::import {
namespace {

enum class Column {
    Title,
    Authors,
    AuthorFullNames,
    Year,
    Journal,
    Volume,
    Issue,
    PageStart,
    PageEnd,
    Pages,
    ArticleNumber,
    Doi,
    Pmid,
    Url,
    Abstract,
    Keywords,
    IndexKeywords,
    DocumentType,
    StemmaType,
    Language,
};

/** Header names, lower case, used by Scopus and by generic and screening CSVs. */
const QHash<QString, Column>& namedColumns()
{
    static const QHash<QString, Column> columns{
        {QStringLiteral("title"), Column::Title},
        {QStringLiteral("article title"), Column::Title},
        {QStringLiteral("document title"), Column::Title},
        {QStringLiteral("primary_title"), Column::Title},
        {QStringLiteral("authors"), Column::Authors},
        {QStringLiteral("author"), Column::Authors},
        {QStringLiteral("author full names"), Column::AuthorFullNames},
        {QStringLiteral("year"), Column::Year},
        {QStringLiteral("publication year"), Column::Year},
        {QStringLiteral("source title"), Column::Journal},
        {QStringLiteral("journal"), Column::Journal},
        {QStringLiteral("journal title"), Column::Journal},
        {QStringLiteral("secondary_title"), Column::Journal},
        {QStringLiteral("volume"), Column::Volume},
        {QStringLiteral("issue"), Column::Issue},
        {QStringLiteral("page start"), Column::PageStart},
        {QStringLiteral("page end"), Column::PageEnd},
        {QStringLiteral("pages"), Column::Pages},
        {QStringLiteral("art. no."), Column::ArticleNumber},
        {QStringLiteral("doi"), Column::Doi},
        {QStringLiteral("pubmed id"), Column::Pmid},
        {QStringLiteral("pmid"), Column::Pmid},
        {QStringLiteral("pubmedid"), Column::Pmid},
        {QStringLiteral("link"), Column::Url},
        {QStringLiteral("url"), Column::Url},
        {QStringLiteral("abstract"), Column::Abstract},
        {QStringLiteral("author keywords"), Column::Keywords},
        {QStringLiteral("keywords"), Column::Keywords},
        {QStringLiteral("index keywords"), Column::IndexKeywords},
        {QStringLiteral("document type"), Column::DocumentType},
        {QStringLiteral("stemma type"), Column::StemmaType}, // Stemma's own CSV export
        {QStringLiteral("language of original document"), Column::Language},
        {QStringLiteral("language"), Column::Language},
    };
    return columns;
}

/** Web of Science field tags, used only when the header is made of them. */
const QHash<QString, Column>& wosColumns()
{
    static const QHash<QString, Column> columns{
        {QStringLiteral("ti"), Column::Title},
        {QStringLiteral("au"), Column::Authors},
        {QStringLiteral("af"), Column::AuthorFullNames},
        {QStringLiteral("py"), Column::Year},
        {QStringLiteral("so"), Column::Journal},
        {QStringLiteral("vl"), Column::Volume},
        {QStringLiteral("is"), Column::Issue},
        {QStringLiteral("bp"), Column::PageStart},
        {QStringLiteral("ep"), Column::PageEnd},
        {QStringLiteral("ar"), Column::ArticleNumber},
        {QStringLiteral("di"), Column::Doi},
        {QStringLiteral("pm"), Column::Pmid},
        {QStringLiteral("ab"), Column::Abstract},
        {QStringLiteral("de"), Column::Keywords},
        {QStringLiteral("id"), Column::IndexKeywords},
        {QStringLiteral("dt"), Column::DocumentType},
        {QStringLiteral("la"), Column::Language},
    };
    return columns;
}

bool isWosHeader(const QStringList& header)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Z][A-Z0-9]$"));
    if (header.size() < 3 || header.front().trimmed() != QLatin1String("PT"))
        return false;
    for (const QString& name : header)
        if (!name.isEmpty() && !tag.match(name.trimmed()).hasMatch())
            return false;
    return header.contains(QStringLiteral("TI"));
}

/** The header line of \a head, decoded and split, for confidence(). */
QStringList headerOf(const QByteArray& head)
{
    QByteArray copy = head;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRow row;
    if (!reader.readRow(row) || reader.sawNulByte())
        return {};
    return row.fields;
}

PublicationType typeFrom(const QString& documentType)
{
    const QString type = documentType.trimmed().toLower();
    if (type.isEmpty() || type == QLatin1String("article") || type == QLatin1String("review") ||
        type.startsWith(QLatin1String("article;")) || type == QLatin1String("letter") ||
        type == QLatin1String("editorial") || type == QLatin1String("note") || type == QLatin1String("short survey") ||
        type == QLatin1String("erratum") || type == QLatin1String("article in press"))
        return PublicationType::JournalArticle;
    if (type.contains(QLatin1String("meeting abstract")) || type == QLatin1String("conference abstract"))
        return PublicationType::ConferenceAbstract;
    if (type.contains(QLatin1String("conference")) || type.contains(QLatin1String("proceedings")))
        return PublicationType::ConferencePaper;
    if (type == QLatin1String("book chapter") || type.contains(QLatin1String("chapter")))
        return PublicationType::BookChapter;
    if (type == QLatin1String("book"))
        return PublicationType::Book;
    if (type.contains(QLatin1String("data")))
        return PublicationType::Dataset;
    if (type.contains(QLatin1String("preprint")))
        return PublicationType::Preprint;
    return PublicationType::Other;
}

/** Splits an author column: "A B.; C D." or the older Scopus "Craig C., Mazerolle M.J.". */
QList<Author> splitAuthors(const QString& text, bool fullNames)
{
    static const QRegularExpression scopusId(QStringLiteral("\\s*\\(\\d+\\)\\s*$"));
    static const QRegularExpression afterInitial(QStringLiteral("(?<=\\.),\\s+"));
    QStringList names;
    if (text.contains(QLatin1Char(';')))
        names = text.split(QLatin1Char(';'));
    else if (!fullNames && text.contains(afterInitial))
        names = text.split(afterInitial);
    else
        names = {text};
    QList<Author> authors;
    for (QString name : names) {
        name.remove(scopusId);
        name = name.trimmed();
        if (name.isEmpty() || name == QLatin1String("[No author name available]"))
            continue;
        authors.append(parseAuthorName(name));
    }
    return authors;
}

QStringList splitKeywords(const QString& text)
{
    QStringList keywords;
    for (const QString& keyword : text.split(QLatin1Char(';')))
        if (const QString trimmed = keyword.trimmed(); !trimmed.isEmpty())
            keywords.append(trimmed);
    return keywords;
}

bool isEmptyRow(const CsvRow& row)
{
    for (const QString& field : row.fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

QString CsvParser::format() const
{
    return QStringLiteral("csv");
}

QString CsvParser::displayName() const
{
    return QStringLiteral("CSV / tab-delimited (Scopus, Web of Science, screening datasets)");
}

int CsvParser::confidence(const QByteArray& head, const QString& fileName) const
{
    const QStringList header = headerOf(head);
    if (header.size() < 2)
        return 0;
    if (isWosHeader(header))
        return 90;
    int known = 0;
    bool hasTitle = false;
    for (const QString& name : header) {
        const auto it = namedColumns().constFind(name.trimmed().toLower());
        if (it == namedColumns().constEnd())
            continue;
        ++known;
        hasTitle = hasTitle || *it == Column::Title;
    }
    const bool csvName = fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
                         fileName.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive);
    if (hasTitle && known >= 3)
        return 85;
    if (hasTitle)
        return csvName ? 70 : 60;
    return csvName ? 15 : 0;
}

Result<void> CsvParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("%1: cannot be read: %2").arg(fileName, device.errorString()));
    CsvReader reader(device);
    CsvRow headerRow;
    if (!reader.readRow(headerRow))
        return makeError(ErrorCode::Parse, QStringLiteral("%1: the file is empty").arg(fileName));
    if (reader.sawNulByte())
        return makeError(ErrorCode::Parse, QStringLiteral("%1: not a text file (it holds NUL bytes)").arg(fileName));

    const QStringList header = headerRow.fields;
    const bool wos = isWosHeader(header);
    if (wos)
        reader.setQuoting(false); // Web of Science never quotes, and titles may start with a quote
    const QHash<QString, Column>& known = wos ? wosColumns() : namedColumns();
    QHash<Column, qsizetype> where;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const auto it = known.constFind(header.at(i).trimmed().toLower());
        if (it != known.constEnd() && !where.contains(*it))
            where.insert(*it, i);
    }
    if (!where.contains(Column::Title))
        return makeError(ErrorCode::Parse,
                         QStringLiteral("%1: no title column in the header line (columns: %2)")
                             .arg(fileName, header.join(QStringLiteral(", ")).left(300)));

    int recordNumber = 0;
    bool warnedUtf8 = false;
    CsvRow row;
    while (reader.readRow(row)) {
        if (reader.sawNulByte())
            return makeError(ErrorCode::Parse,
                             QStringLiteral("%1:%2: not a text file (it holds NUL bytes)").arg(fileName).arg(row.line));
        if (reader.sawInvalidUtf8() && !warnedUtf8) {
            warnedUtf8 = true;
            sink.problem({ImportProblem::Severity::Warning,
                          fileName,
                          row.line,
                          0,
                          QStringLiteral("the file is not valid UTF-8; it was read as Latin-1")});
        }
        if (isEmptyRow(row))
            continue;
        ++recordNumber;
        if (row.unterminatedQuote) {
            sink.problem({ImportProblem::Severity::Error,
                          fileName,
                          row.line,
                          recordNumber,
                          QStringLiteral("a quoted field is never closed; the rest of the file was skipped")});
            continue;
        }
        // Web of Science ends every row with a TAB, one empty field more than the header.
        if (row.fields.size() == header.size() + 1 && row.fields.back().isEmpty())
            row.fields.removeLast();
        if (row.fields.size() != header.size()) {
            sink.problem({ImportProblem::Severity::Error,
                          fileName,
                          row.line,
                          recordNumber,
                          QStringLiteral("the row has %1 fields but the header has %2; row skipped")
                              .arg(row.fields.size())
                              .arg(header.size())});
            continue;
        }
        if (row.truncated)
            sink.problem({ImportProblem::Severity::Warning,
                          fileName,
                          row.line,
                          recordNumber,
                          QStringLiteral("the row is too long and was cut")});

        const auto value = [&](Column column) {
            const auto it = where.constFind(column);
            return it == where.constEnd() ? QString() : row.fields.at(*it).trimmed();
        };
        ParsedRecord record;
        Reference& reference = record.reference;
        reference.title = value(Column::Title);
        const QString fullNames = value(Column::AuthorFullNames);
        reference.authors =
            fullNames.isEmpty() ? splitAuthors(value(Column::Authors), false) : splitAuthors(fullNames, true);
        reference.year = extractYear(value(Column::Year));
        reference.journal = value(Column::Journal);
        reference.volume = value(Column::Volume);
        reference.issue = value(Column::Issue);
        const QString first = value(Column::PageStart);
        const QString last = value(Column::PageEnd);
        if (!first.isEmpty())
            reference.pages = last.isEmpty() || last == first ? first : first + QLatin1Char('-') + last;
        else
            reference.pages = value(Column::Pages);
        if (reference.pages.isEmpty())
            reference.pages = value(Column::ArticleNumber);
        reference.doi = value(Column::Doi);
        reference.pmid = value(Column::Pmid);
        reference.url = value(Column::Url);
        reference.abstract = value(Column::Abstract);
        static const QRegularExpression noAbstract(QStringLiteral("^\\[no abstract available\\]$"),
                                                   QRegularExpression::CaseInsensitiveOption);
        if (noAbstract.match(reference.abstract).hasMatch())
            reference.abstract.clear();
        reference.keywords = splitKeywords(value(Column::Keywords)) + splitKeywords(value(Column::IndexKeywords));
        reference.keywords.removeDuplicates();
        reference.type = typeFrom(value(Column::DocumentType));
        if (const QString stemmaType = value(Column::StemmaType); !stemmaType.isEmpty())
            reference.type = publicationTypeFromString(stemmaType);
        reference.publicationTypes = splitLabels(value(Column::DocumentType));
        reference.language = value(Column::Language);

        record.rawText = row.rawText;
        record.recordNumber = recordNumber;
        record.line = row.line;
        record.notFound << missingEssentials(reference);
        if (!sink.record(std::move(record)))
            return makeError(ErrorCode::Cancelled, QStringLiteral("%1: import cancelled").arg(fileName));
    }
    if (recordNumber == 0)
        sink.problem({ImportProblem::Severity::Warning, fileName, 0, 0, QStringLiteral("no records after the header")});
    return {};
}

} // namespace stemma::core::import
