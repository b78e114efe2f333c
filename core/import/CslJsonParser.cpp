// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/CslJsonParser.h"

#include "core/import/Normalize.h"
#include "core/import/TaggedText.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace stemma::core::import {
namespace {

/** Larger than any reference library's JSON; past it the file is not read into memory. */
constexpr qint64 MAX_FILE_BYTES = qint64(1) << 30;

PublicationType typeFor(const QString& cslType, bool& isGrey)
{
    static const QHash<QString, PublicationType> types{
        {QStringLiteral("article-journal"), PublicationType::JournalArticle},
        {QStringLiteral("article-magazine"), PublicationType::JournalArticle},
        {QStringLiteral("article-newspaper"), PublicationType::JournalArticle},
        {QStringLiteral("review"), PublicationType::JournalArticle},
        {QStringLiteral("paper-conference"), PublicationType::ConferencePaper},
        {QStringLiteral("book"), PublicationType::Book},
        {QStringLiteral("chapter"), PublicationType::BookChapter},
        {QStringLiteral("entry-encyclopedia"), PublicationType::BookChapter},
        {QStringLiteral("thesis"), PublicationType::Thesis},
        {QStringLiteral("report"), PublicationType::Report},
        {QStringLiteral("webpage"), PublicationType::WebPage},
        {QStringLiteral("post-weblog"), PublicationType::WebPage},
        {QStringLiteral("post"), PublicationType::WebPage},
        {QStringLiteral("article"), PublicationType::Preprint},
        {QStringLiteral("dataset"), PublicationType::Dataset},
    };
    const PublicationType type = types.value(cslType.trimmed().toLower(), PublicationType::Other);
    isGrey = type == PublicationType::WebPage;
    return type;
}

QString text(const QJsonObject& item, const char* key)
{
    const QJsonValue value = item.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString().trimmed();
}

/** CSL names: {family, given, non-dropping-particle, suffix} or {literal} for a group. */
QList<Author> names(const QJsonArray& array)
{
    QList<Author> authors;
    for (const QJsonValue& value : array) {
        const QJsonObject name = value.toObject();
        if (const QString literal = text(name, "literal"); !literal.isEmpty()) {
            authors << (looksCollective(literal) ? Author{{}, {}, literal} : parseAuthorName(literal));
            continue;
        }
        QString family = text(name, "family");
        if (const QString particle = text(name, "non-dropping-particle"); !particle.isEmpty())
            family = particle + QLatin1Char(' ') + family;
        QString given = text(name, "given");
        if (const QString particle = text(name, "dropping-particle"); !particle.isEmpty())
            given = (given + QLatin1Char(' ') + particle).trimmed();
        if (!family.isEmpty())
            authors << Author{family, given, {}};
    }
    return authors;
}

/** "issued": {"date-parts": [[2019, 5]]}, or {"raw": "2019-05"} / {"literal": "Spring 2019"}. */
std::optional<int> yearOf(const QJsonValue& issued)
{
    const QJsonObject date = issued.toObject();
    const QJsonArray parts = date.value(QStringLiteral("date-parts")).toArray();
    if (!parts.isEmpty()) {
        const QJsonValue year = parts.first().toArray().first();
        if (year.isDouble())
            return int(year.toDouble());
        if (const auto parsed = extractYear(year.toString()))
            return parsed;
    }
    for (const char* key : {"raw", "literal"})
        if (const auto parsed = extractYear(text(date, key)))
            return parsed;
    if (issued.isString())
        return extractYear(issued.toString());
    return std::nullopt;
}

/** Keywords are one string: split on ";" when there is one, else on ",". */
QStringList keywordsOf(const QString& field)
{
    const QChar separator = field.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    QStringList keywords;
    for (const QString& part : field.split(separator))
        if (const QString keyword = part.trimmed(); !keyword.isEmpty())
            keywords << keyword;
    return keywords;
}

/** The 1-based line of byte \a offset, for a JSON syntax error. */
int lineAt(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

ParsedRecord toRecord(const QJsonObject& item, int number)
{
    ParsedRecord record;
    record.recordNumber = number;
    record.rawText = QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact));
    Reference& reference = record.reference;
    reference.type = typeFor(text(item, "type"), record.isGreyLiterature);
    reference.title = text(item, "title");
    reference.authors = names(item.value(QStringLiteral("author")).toArray());
    if (reference.authors.isEmpty())
        reference.authors = names(item.value(QStringLiteral("editor")).toArray());
    reference.year = yearOf(item.value(QStringLiteral("issued")));
    reference.journal = text(item, "container-title");
    if (reference.journal.isEmpty())
        reference.journal = text(item, "container-title-short");
    reference.volume = text(item, "volume");
    reference.issue = text(item, "issue");
    reference.pages = text(item, "page");
    reference.doi = text(item, "DOI");
    reference.pmid = text(item, "PMID");
    reference.abstract = text(item, "abstract");
    reference.keywords = keywordsOf(text(item, "keyword"));
    // "genre" is the kind of work within the type: PubMed's publication types when Stemma wrote the file.
    reference.publicationTypes = splitLabels(text(item, "genre"));
    // CSL has no type for a conference abstract; the genre says it ("Meeting Abstract").
    if (reference.type == PublicationType::ConferencePaper &&
        reference.publicationTypes.join(QLatin1Char(' ')).contains(QLatin1String("abstract"), Qt::CaseInsensitive))
        reference.type = PublicationType::ConferenceAbstract;
    reference.language = text(item, "language");
    reference.url = text(item, "URL");
    // Zotero keeps identifiers it has no CSL field for in "note" ("PMID: 123"), as Better BibTeX does.
    if (reference.pmid.isEmpty())
        reference.pmid = pmidInNote(text(item, "note"));
    record.notFound << missingEssentials(reference);
    return record;
}

} // namespace

QString CslJsonParser::format() const
{
    return QStringLiteral("csl-json");
}

QString CslJsonParser::displayName() const
{
    return QStringLiteral("CSL-JSON (Zotero, citeproc)");
}

int CslJsonParser::confidence(const QByteArray& head, const QString& fileName) const
{
    const QString text = tagged::headText(head).trimmed();
    if (!text.startsWith(QLatin1Char('[')) && !text.startsWith(QLatin1Char('{')))
        return 0;
    static const QRegularExpression cslKey(
        QStringLiteral("\"(?:type|title|author|issued|container-title|DOI|citation-key)\"\\s*:"));
    int keys = 0;
    auto matches = cslKey.globalMatch(text);
    while (matches.hasNext() && keys < 3) {
        matches.next();
        ++keys;
    }
    if (keys < 2)
        return 0;
    const bool jsonName = fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                          fileName.endsWith(QLatin1String(".csljson"), Qt::CaseInsensitive);
    return jsonName ? 95 : 85;
}

Result<void> CslJsonParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    STEMMA_TRY(tagged::checkReadable(device, fileName));
    if (device.size() > MAX_FILE_BYTES)
        return makeError(ErrorCode::Parse,
                         QStringLiteral("%1 is larger than %2 MB; split it to import it as CSL-JSON")
                             .arg(fileName)
                             .arg(MAX_FILE_BYTES >> 20));
    QByteArray bytes = device.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Parse,
                         QStringLiteral("%1:%2: not valid JSON: %3")
                             .arg(fileName)
                             .arg(lineAt(bytes, error.offset))
                             .arg(error.errorString()));
    QJsonArray items;
    if (document.isArray())
        items = document.array();
    else if (document.object().value(QStringLiteral("items")).isArray())
        items = document.object().value(QStringLiteral("items")).toArray(); // Better CSL JSON with a wrapper
    else
        items = QJsonArray{document.object()};
    int emitted = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int number = int(i) + 1;
        if (!items.at(i).isObject()) {
            sink.problem({ImportProblem::Severity::Error,
                          fileName,
                          0,
                          number,
                          QStringLiteral("item %1 is not a JSON object; skipped").arg(number)});
            continue;
        }
        ParsedRecord record = toRecord(items.at(i).toObject(), number);
        if (record.reference.title.isEmpty() && record.reference.authors.isEmpty()) {
            sink.problem({ImportProblem::Severity::Error,
                          fileName,
                          0,
                          number,
                          QStringLiteral("item %1 has neither a title nor authors; skipped").arg(number)});
            continue;
        }
        ++emitted;
        if (!sink.record(std::move(record)))
            return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled"));
    }
    if (emitted == 0 && items.isEmpty())
        return makeError(ErrorCode::Parse, QStringLiteral("%1 contains no CSL-JSON items").arg(fileName));
    return {};
}

} // namespace stemma::core::import
