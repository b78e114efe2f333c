// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Reference.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace stemma::core {
class ReviewProject;
} // namespace stemma::core

namespace stemma::core::codebook {

/**
 * The texts of a reference that spans can mark, by the field names tag_span stores: "title",
 * "abstract" and "fulltext". Span offsets count UTF-16 code units into exactly the string
 * returned here, so every view and the extractor must take the text from this one place.
 */
class ReferenceText
{
public:
    static QString titleField() { return QStringLiteral("title"); }
    static QString abstractField() { return QStringLiteral("abstract"); }
    static QString fullTextField() { return QStringLiteral("fulltext"); }
    /** The fields in reading order. */
    static QStringList fields();

    /**
     * The full text of a reference: the extracted text of every attached file (a PDF's pages, an
     * article page) in the order they were attached, separated by a blank line; empty without any.
     */
    static QString joinFullTexts(const std::vector<FullText>& fullTexts);

    /** The text of \a field of \a reference; an unknown field name is an InvalidArgument error. */
    static Result<QString> text(ReviewProject& project, ReferenceId reference, const QString& field);

    /** \a text[start, end) with up to \a context characters either side, the span in [brackets]. */
    static QString excerpt(const QString& text, int start, int end, int context);
};

} // namespace stemma::core::codebook
