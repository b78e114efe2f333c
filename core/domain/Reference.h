// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stemma::core {

/** One author: a person (family and given names) or a collective such as a study group. */
struct Author
{
    QString family;
    QString given;
    QString collective; ///< set instead of family/given for "ASTIS Study Group" and the like

    bool isCollective() const { return !collective.isEmpty(); }
    /** "van Laar JM" style for tables; the collective name as is. */
    QString shortName() const;
    friend bool operator==(const Author&, const Author&) = default;
};

/** The kind of publication, in the vocabulary Stemma uses whatever the import format called it. */
enum class PublicationType {
    JournalArticle,
    ConferencePaper,
    ConferenceAbstract,
    Book,
    BookChapter,
    Thesis,
    Report,
    WebPage,
    Preprint,
    Dataset,
    Other,
};

QString toString(PublicationType type);
/** Parses the names toString() writes; unknown text gives Other. */
PublicationType publicationTypeFromString(const QString& text);

/**
 * A bibliographic record as the reviewer sees it. Where it came from lives in ReferenceSource;
 * a record merged into another as a duplicate keeps its row and points at the survivor.
 */
struct Reference
{
    ReferenceId id;
    QString title;
    QList<Author> authors;
    std::optional<int> year;
    QString journal;
    QString volume;
    QString issue;
    QString pages;
    QString doi;      ///< normalised: lower case, no resolver prefix
    QString pmid;     ///< digits only
    QString abstract; ///< sections separated by blank lines, each "LABEL: text" when labelled
    QStringList keywords;
    PublicationType type = PublicationType::JournalArticle;
    /// The kinds of work the source names ("Case Reports", "Randomized Controlled Trial", "Review"),
    /// as PubMed's PublicationType, RIS M3, WoS DT or Scopus "Document Type" wrote them.
    QStringList publicationTypes;
    QString language;
    QString url;
    /// Promotional or otherwise unreviewed source (a clinic's web page), shown with a warning.
    bool greyLiterature = false;
    /// Fields the import looked for and could not find ("year", "abstract"), so gaps are not guessed at.
    QStringList notFound;
    ReferenceId mergedInto; ///< invalid unless this record is a merged duplicate
    QDateTime addedAt;

    friend bool operator==(const Reference&, const Reference&) = default;
};

/** One search export or file the reviewer imported, with its counts for the PRISMA diagram. */
struct ImportBatch
{
    ImportBatchId id;
    QString sourceName; ///< the database searched ("PubMed", "Scopus") or the file name
    QString fileName;
    QString format;
    QDateTime importedAt;
    QString searchDate; ///< as the reviewer recorded it; empty when unknown
    int recordsRead = 0;
    int imported = 0;
    int merged = 0;

    friend bool operator==(const ImportBatch&, const ImportBatch&) = default;
};

/** The raw record a reference was read from, so nothing imported is ever lost. */
struct ReferenceSource
{
    SourceId id;
    ReferenceId reference;
    ImportBatchId batch;
    QString format;
    QString fileName;
    int recordNumber = 0; ///< 1-based position of the record in its file
    int line = 0;         ///< 1-based line where the record starts, 0 when the format has none
    QString rawText;

    friend bool operator==(const ReferenceSource&, const ReferenceSource&) = default;
};

/** An attached full text: the original bytes (PDF, HTML) and the text extracted from them. */
struct FullText
{
    FullTextId id;
    ReferenceId reference;
    QString fileName;
    QString mimeType;
    QByteArray content;
    QString text;

    friend bool operator==(const FullText&, const FullText&) = default;
};

} // namespace stemma::core
