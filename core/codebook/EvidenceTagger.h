// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Codebook.h"
#include "core/domain/Ids.h"
#include "core/extract/Suggestion.h"

#include <QString>

namespace stemma::core {
class ReviewProject;
} // namespace stemma::core

namespace stemma::core::codebook {

/** Where a suggestion's value belongs in the project: a tag for its text and the field it supports. */
struct EvidenceMatch
{
    QString tagName; ///< a tag of the default codebook ("Patient count", "Dose", "mRSS")
    QString entity;  ///< "study", "arm", "intervention", "outcome_result"
    qint64 entityId = 0;
    QString field; ///< "patientCount", "size", "cellsPerKg", "value"…
};

/**
 * Ties extracted text to values already stored for a study: runs the extractor over a reference's
 * title, abstract or full text and, for every suggestion whose value equals a stored one (a patient count, an
 * arm size, a dose, an outcome number, a death count), tags the suggestion's text and links the
 * value to it. Values the text does not state are left unlinked; nothing is guessed.
 */
class EvidenceTagger
{
public:
    /**
     * Tags the text of \a field ("title", "abstract" or "fulltext") of \a reference for \a study and returns
     * how many spans it stored. Tags are looked up by name; a missing tag is added at the top level.
     */
    static Result<int> tagStudyEvidence(ReviewProject& project,
                                        StudyId study,
                                        ReferenceId reference,
                                        const QString& field = QStringLiteral("abstract"));

    /** The stored values of \a study that \a suggestion states, for the Suggestions panel and the demo. */
    static Result<QList<EvidenceMatch>> matches(ReviewProject& project,
                                                StudyId study,
                                                const extract::Suggestion& suggestion);

    /** The codebook tag a suggestion's text is filed under ("patients" → "Patient count"). */
    static QString tagNameFor(const extract::Suggestion& suggestion);

    /** The tag called \a name (case-insensitive, first in tree order); added at the top level when missing. */
    static Result<TagId> tagNamed(ReviewProject& project, const QString& name);
    /**
     * The tag called \a name if there is one; otherwise the tag tagNamed() would add, with an
     * invalid id, so an undoable AddTag can add it instead.
     */
    static Result<Tag> findOrDescribeTag(ReviewProject& project, const QString& name);
};

} // namespace stemma::core::codebook
