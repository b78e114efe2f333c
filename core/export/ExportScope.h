// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/db/LibraryQuery.h"
#include "core/domain/Ids.h"

#include <QString>

#include <optional>
#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::exports {

/**
 * Which references an export writes: every live reference, those included at title/abstract or
 * at full text, those excluded at either stage, a search result, explicit ids (the Library
 * selection) or the Library's current filter. Merged duplicates never count on their own.
 */
struct ExportScope
{
    enum class Kind { All, Included, IncludedFullText, Excluded, Search, Ids, Filter };
    Kind kind = Kind::All;
    QString query;                           ///< for Search, in the Library's search syntax
    std::vector<ReferenceId> ids;            ///< for Ids, in the order to write them
    std::optional<db::LibraryFilter> filter; ///< for Filter

    /**
     * Parses the CLI form: "all", "included", "included-full-text", "excluded", "search:QUERY"
     * or "ids:1,2,3". Fails with InvalidArgument naming what was wrong.
     */
    static Result<ExportScope> parse(const QString& text);
    /** The CLI form back, for messages ("ids:1,2"; a filter is "filter"). */
    QString toString() const;
};

/** The ids of the references \a scope covers, in id order (Ids: in the given order, each once). */
Result<std::vector<ReferenceId>> referencesInScope(ReviewProject& project, const ExportScope& scope);

} // namespace stemma::core::exports
