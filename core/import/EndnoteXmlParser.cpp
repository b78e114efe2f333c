// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/EndnoteXmlParser.h"

#include "core/import/ElementPath.h"
#include "core/import/Normalize.h"
#include "core/import/XmlRecordReader.h"

#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

namespace stemma::core::import {
namespace {

/// The deepest of textPaths(): deeper elements are never looked up, so a deeply nested record
/// costs no hashing of its long path on every tag.
constexpr qsizetype DEEPEST_TEXT_PATH = 3;

/** Paths (below <record>) read as text; everything else in a record is only copied to rawText. */
const QSet<QString>& textPaths()
{
    static const QSet<QString> paths{
        QStringLiteral("ref-type"),
        QStringLiteral("contributors/authors/author"),
        QStringLiteral("contributors/secondary-authors/author"),
        QStringLiteral("titles/title"),
        QStringLiteral("titles/secondary-title"),
        QStringLiteral("periodical/full-title"),
        QStringLiteral("periodical/abbr-1"),
        QStringLiteral("dates/year"),
        QStringLiteral("dates/pub-dates/date"),
        QStringLiteral("volume"),
        QStringLiteral("number"),
        QStringLiteral("pages"),
        QStringLiteral("electronic-resource-num"),
        QStringLiteral("abstract"),
        QStringLiteral("keywords/keyword"),
        QStringLiteral("urls/related-urls/url"),
        QStringLiteral("urls/web-urls/url"),
        QStringLiteral("language"),
        QStringLiteral("accession-num"),
        QStringLiteral("remote-database-provider"),
        QStringLiteral("work-type"),
    };
    return paths;
}

PublicationType typeFor(const QString& name, const QString& number)
{
    static const QHash<QString, PublicationType> byName{
        {QStringLiteral("journal article"), PublicationType::JournalArticle},
        {QStringLiteral("electronic article"), PublicationType::JournalArticle},
        {QStringLiteral("magazine article"), PublicationType::JournalArticle},
        {QStringLiteral("newspaper article"), PublicationType::JournalArticle},
        {QStringLiteral("book"), PublicationType::Book},
        {QStringLiteral("edited book"), PublicationType::Book},
        {QStringLiteral("electronic book"), PublicationType::Book},
        {QStringLiteral("book section"), PublicationType::BookChapter},
        {QStringLiteral("electronic book section"), PublicationType::BookChapter},
        {QStringLiteral("conference proceedings"), PublicationType::ConferencePaper},
        {QStringLiteral("conference paper"), PublicationType::ConferencePaper},
        {QStringLiteral("thesis"), PublicationType::Thesis},
        {QStringLiteral("report"), PublicationType::Report},
        {QStringLiteral("government document"), PublicationType::Report},
        {QStringLiteral("web page"), PublicationType::WebPage},
        {QStringLiteral("blog"), PublicationType::WebPage},
        {QStringLiteral("dataset"), PublicationType::Dataset},
    };
    if (const auto found = byName.constFind(name.trimmed().toLower()); found != byName.cend())
        return *found;
    // Without a name attribute, EndNote's fixed reference-type numbers.
    static const QHash<QString, PublicationType> byNumber{
        {QStringLiteral("17"), PublicationType::JournalArticle},
        {QStringLiteral("6"), PublicationType::Book},
        {QStringLiteral("28"), PublicationType::Book},
        {QStringLiteral("5"), PublicationType::BookChapter},
        {QStringLiteral("10"), PublicationType::ConferencePaper},
        {QStringLiteral("47"), PublicationType::ConferencePaper},
        {QStringLiteral("32"), PublicationType::Thesis},
        {QStringLiteral("27"), PublicationType::Report},
        {QStringLiteral("12"), PublicationType::WebPage},
        {QStringLiteral("59"), PublicationType::Dataset},
    };
    if (name.trimmed().isEmpty())
        return byNumber.value(number.trimmed(), PublicationType::Other);
    return PublicationType::Other;
}

struct RecordData
{
    QString refTypeName;
    QString refTypeNumber;
    QStringList authors;
    QStringList secondaryAuthors;
    QString title;
    QString secondaryTitle;
    QString fullTitle;
    QString abbreviation;
    QString year;
    QString date;
    QString volume;
    QString number;
    QString pages;
    QString doi;
    QString abstract;
    QStringList keywords;
    QString url;
    QString language;
    QString accession;
    QString provider;
    QStringList workTypes;
};

class EndnoteReader
{
public:
    EndnoteReader(QIODevice& device, const QString& fileName, ParseSink& sink)
        : m_reader(device)
        , m_fileName(fileName)
        , m_sink(sink)
    {
    }

    Result<void> run()
    {
        QXmlStreamReader& xml = m_reader.xml();
        while (!xml.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::DTD && m_reader.declaresEntities()) {
                const QString message =
                    QStringLiteral("the DOCTYPE declares %1 entities of its own; the file is refused because "
                                   "expanding them could exhaust memory (an entity-expansion attack)")
                        .arg(xml.entityDeclarations().size());
                problem(int(xml.lineNumber()), 0, message);
                return makeError(ErrorCode::Parse, QStringLiteral("%1: %2").arg(m_fileName, message));
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (!m_sawRoot) {
                m_sawRoot = true;
                if (xml.name() != QLatin1String("xml") && xml.name() != QLatin1String("records"))
                    return makeError(ErrorCode::Parse,
                                     QStringLiteral("%1 is XML but not EndNote XML (root element <%2>)")
                                         .arg(m_fileName, xml.name().toString()));
            }
            if (xml.name() == QLatin1String("record") && !readRecord())
                return makeError(ErrorCode::Cancelled, QStringLiteral("import of %1 cancelled").arg(m_fileName));
        }
        if (xml.hasError()) {
            if (!m_sawRoot)
                return makeError(ErrorCode::Parse,
                                 QStringLiteral("%1 is not an XML file (%2 at line %3)")
                                     .arg(m_fileName, xml.errorString())
                                     .arg(xml.lineNumber()));
            if (!m_reportedError)
                problem(int(xml.lineNumber()),
                        0,
                        QStringLiteral("malformed XML: %1; reading stopped here").arg(xml.errorString()));
        }
        return {};
    }

private:
    void problem(int line, int record, const QString& message)
    {
        m_sink.problem(ImportProblem{ImportProblem::Severity::Error, m_fileName, line, record, message});
    }

    bool readRecord()
    {
        QXmlStreamReader& xml = m_reader.xml();
        const int line = int(xml.lineNumber());
        const int record = ++m_recordCount;
        m_reader.beginCapture();
        RecordData data;
        ElementPath path;
        while (!xml.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                path.push(xml.name());
                const QString& joined = path.joined();
                if (path.depth() <= DEEPEST_TEXT_PATH && textPaths().contains(joined)) {
                    const QString typeName = xml.attributes().value(QLatin1String("name")).toString();
                    const QString text = m_reader.readFlatText(XmlRecordReader::Layout::DropBetweenTags);
                    if (xml.hasError())
                        break;
                    if (joined == QLatin1String("ref-type"))
                        data.refTypeName = typeName;
                    handleText(data, joined, text);
                    path.pop();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (path.isEmpty())
                    break;
                path.pop();
            }
        }
        const QString rawText = m_reader.endCapture();
        if (xml.hasError()) {
            m_reportedError = true;
            problem(int(xml.lineNumber()),
                    record,
                    QStringLiteral("malformed XML: %1; this record (from line %2) is skipped and reading stopped")
                        .arg(xml.errorString())
                        .arg(line));
            return true;
        }
        ParsedRecord parsed;
        parsed.reference = toReference(data, parsed.notFound);
        parsed.rawText = rawText;
        parsed.recordNumber = record;
        parsed.line = line;
        return m_sink.record(std::move(parsed));
    }

    static void handleText(RecordData& data, const QString& path, const QString& raw)
    {
        const QString text = normalizeWhitespace(raw);
        auto is = [&path](const char* expected) { return path == QLatin1String(expected); };
        if (is("ref-type"))
            data.refTypeNumber = text;
        else if (is("contributors/authors/author"))
            data.authors << text;
        else if (is("contributors/secondary-authors/author"))
            data.secondaryAuthors << text;
        else if (is("titles/title"))
            data.title = text;
        else if (is("titles/secondary-title"))
            data.secondaryTitle = text;
        else if (is("periodical/full-title"))
            data.fullTitle = text;
        else if (is("periodical/abbr-1"))
            data.abbreviation = text;
        else if (is("dates/year"))
            data.year = text;
        else if (is("dates/pub-dates/date"))
            data.date = text;
        else if (is("volume"))
            data.volume = text;
        else if (is("number"))
            data.number = text;
        else if (is("pages"))
            data.pages = text;
        else if (is("electronic-resource-num"))
            data.doi = text;
        else if (is("abstract")) {
            // EndNote writes paragraph breaks as carriage returns.
            QString abstract = raw;
            abstract.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                .replace(QLatin1Char('\r'), QLatin1Char('\n'));
            QStringList paragraphs;
            for (const QString& paragraph : abstract.split(QLatin1Char('\n')))
                if (QString cleaned = normalizeWhitespace(paragraph); !cleaned.isEmpty())
                    paragraphs << cleaned;
            // Pretty-printed files wrap lines inside a paragraph; only EndNote's own \r breaks count.
            data.abstract =
                raw.contains(QLatin1Char('\r')) ? paragraphs.join(QStringLiteral("\n\n")) : normalizeWhitespace(raw);
        } else if (is("keywords/keyword")) {
            // One <keyword> may hold several, one per line.
            for (const QString& keyword : raw.split(QRegularExpression(QStringLiteral("[\\r\\n]+"))))
                if (QString cleaned = normalizeWhitespace(keyword); !cleaned.isEmpty())
                    data.keywords << cleaned;
        } else if (is("urls/related-urls/url") || is("urls/web-urls/url")) {
            if (data.url.isEmpty())
                data.url = text;
        } else if (is("language"))
            data.language = text;
        else if (is("accession-num"))
            data.accession = text;
        else if (is("remote-database-provider"))
            data.provider = text;
        else if (is("work-type")) {
            // EndNote keeps PubMed's publication types here, one per line or separated by ';'.
            for (const QString& type : raw.split(QRegularExpression(QStringLiteral("[\\r\\n;]+"))))
                if (QString cleaned = normalizeWhitespace(type); !cleaned.isEmpty())
                    data.workTypes << cleaned;
        }
    }

    static Reference toReference(const RecordData& data, QStringList& notFound)
    {
        Reference reference;
        reference.type = typeFor(data.refTypeName, data.refTypeNumber);
        reference.publicationTypes = data.workTypes;
        // EndNote has no type for a conference abstract or a preprint; the type of work says it.
        const QString kinds = data.workTypes.join(QLatin1Char(' '));
        if (reference.type == PublicationType::ConferencePaper &&
            kinds.contains(QLatin1String("abstract"), Qt::CaseInsensitive))
            reference.type = PublicationType::ConferenceAbstract;
        if (reference.type == PublicationType::JournalArticle &&
            kinds.contains(QLatin1String("preprint"), Qt::CaseInsensitive))
            reference.type = PublicationType::Preprint;
        reference.title = data.title;
        for (const QString& name : data.authors.isEmpty() ? data.secondaryAuthors : data.authors)
            if (Author author = parseAuthorName(name); !author.family.isEmpty() || author.isCollective())
                reference.authors << author;
        reference.journal = !data.secondaryTitle.isEmpty() ? data.secondaryTitle
                            : !data.fullTitle.isEmpty()    ? data.fullTitle
                                                           : data.abbreviation;
        reference.year = extractYear(data.year);
        if (!reference.year)
            reference.year = extractYear(data.date);
        reference.volume = data.volume;
        reference.issue = data.number;
        reference.pages = data.pages;
        reference.doi = data.doi;
        reference.abstract = data.abstract;
        reference.keywords = data.keywords;
        reference.url = data.url;
        reference.language = data.language;
        // The accession number is a PMID only in PubMed-sourced records; Web of Science puts "ISI:…" there.
        static const QRegularExpression digitsOnly(QStringLiteral("^\\d{1,9}$"));
        if (digitsOnly.match(data.accession).hasMatch())
            reference.pmid = data.accession;

        notFound << missingEssentials(reference);
        return reference;
    }

    XmlRecordReader m_reader;
    QString m_fileName;
    ParseSink& m_sink;
    int m_recordCount = 0;
    bool m_sawRoot = false;
    bool m_reportedError = false;
};

} // namespace

QString EndnoteXmlParser::format() const
{
    return QStringLiteral("endnote-xml");
}

QString EndnoteXmlParser::displayName() const
{
    return QStringLiteral("EndNote XML");
}

int EndnoteXmlParser::confidence(const QByteArray& head, const QString& fileName) const
{
    const bool xmlExtension = QFileInfo(fileName).suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0;
    static const QRegularExpression records(QStringLiteral("<xml>\\s*<records>"));
    const QString text = QString::fromUtf8(head);
    int score = 0;
    if (records.match(text).hasMatch())
        score = 95;
    else if (text.contains(QLatin1String("<records>")) && text.contains(QLatin1String("<record>")) &&
             (text.contains(QLatin1String("<ref-type")) || text.contains(QLatin1String("<source-app"))))
        score = 85;
    if (score > 0 && xmlExtension)
        score += 5;
    return std::min(score, 100);
}

Result<void> EndnoteXmlParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    if (!device.isOpen() || !device.isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be read").arg(fileName));
    return EndnoteReader(device, fileName, sink).run();
}

} // namespace stemma::core::import
