// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Codebook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace stemma::core {
class ReviewProject;
} // namespace stemma::core

namespace stemma::core::codebook {

/** One tag of a codebook file with the tags nested below it. */
struct TagNode
{
    QString name;
    QString colour;
    QString description;
    QList<TagNode> children;
};

/** Same names, colours, descriptions and children, in the same order. */
bool operator==(const TagNode& left, const TagNode& right);

/** What an import did, for the message shown afterwards. */
struct ImportSummary
{
    int added = 0;   ///< tags that were new
    int matched = 0; ///< tags already present (same name under the same parent), left as they were
};

/**
 * Reads and writes codebooks as JSON: {"format": "stemma-codebook", "version": 1, "tags": [{name,
 * colour, description, children: [...]}]}. Spans and links are not part of a codebook; the file
 * carries the tag tree alone so it can be shared between reviews.
 */
class CodebookJson
{
public:
    /** Parses codebook JSON; a broken document or a tag without a name is a Parse error naming the place. */
    static Result<QList<TagNode>> parse(const QByteArray& json);
    static QByteArray write(const QList<TagNode>& tags);

    /** The project's tag tree as nodes, siblings in stored order. */
    static Result<QList<TagNode>> read(ReviewProject& project);
    /** The project's codebook as JSON. */
    static Result<QByteArray> exportJson(ReviewProject& project);
    /**
     * Adds the tags of \a json to the project. A tag whose name already exists under the same parent
     * is reused (its children are merged into it), so importing the same file twice adds nothing.
     * Nothing is written when the JSON does not parse.
     */
    static Result<ImportSummary> importJson(ReviewProject& project, const QByteArray& json);
    /** importJson for already parsed nodes; all or nothing. */
    static Result<ImportSummary> importTags(ReviewProject& project, const QList<TagNode>& tags);
};

} // namespace stemma::core::codebook
