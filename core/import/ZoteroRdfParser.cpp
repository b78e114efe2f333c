// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/ZoteroRdfParser.h"

#include "core/import/Normalize.h"
#include "core/import/TaggedText.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <memory>
#include <vector>

namespace stemma::core::import {
namespace {

const QString RDF_NS = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString Z_NS = QStringLiteral("http://www.zotero.org/namespaces/export#");
const QString BIB_NS = QStringLiteral("http://purl.org/net/biblio#");
const QString DC_NS = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString DCTERMS_NS = QStringLiteral("http://purl.org/dc/terms/");
const QString FOAF_NS = QStringLiteral("http://xmlns.com/foaf/0.1/");
const QString PRISM_NS = QStringLiteral("http://prismstandard.org/namespaces/1.2/basic/");

/** Deeper than Zotero ever nests (item → isPartOf → Journal → identifier → URI → value is 6). */
constexpr int MAX_DEPTH = 64;

/** One XML element of the document, kept whole because RDF refers across the file. */
struct Node
{
    QString ns;
    QString name;
    QString about;    ///< rdf:about or rdf:nodeID
    QString resource; ///< rdf:resource or rdf:nodeID on a property pointing elsewhere
    QString text;
    int line = 0;
    std::vector<std::unique_ptr<Node>> children;

    bool is(const QString& space, const char* local) const { return ns == space && name == QLatin1String(local); }
    const Node* child(const QString& space, const char* local) const
    {
        for (const auto& node : children)
            if (node->is(space, local))
                return node.get();
        return nullptr;
    }
    QString childText(const QString& space, const char* local) const
    {
        const Node* node = child(space, local);
        return node ? node->text.trimmed() : QString();
    }
};

class Document
{
public:
    std::vector<std::unique_ptr<Node>> roots; ///< the children of rdf:RDF
    QHash<QString, const Node*> byAbout;

    /** The resource \a property stands for: its nested node, or the top-level node it names. */
    const Node* target(const Node* property) const
    {
        if (!property)
            return nullptr;
        if (!property->children.empty())
            return property->children.front().get();
        return byAbout.value(property->resource, nullptr);
    }
};

QString attribute(const QXmlStreamAttributes& attributes, const char* name)
{
    return attributes.value(RDF_NS, QLatin1String(name)).toString();
}

Result<void> readDocument(QXmlStreamReader& xml, const QString& fileName, Document& document)
{
    std::vector<Node*> stack;
    bool inRdf = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (!inRdf) {
                if (xml.namespaceUri() == RDF_NS && xml.name() == QLatin1String("RDF"))
                    inRdf = true;
                continue;
            }
            if (stack.size() >= MAX_DEPTH)
                return makeError(ErrorCode::Parse,
                                 QStringLiteral("%1:%2: elements nested more than %3 deep; not a Zotero export")
                                     .arg(fileName)
                                     .arg(xml.lineNumber())
                                     .arg(MAX_DEPTH));
            auto node = std::make_unique<Node>();
            node->ns = xml.namespaceUri().toString();
            node->name = xml.name().toString();
            node->line = int(xml.lineNumber());
            const QXmlStreamAttributes attributes = xml.attributes();
            node->about = attribute(attributes, "about");
            node->resource = attribute(attributes, "resource");
            if (const QString id = attribute(attributes, "nodeID"); !id.isEmpty())
                (stack.empty() ? node->about : node->resource) = QStringLiteral("_:") + id;
            Node* raw = node.get();
            if (stack.empty())
                document.roots.push_back(std::move(node));
            else
                stack.back()->children.push_back(std::move(node));
            stack.push_back(raw);
        } else if (xml.isCharacters() && !stack.empty()) {
            stack.back()->text += xml.text();
        } else if (xml.isEndElement() && !stack.empty()) {
            stack.pop_back();
        }
    }
    if (xml.hasError())
        return makeError(
            ErrorCode::Parse,
            QStringLiteral("%1:%2: malformed XML: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString()));
    if (!inRdf)
        return makeError(ErrorCode::Parse,
                         QStringLiteral("%1 has no rdf:RDF element; not a Zotero RDF export").arg(fileName));
    for (const auto& root : document.roots)
        if (!root->about.isEmpty())
            document.byAbout.insert(root->about, root.get());
    return {};
}

PublicationType typeFor(const QString& itemType, bool& isGrey)
{
    static const QHash<QString, PublicationType> types{
        {QStringLiteral("journalArticle"), PublicationType::JournalArticle},
        {QStringLiteral("magazineArticle"), PublicationType::JournalArticle},
        {QStringLiteral("newspaperArticle"), PublicationType::JournalArticle},
        {QStringLiteral("conferencePaper"), PublicationType::ConferencePaper},
        {QStringLiteral("book"), PublicationType::Book},
        {QStringLiteral("bookSection"), PublicationType::BookChapter},
        {QStringLiteral("thesis"), PublicationType::Thesis},
        {QStringLiteral("report"), PublicationType::Report},
        {QStringLiteral("webpage"), PublicationType::WebPage},
        {QStringLiteral("blogPost"), PublicationType::WebPage},
        {QStringLiteral("preprint"), PublicationType::Preprint},
        {QStringLiteral("dataset"), PublicationType::Dataset},
    };
    const PublicationType type = types.value(itemType, PublicationType::Other);
    isGrey = type == PublicationType::WebPage;
    return type;
}

/** The people of bib:authors (or bib:editors): rdf:Seq / rdf:li / foaf:Person. */
QList<Author> people(const Document& document, const Node* property)
{
    QList<Author> authors;
    const Node* sequence = document.target(property);
    if (!sequence)
        return authors;
    for (const auto& item : sequence->children) {
        const Node* person = document.target(item.get());
        if (!person)
            continue;
        const QString family = person->childText(FOAF_NS, "surname");
        QString given = person->childText(FOAF_NS, "givenName");
        if (given.isEmpty())
            given = person->childText(FOAF_NS, "givenname"); // Zotero before 5 wrote it in lower case
        if (family.isEmpty())
            continue;
        // A one-field name in Zotero ("ASTIS Study Group") has a surname and no given name.
        if (given.isEmpty() && looksCollective(family))
            authors << Author{{}, {}, family};
        else
            authors << Author{family, given, {}};
    }
    return authors;
}

/** dc:identifier holds "DOI 10.x", "ISSN …" as text, or a dcterms:URI with the item's link. */
void readIdentifiers(const Document& document, const Node& node, Reference& reference)
{
    for (const auto& child : node.children) {
        if (!child->is(DC_NS, "identifier"))
            continue;
        const QString text = child->text.trimmed();
        if (text.startsWith(QLatin1String("DOI "), Qt::CaseInsensitive) && reference.doi.isEmpty())
            reference.doi = text.mid(4).trimmed();
        if (const Node* uri = document.target(child.get()); uri && reference.url.isEmpty())
            reference.url = uri->childText(RDF_NS, "value");
    }
}

ParsedRecord toRecord(const Document& document, const Node& item, int number)
{
    ParsedRecord record;
    record.recordNumber = number;
    record.line = item.line;
    Reference& reference = record.reference;
    const QString itemType = item.childText(Z_NS, "itemType");
    record.rawText = QStringLiteral("%1 %2 (line %3)").arg(itemType, item.about).arg(item.line);
    reference.type = typeFor(itemType, record.isGreyLiterature);
    reference.title = item.childText(DC_NS, "title");
    reference.authors = people(document, item.child(BIB_NS, "authors"));
    if (reference.authors.isEmpty())
        reference.authors = people(document, item.child(BIB_NS, "editors"));
    reference.year = extractYear(item.childText(DC_NS, "date"));
    reference.pages = item.childText(BIB_NS, "pages");
    reference.abstract = item.childText(DCTERMS_NS, "abstract");
    reference.language = item.childText(Z_NS, "language");
    readIdentifiers(document, item, reference);
    for (const auto& child : item.children) {
        if (!child->is(DC_NS, "subject"))
            continue;
        // A plain tag is text; an automatic one (from PubMed's MeSH) is a z:AutomaticTag with rdf:value.
        const Node* tag = document.target(child.get());
        const QString keyword = tag ? tag->childText(RDF_NS, "value") : child->text.trimmed();
        if (!keyword.isEmpty())
            reference.keywords << keyword;
    }
    for (const auto& child : item.children) {
        if (!child->is(DCTERMS_NS, "isPartOf"))
            continue;
        const Node* container = document.target(child.get());
        if (!container || container->is(BIB_NS, "Series") || container->is(BIB_NS, "Part"))
            continue;
        if (reference.journal.isEmpty())
            reference.journal = container->childText(DC_NS, "title");
        if (reference.volume.isEmpty())
            reference.volume = container->childText(PRISM_NS, "volume");
        if (reference.issue.isEmpty())
            reference.issue = container->childText(PRISM_NS, "number");
        readIdentifiers(document, *container, reference);
    }
    if (reference.volume.isEmpty())
        reference.volume = item.childText(PRISM_NS, "volume");
    if (reference.issue.isEmpty())
        reference.issue = item.childText(PRISM_NS, "number");
    // "Extra" (dc:description) is where Zotero's PubMed translator puts "PMID: 123".
    reference.pmid = pmidInNote(item.childText(DC_NS, "description"));
    // Zotero's "Type" fields (reportType, thesisType…) name the kind of work.
    if (const QString kind = item.childText(Z_NS, "type"); !kind.isEmpty())
        reference.publicationTypes << kind;
    record.notFound << missingEssentials(reference);
    return record;
}

} // namespace

QString ZoteroRdfParser::format() const
{
    return QStringLiteral("zotero-rdf");
}

QString ZoteroRdfParser::displayName() const
{
    return QStringLiteral("Zotero RDF");
}

int ZoteroRdfParser::confidence(const QByteArray& head, const QString& fileName) const
{
    const QString text = tagged::headText(head);
    if (!text.contains(QLatin1String("rdf:RDF")) && !text.contains(QLatin1String(":RDF")))
        return 0;
    if (!text.contains(Z_NS))
        return 0;
    const bool rdfName = fileName.endsWith(QLatin1String(".rdf"), Qt::CaseInsensitive);
    return rdfName ? 98 : 92;
}

Result<void> ZoteroRdfParser::parse(QIODevice& device, const QString& fileName, ParseSink& sink)
{
    STEMMA_TRY(tagged::checkReadable(device, fileName));
    QXmlStreamReader xml(&device);
    Document document;
    STEMMA_TRY(readDocument(xml, fileName, document));
    int number = 0;
    for (const auto& node : document.roots) {
        const QString itemType = node->childText(Z_NS, "itemType");
        if (itemType.isEmpty() || itemType == QLatin1String("attachment") || itemType == QLatin1String("note"))
            continue;
        ++number;
        ParsedRecord record = toRecord(document, *node, number);
        if (record.reference.title.isEmpty() && record.reference.authors.isEmpty()) {
            sink.problem({ImportProblem::Severity::Error,
                          fileName,
                          node->line,
                          number,
                          QStringLiteral("item has neither a title nor authors; skipped")});
            continue;
        }
        if (!sink.record(std::move(record)))
            return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled"));
    }
    if (number == 0)
        return makeError(ErrorCode::Parse, QStringLiteral("%1 contains no Zotero items").arg(fileName));
    return {};
}

} // namespace stemma::core::import
