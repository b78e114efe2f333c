// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ExportScope.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/SearchIndex.h"

#include <QSet>

#include <algorithm>

namespace stemma::core::exports {
namespace {

std::vector<ReferenceId> sortedUnique(std::vector<ReferenceId> ids)
{
    std::sort(ids.begin(), ids.end(), [](ReferenceId a, ReferenceId b) { return a.value < b.value; });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

/** Live references matching \a filter, in id order (the order they were imported). */
Result<std::vector<ReferenceId>> idsMatching(ReviewProject& project, const db::LibraryFilter& filter)
{
    auto ids = db::LibraryQuery(project.database()).orderedIds(filter, {db::LibrarySortKey::Year, false});
    if (!ids)
        return ids.error();
    return sortedUnique(std::move(*ids));
}

Result<std::vector<ReferenceId>> withStatus(ReviewProject& project, ScreeningStage stage, db::ScreeningStatus status)
{
    db::LibraryFilter filter;
    filter.screening = db::ScreeningStatusFilter{stage, status};
    return idsMatching(project, filter);
}

} // namespace

Result<ExportScope> ExportScope::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QString lower = trimmed.toLower();
    ExportScope scope;
    if (lower.isEmpty() || lower == QLatin1String("all"))
        return scope;
    if (lower == QLatin1String("included") || lower == QLatin1String("included-title-abstract")) {
        scope.kind = Kind::Included;
        return scope;
    }
    if (lower == QLatin1String("included-full-text") || lower == QLatin1String("included-fulltext")) {
        scope.kind = Kind::IncludedFullText;
        return scope;
    }
    if (lower == QLatin1String("excluded")) {
        scope.kind = Kind::Excluded;
        return scope;
    }
    if (lower.startsWith(QLatin1String("search:"))) {
        scope.kind = Kind::Search;
        scope.query = trimmed.mid(7).trimmed();
        if (scope.query.isEmpty())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("scope \"search:\" needs a query after the colon"));
        return scope;
    }
    if (lower.startsWith(QLatin1String("ids:"))) {
        scope.kind = Kind::Ids;
        for (const QString& part : trimmed.mid(4).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("scope ids: \"%1\" is not a reference id").arg(part.trimmed()));
            scope.ids.push_back(ReferenceId(id));
        }
        if (scope.ids.empty())
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("scope \"ids:\" needs ids, as in ids:1,2,3"));
        return scope;
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown scope \"%1\"; use all, included, included-full-text, excluded, "
                                    "search:QUERY or ids:1,2,3")
                         .arg(text));
}

QString ExportScope::toString() const
{
    switch (kind) {
    case Kind::All:
        return QStringLiteral("all");
    case Kind::Included:
        return QStringLiteral("included");
    case Kind::IncludedFullText:
        return QStringLiteral("included-full-text");
    case Kind::Excluded:
        return QStringLiteral("excluded");
    case Kind::Search:
        return QStringLiteral("search:") + query;
    case Kind::Ids: {
        QStringList parts;
        for (ReferenceId id : ids)
            parts << QString::number(id.value);
        return QStringLiteral("ids:") + parts.join(QLatin1Char(','));
    }
    case Kind::Filter:
        return QStringLiteral("filter");
    }
    return {};
}

Result<std::vector<ReferenceId>> referencesInScope(ReviewProject& project, const ExportScope& scope)
{
    using Kind = ExportScope::Kind;
    switch (scope.kind) {
    case Kind::All:
        return idsMatching(project, {});
    case Kind::Included:
        return withStatus(project, ScreeningStage::TitleAbstract, db::ScreeningStatus::Included);
    case Kind::IncludedFullText:
        return withStatus(project, ScreeningStage::FullText, db::ScreeningStatus::Included);
    case Kind::Excluded: {
        auto atTitle = withStatus(project, ScreeningStage::TitleAbstract, db::ScreeningStatus::Excluded);
        if (!atTitle)
            return atTitle.error();
        auto atFullText = withStatus(project, ScreeningStage::FullText, db::ScreeningStatus::Excluded);
        if (!atFullText)
            return atFullText.error();
        std::vector<ReferenceId> ids = std::move(*atTitle);
        ids.insert(ids.end(), atFullText->begin(), atFullText->end());
        return sortedUnique(std::move(ids));
    }
    case Kind::Search: {
        db::SearchIndex index(project.database());
        auto total = index.count(scope.query);
        if (!total)
            return total.error();
        db::SearchOptions options;
        options.limit = std::max(*total, 1);
        auto hits = index.search(scope.query, options);
        if (!hits)
            return hits.error();
        std::vector<ReferenceId> ids;
        for (const db::SearchHit& hit : *hits)
            ids.push_back(hit.reference);
        return sortedUnique(std::move(ids));
    }
    case Kind::Ids: {
        std::vector<ReferenceId> ids;
        QSet<qint64> seen;
        for (ReferenceId id : scope.ids) {
            if (seen.contains(id.value))
                continue;
            seen.insert(id.value);
            auto reference = project.references().get(id);
            if (!reference)
                return makeError(ErrorCode::NotFound, QStringLiteral("no reference with id %1").arg(id.value));
            ids.push_back(id);
        }
        return ids;
    }
    case Kind::Filter:
        return idsMatching(project, scope.filter.value_or(db::LibraryFilter{}));
    }
    return std::vector<ReferenceId>{};
}

} // namespace stemma::core::exports
