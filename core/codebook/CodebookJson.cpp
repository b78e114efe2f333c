// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codebook/CodebookJson.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/TransactionGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace stemma::core::codebook {
namespace {

const QString FORMAT = QStringLiteral("stemma-codebook");
constexpr int VERSION = 1;

Result<QList<TagNode>> parseNodes(const QJsonValue& value, const QString& where)
{
    if (!value.isArray())
        return Error{ErrorCode::Parse, QStringLiteral("%1: \"tags\" must be a list").arg(where)};
    static const QRegularExpression colourPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QList<TagNode> nodes;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("%1, tag %2").arg(where).arg(i + 1);
        if (!array[i].isObject())
            return Error{ErrorCode::Parse, QStringLiteral("%1: a tag must be an object").arg(place)};
        const QJsonObject object = array[i].toObject();
        TagNode node;
        node.name = object.value(QLatin1String("name")).toString().trimmed();
        if (node.name.isEmpty())
            return Error{ErrorCode::Parse, QStringLiteral("%1: the tag has no name").arg(place)};
        node.colour = object.value(QLatin1String("colour")).toString().trimmed();
        if (!node.colour.isEmpty() && !colourPattern.match(node.colour).hasMatch())
            return Error{
                ErrorCode::Parse,
                QStringLiteral("%1 (\"%2\"): colour \"%3\" is not #rrggbb").arg(place, node.name, node.colour)};
        node.description = object.value(QLatin1String("description")).toString();
        if (object.contains(QLatin1String("children"))) {
            auto children = parseNodes(object.value(QLatin1String("children")),
                                       QStringLiteral("%1 (\"%2\")").arg(place, node.name));
            if (!children)
                return children.error();
            node.children = *children;
        }
        nodes.append(node);
    }
    return nodes;
}

QJsonArray toJson(const QList<TagNode>& nodes)
{
    QJsonArray array;
    for (const TagNode& node : nodes) {
        QJsonObject object{{QStringLiteral("name"), node.name}};
        if (!node.colour.isEmpty())
            object.insert(QStringLiteral("colour"), node.colour);
        if (!node.description.isEmpty())
            object.insert(QStringLiteral("description"), node.description);
        if (!node.children.isEmpty())
            object.insert(QStringLiteral("children"), toJson(node.children));
        array.append(object);
    }
    return array;
}

QList<TagNode> subtree(const std::vector<Tag>& tags, TagId parent)
{
    QList<TagNode> nodes;
    for (const Tag& tag : tags)
        if (tag.parent == parent)
            nodes.append(TagNode{tag.name, tag.colour, tag.description, subtree(tags, tag.id)});
    return nodes;
}

Result<void> importLevel(db::CodebookRepository& repository,
                         const QList<TagNode>& nodes,
                         TagId parent,
                         ImportSummary& summary)
{
    auto existing = repository.children(parent);
    if (!existing)
        return existing.error();
    int position = existing->empty() ? 0 : existing->back().position + 1;
    for (const TagNode& node : nodes) {
        TagId id;
        for (const Tag& tag : *existing)
            if (tag.name.compare(node.name, Qt::CaseInsensitive) == 0)
                id = tag.id;
        if (id.isValid()) {
            ++summary.matched;
        } else {
            auto added =
                repository.insertTag(Tag{TagId(), parent, node.name, node.colour, node.description, position++});
            if (!added)
                return added.error();
            id = *added;
            ++summary.added;
        }
        STEMMA_TRY(importLevel(repository, node.children, id, summary));
    }
    return {};
}

} // namespace

bool operator==(const TagNode& left, const TagNode& right)
{
    if (left.name != right.name || left.colour != right.colour || left.description != right.description ||
        left.children.size() != right.children.size())
        return false;
    for (qsizetype i = 0; i < left.children.size(); ++i)
        if (!(left.children[i] == right.children[i]))
            return false;
    return true;
}

Result<QList<TagNode>> CodebookJson::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull())
        return Error{
            ErrorCode::Parse,
            QStringLiteral("not a codebook: JSON error at byte %1: %2").arg(error.offset).arg(error.errorString())};
    if (!document.isObject())
        return Error{ErrorCode::Parse, QStringLiteral("not a codebook: expected an object with a \"tags\" list")};
    const QJsonObject root = document.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (!format.isEmpty() && format != FORMAT)
        return Error{ErrorCode::Parse, QStringLiteral("not a codebook: format is \"%1\"").arg(format)};
    if (root.value(QLatin1String("version")).toInt(VERSION) > VERSION)
        return Error{ErrorCode::Parse,
                     QStringLiteral("the codebook was written by a newer Stemma (version %1)")
                         .arg(root.value(QLatin1String("version")).toInt())};
    if (!root.contains(QLatin1String("tags")))
        return Error{ErrorCode::Parse, QStringLiteral("not a codebook: there is no \"tags\" list")};
    return parseNodes(root.value(QLatin1String("tags")), QStringLiteral("codebook"));
}

QByteArray CodebookJson::write(const QList<TagNode>& tags)
{
    const QJsonObject root{{QStringLiteral("format"), FORMAT},
                           {QStringLiteral("version"), VERSION},
                           {QStringLiteral("tags"), toJson(tags)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<TagNode>> CodebookJson::read(ReviewProject& project)
{
    auto tags = project.codebook().tags();
    if (!tags)
        return tags.error();
    return subtree(*tags, TagId());
}

Result<QByteArray> CodebookJson::exportJson(ReviewProject& project)
{
    auto nodes = read(project);
    if (!nodes)
        return nodes.error();
    return write(*nodes);
}

Result<ImportSummary> CodebookJson::importJson(ReviewProject& project, const QByteArray& json)
{
    auto nodes = parse(json);
    if (!nodes)
        return nodes.error();
    return importTags(project, *nodes);
}

Result<ImportSummary> CodebookJson::importTags(ReviewProject& project, const QList<TagNode>& tags)
{
    db::TransactionGuard transaction(project.database());
    ImportSummary summary;
    STEMMA_TRY(importLevel(project.codebook(), tags, TagId(), summary));
    STEMMA_TRY(transaction.commit());
    return summary;
}

} // namespace stemma::core::codebook
