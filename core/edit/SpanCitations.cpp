// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/SpanCitations.h"

#include "core/ReviewProject.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/StudyRepository.h"

#include <QSet>

namespace stemma::core::edit {

Result<std::vector<SpanCitation>> resultsCiting(ReviewProject& project, const std::vector<TagSpan>& spans)
{
    QSet<qint64> spanIds;
    for (const TagSpan& span : spans)
        spanIds.insert(span.id.value);
    // Only studies of a span's reference can hold results quoting it.
    std::vector<SpanCitation> citations;
    QSet<qint64> referencesSeen;
    for (const TagSpan& span : spans) {
        if (referencesSeen.contains(span.reference.value))
            continue;
        referencesSeen.insert(span.reference.value);
        auto studies = project.studies().studiesForReference(span.reference);
        if (!studies)
            return studies.error();
        for (const StudyId study : *studies) {
            auto rows = project.outcomes().resultsForStudy(study);
            if (!rows)
                return rows.error();
            for (const OutcomeResult& row : *rows)
                if (row.sourceSpan.isValid() && spanIds.contains(row.sourceSpan.value))
                    citations.push_back({row.id, row.sourceSpan});
        }
    }
    return citations;
}

Result<void> restoreCitations(ReviewProject& project, const std::vector<SpanCitation>& citations)
{
    for (const SpanCitation& citation : citations) {
        auto result = project.outcomes().result(citation.result);
        if (!result)
            return result.error();
        result->sourceSpan = citation.span;
        STEMMA_TRY(project.outcomes().updateResult(*result));
    }
    return {};
}

} // namespace stemma::core::edit
