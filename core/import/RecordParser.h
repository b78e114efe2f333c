// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Reference.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace stemma::core::import {

/** One record read from a file, before it is normalised and stored. */
struct ParsedRecord
{
    Reference reference;
    QString rawText;               ///< the record exactly as it stood in the file (decoded to text)
    int recordNumber = 0;          ///< 1-based position of the record in the file
    int line = 0;                  ///< 1-based line where the record starts; 0 for formats without lines
    bool isGreyLiterature = false; ///< promotional or otherwise unreviewed source (web pages)
    QStringList notFound;          ///< fields the parser looked for and could not find ("authors", "year")

    /// The article's own reference list, one entry per cited work, when the file shows one (saved pages).
    QStringList citedReferences;
    /// The original bytes when the file is itself the full text (a PDF), to be stored as a FullText.
    QByteArray fullTextContent;
    /// MIME type of fullTextContent ("application/pdf").
    QString fullTextMimeType;
    /// The text extracted from fullTextContent.
    QString fullText;
};

/** Something wrong with the input, with where it is. */
struct ImportProblem
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;   ///< 0 when unknown
    int record = 0; ///< 0 when the problem is not inside one record
    QString message;

    /** "file:line: record N: message", the form shown to reviewers and printed by the CLI. */
    QString toString() const;
};

/**
 * Which of the fields every record should have (title, authors, year) \a reference lacks, for
 * ParsedRecord::notFound: the import says what it could not find rather than guess.
 */
QStringList missingEssentials(const Reference& reference);

/** Receives records as a parser streams through a file. */
class ParseSink
{
public:
    virtual ~ParseSink() = default;
    /** Takes one record; returning false stops the parser (the import was cancelled). */
    virtual bool record(ParsedRecord&& record) = 0;
    virtual void problem(const ImportProblem& problem) = 0;
};

/**
 * Reads one bibliographic format. Parsers stream: they read the device incrementally and hand
 * each record to the sink as soon as it is complete, so memory does not grow with the file.
 * A broken record is reported through ParseSink::problem and skipped; parse() returns an error
 * only when nothing more can be read (unreadable device, not this format at all, cancelled).
 */
class RecordParser
{
public:
    virtual ~RecordParser() = default;
    /** Stable short name: "ris", "medline", "pubmed-xml", "bibtex", "endnote-xml", "csv", "wos", "page", "pdf". */
    virtual QString format() const = 0;
    /** A human-readable name for dialogs: "RIS", "PubMed MEDLINE (nbib)". */
    virtual QString displayName() const = 0;
    /**
     * How sure this parser is, from 0 (not this format) to 100 (certain), that a file starting
     * with \a head (its first few kilobytes) and named \a fileName is in its format.
     * The content decides; the extension only breaks ties.
     */
    virtual int confidence(const QByteArray& head, const QString& fileName) const = 0;
    virtual Result<void> parse(QIODevice& device, const QString& fileName, ParseSink& sink) = 0;
};

} // namespace stemma::core::import
