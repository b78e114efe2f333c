// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/PubmedXmlParser.h"

#include "core/import/ElementPath.h"
#include "core/import/Normalize.h"
#include "core/import/XmlRecordReader.h"

#include <QFileInfo>
#include <QIODevice>
#include <QSet>

namespace stemma::core::import {
namespace {

/** Elements whose whole content is read as one text value (inline markup flattened). */
bool isTextElement(QStringView name)
{
    static const QSet<QString> names{
        QStringLiteral("PMID"),
        QStringLiteral("ArticleTitle"),
        QStringLiteral("VernacularTitle"),
        QStringLiteral("Title"),
        QStringLiteral("ISOAbbreviation"),
        QStringLiteral("Volume"),
        QStringLiteral("Issue"),
        QStringLiteral("Year"),
        QStringLiteral("MedlineDate"),
        QStringLiteral("MedlinePgn"),
        QStringLiteral("StartPage"),
        QStringLiteral("EndPage"),
        QStringLiteral("ELocationID"),
        QStringLiteral("AbstractText"),
        QStringLiteral("LastName"),
        QStringLiteral("ForeName"),
        QStringLiteral("Initials"),
        QStringLiteral("CollectiveName"),
        QStringLiteral("Language"),
        QStringLiteral("PublicationType"),
        QStringLiteral("Keyword"),
        QStringLiteral("DescriptorName"),
        QStringLiteral("MedlineTA"),
        QStringLiteral("ArticleId"),
        QStringLiteral("BookTitle"),
    };
    return names.contains(name.toString());
}

/** What one article yields while its elements are read. */
struct ArticleData
{
    QString pmid;
    QString idPmid;
    QString title;
    QString vernacularTitle;
    QString bookTitle;
    QString journal;
    QString isoAbbreviation;
    QString medlineTa;
    QString volume;
    QString issue;
    QString year;
    QString medlineDate;
    QString articleYear;
    QString medlinePgn;
    QString startPage;
    QString endPage;
    QString elocationDoi;
    QString idDoi;
    QStringList abstractParts;
    QList<Author> authors;
    QList<Author> editors;
    Author author;
    QString language;
    QStringList publicationTypes;
    QStringList keywords;
    QStringList mesh;
};

PublicationType typeFor(const QStringList& publicationTypes, bool isBook, bool isChapter)
{
    if (isBook)
        return isChapter ? PublicationType::BookChapter : PublicationType::Book;
    // Reviews, case reports, trials, letters and editorials are all journal articles here; the
    // publication types that change what the record is are these.
    for (const QString& type : publicationTypes) {
        if (type.compare(QLatin1String("Preprint"), Qt::CaseInsensitive) == 0)
            return PublicationType::Preprint;
        if (type.compare(QLatin1String("Dataset"), Qt::CaseInsensitive) == 0)
            return PublicationType::Dataset;
        if (type.compare(QLatin1String("Congress"), Qt::CaseInsensitive) == 0)
            return PublicationType::ConferencePaper;
    }
    return PublicationType::JournalArticle;
}

class PubmedReader
{
public:
    PubmedReader(QIODevice& device, const QString& fileName, ParseSink& sink)
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
            const QStringView name = xml.name();
            if (!m_sawRoot) {
                m_sawRoot = true;
                if (name != QLatin1String("PubmedArticleSet") && name != QLatin1String("PubmedBookArticleSet") &&
                    name != QLatin1String("PubmedArticle") && name != QLatin1String("PubmedBookArticle"))
                    return makeError(ErrorCode::Parse,
                                     QStringLiteral("%1 is XML but not PubMed XML (root element <%2>)")
                                         .arg(m_fileName, name.toString()));
            }
            if (name == QLatin1String("PubmedArticle") || name == QLatin1String("PubmedBookArticle")) {
                if (!readArticle(name == QLatin1String("PubmedBookArticle")))
                    return makeError(ErrorCode::Cancelled, QStringLiteral("import of %1 cancelled").arg(m_fileName));
            }
        }
        if (xml.hasError()) {
            if (!m_sawRoot)
                return makeError(ErrorCode::Parse,
                                 QStringLiteral("%1 is not an XML file (%2 at line %3)")
                                     .arg(m_fileName, xml.errorString())
                                     .arg(xml.lineNumber()));
            // The article being read when the XML broke was reported by readArticle().
            if (!m_reportedError)
                problem(int(xml.lineNumber()),
                        0,
                        QStringLiteral("malformed XML: %1; reading stopped here").arg(xml.errorString()));
        }
        return {};
    }

private:
    void problem(int line,
                 int record,
                 const QString& message,
                 ImportProblem::Severity severity = ImportProblem::Severity::Error)
    {
        m_sink.problem(ImportProblem{severity, m_fileName, line, record, message});
    }

    /** Reads one article up to its end tag; false only when the sink cancelled. */
    bool readArticle(bool isBook)
    {
        QXmlStreamReader& xml = m_reader.xml();
        const int line = int(xml.lineNumber());
        const int record = ++m_recordCount;
        const int entitiesBefore = m_reader.skippedEntities();
        m_reader.beginCapture();
        ArticleData data;
        ElementPath path;
        while (!xml.atEnd()) {
            const auto token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                path.push(xml.name());
                if (path.endsWith(QLatin1String("AuthorList/Author")))
                    data.author = Author{};
                if (isTextElement(xml.name())) {
                    const QXmlStreamAttributes attributes = xml.attributes();
                    const QString text = m_reader.readFlatText();
                    if (xml.hasError())
                        break;
                    handleText(data, path.joined(), attributes, text);
                    path.pop();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (path.isEmpty())
                    break; // the article's own end tag
                if (path.endsWith(QLatin1String("AuthorList/Author")) && !isEmpty(data.author)) {
                    if (path == QLatin1String("BookDocument/Book/AuthorList/Author"))
                        data.editors << data.author;
                    else
                        data.authors << data.author;
                }
                path.pop();
            }
        }
        const QString rawText = m_reader.endCapture();
        if (xml.hasError()) {
            m_reportedError = true;
            problem(int(xml.lineNumber()),
                    record,
                    QStringLiteral("malformed XML: %1; this article (from line %2) is skipped and reading stopped")
                        .arg(xml.errorString())
                        .arg(line));
            return true;
        }
        if (const int skipped = m_reader.skippedEntities() - entitiesBefore; skipped > 0)
            problem(line,
                    record,
                    QStringLiteral("%1 undeclared entity reference(s) left out").arg(skipped),
                    ImportProblem::Severity::Warning);
        ParsedRecord parsed;
        parsed.reference = toReference(data, isBook, parsed.notFound);
        parsed.rawText = rawText;
        parsed.recordNumber = record;
        parsed.line = line;
        return m_sink.record(std::move(parsed));
    }

    static bool isEmpty(const Author& author)
    {
        return author.family.isEmpty() && author.given.isEmpty() && author.collective.isEmpty();
    }

    static void handleText(ArticleData& data,
                           const QString& path,
                           const QXmlStreamAttributes& attributes,
                           const QString& rawText)
    {
        const QString text = normalizeWhitespace(rawText);
        auto is = [&path](const char* expected) { return path == QLatin1String(expected); };
        auto attribute = [&attributes](const char* name) { return attributes.value(QLatin1String(name)).toString(); };
        // PubmedArticle paths, then the PubmedBookArticle ones.
        if (is("MedlineCitation/PMID") || is("BookDocument/PMID"))
            data.pmid = text;
        else if (is("MedlineCitation/Article/ArticleTitle") || is("BookDocument/ArticleTitle"))
            data.title = text;
        else if (is("MedlineCitation/Article/VernacularTitle"))
            data.vernacularTitle = text;
        else if (is("BookDocument/Book/BookTitle"))
            data.bookTitle = text;
        else if (is("MedlineCitation/Article/Journal/Title"))
            data.journal = text;
        else if (is("MedlineCitation/Article/Journal/ISOAbbreviation"))
            data.isoAbbreviation = text;
        else if (is("MedlineCitation/MedlineJournalInfo/MedlineTA"))
            data.medlineTa = text;
        else if (is("MedlineCitation/Article/Journal/JournalIssue/Volume") || is("BookDocument/Book/Volume"))
            data.volume = text;
        else if (is("MedlineCitation/Article/Journal/JournalIssue/Issue"))
            data.issue = text;
        else if (is("MedlineCitation/Article/Journal/JournalIssue/PubDate/Year") ||
                 is("BookDocument/Book/PubDate/Year"))
            data.year = text;
        else if (is("MedlineCitation/Article/Journal/JournalIssue/PubDate/MedlineDate") ||
                 is("BookDocument/Book/PubDate/MedlineDate"))
            data.medlineDate = text;
        else if (is("MedlineCitation/Article/ArticleDate/Year"))
            data.articleYear = text;
        else if (is("MedlineCitation/Article/Pagination/MedlinePgn") || is("BookDocument/Pagination/MedlinePgn"))
            data.medlinePgn = text;
        else if (is("MedlineCitation/Article/Pagination/StartPage"))
            data.startPage = text;
        else if (is("MedlineCitation/Article/Pagination/EndPage"))
            data.endPage = text;
        else if (is("MedlineCitation/Article/ELocationID")) {
            if (attribute("EIdType") == QLatin1String("doi") && attribute("ValidYN") != QLatin1String("N") &&
                data.elocationDoi.isEmpty())
                data.elocationDoi = text;
        } else if (is("MedlineCitation/Article/Abstract/AbstractText") || is("BookDocument/Abstract/AbstractText")) {
            const QString label = attribute("Label").trimmed();
            if (!text.isEmpty())
                data.abstractParts << (label.isEmpty() ? text : label + QStringLiteral(": ") + text);
        } else if (path.endsWith(QLatin1String("AuthorList/Author/LastName")))
            data.author.family = text;
        else if (path.endsWith(QLatin1String("AuthorList/Author/ForeName")))
            data.author.given = text;
        else if (path.endsWith(QLatin1String("AuthorList/Author/Initials"))) {
            if (data.author.given.isEmpty())
                data.author.given = text;
        } else if (path.endsWith(QLatin1String("AuthorList/Author/CollectiveName")))
            data.author.collective = text;
        else if (is("MedlineCitation/Article/Language") || is("BookDocument/Language")) {
            if (data.language.isEmpty())
                data.language = text;
        } else if (is("MedlineCitation/Article/PublicationTypeList/PublicationType") ||
                   is("BookDocument/PublicationType"))
            data.publicationTypes << text;
        else if (is("MedlineCitation/KeywordList/Keyword") || is("BookDocument/KeywordList/Keyword"))
            data.keywords << text;
        else if (is("MedlineCitation/MeshHeadingList/MeshHeading/DescriptorName"))
            data.mesh << text;
        else if (is("PubmedData/ArticleIdList/ArticleId") || is("PubmedBookData/ArticleIdList/ArticleId") ||
                 is("BookDocument/ArticleIdList/ArticleId")) {
            const QString type = attribute("IdType");
            if (type == QLatin1String("doi") && data.idDoi.isEmpty())
                data.idDoi = text;
            else if (type == QLatin1String("pubmed") && data.idPmid.isEmpty())
                data.idPmid = text;
        }
    }

    static Reference toReference(const ArticleData& data, bool isBook, QStringList& notFound)
    {
        auto firstOf = [](std::initializer_list<QString> values) {
            for (const QString& value : values)
                if (!value.isEmpty())
                    return value;
            return QString();
        };
        Reference reference;
        const bool isChapter = isBook && !data.title.isEmpty();
        reference.type = typeFor(data.publicationTypes, isBook, isChapter);
        if (isBook) {
            reference.title = isChapter ? data.title : data.bookTitle;
            reference.journal = isChapter ? data.bookTitle : QString();
        } else {
            reference.title = firstOf({data.title, data.vernacularTitle});
            reference.journal = firstOf({data.journal, data.isoAbbreviation, data.medlineTa});
        }
        reference.authors = data.authors.isEmpty() ? data.editors : data.authors;
        reference.year = extractYear(firstOf({data.year, data.medlineDate, data.articleYear}));
        reference.volume = data.volume;
        reference.issue = data.issue;
        if (!data.medlinePgn.isEmpty())
            reference.pages = data.medlinePgn;
        else if (!data.startPage.isEmpty())
            reference.pages =
                data.endPage.isEmpty() ? data.startPage : data.startPage + QLatin1Char('-') + data.endPage;
        reference.doi = firstOf({data.elocationDoi, data.idDoi});
        reference.pmid = firstOf({data.pmid, data.idPmid});
        reference.abstract = data.abstractParts.join(QStringLiteral("\n\n"));
        reference.keywords = data.keywords + data.mesh;
        reference.publicationTypes = data.publicationTypes;
        reference.language = data.language;

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

QString PubmedXmlParser::format() const
{
    return QStringLiteral("pubmed-xml");
}

QString PubmedXmlParser::displayName() const
{
    return QStringLiteral("PubMed XML");
}

int PubmedXmlParser::confidence(const QByteArray& head, const QString& fileName) const
{
    const bool xmlExtension = QFileInfo(fileName).suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0;
    int score = 0;
    if (head.contains("<PubmedArticleSet") || head.contains("<PubmedBookArticleSet"))
        score = 95;
    else if (head.contains("<!DOCTYPE PubmedArticleSet") || head.contains("<PubmedArticle>") ||
             head.contains("<PubmedArticle ") || head.contains("<MedlineCitation"))
        score = 85;
    if (score > 0 && xmlExtension)
        score += 5;
    return std::min(score, 100);
}

Result<void> PubmedXmlParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    if (!device.isOpen() || !device.isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("%1 cannot be read").arg(fileName));
    return PubmedReader(device, fileName, sink).run();
}

} // namespace stemma::core::import
