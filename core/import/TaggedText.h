// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/RecordParser.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

class QIODevice;

namespace stemma::core::import {
class LineReader;
} // namespace stemma::core::import

/**
 * Small pieces shared by the tagged-line parsers (RIS, MEDLINE, Web of Science). They only split
 * and pick text out of fields; bringing values to canonical form is Normalize's job.
 */
namespace stemma::core::import::tagged {

/** One tag and its value (continuation lines already joined). */
struct TaggedField
{
    QString tag;
    QString value;
};

/** The first non-empty value of the first of \a tags that has one. */
QString firstValue(const QList<TaggedField>& fields, std::initializer_list<QString> tags);
/** Every non-empty value of \a tag, in file order. */
QStringList allValues(const QList<TaggedField>& fields, const QString& tag);

/** The start of a file as text for confidence(): UTF-8, or UTF-16 when it starts with a UTF-16 BOM. */
QString headText(const QByteArray& head);

/** The year a date field starts with: "2008/05//", "2011 Aug-Sep", "2017" → the year; "JAN" → none. */
std::optional<int> leadingYear(const QString& text);

/**
 * The DOI-bearing part of free text or a link: "https://doi.org/10.1/x", "doi: 10.1/x" → the DOI text
 * (still raw); a link to a publisher page or text without a "doi:" marker gives an empty string,
 * because a DOI-looking path in an arbitrary URL is often followed by query junk.
 */
QString doiInText(const QString& text);

/** "RESULTS: ...", "Background: ..." — a continuation line that opens a new abstract section. */
bool startsAbstractSection(const QString& line);

/** Appends a continuation line to a field: with a space, or as a new paragraph. */
void appendContinuation(QString& field, const QString& text, bool newParagraph);

/** A problem at \a line of \a file, inside record \a record (0 when outside any record). */
ImportProblem makeProblem(
    ImportProblem::Severity severity, const QString& file, int line, int record, const QString& message);

/** How many lines with invalid UTF-8 or cut short are reported one by one before the parser goes quiet. */
inline constexpr int MAX_LINE_WARNINGS = 20;

/**
 * Reports what \a reader noticed about the line it just read (invalid UTF-8, cut short) as warnings.
 * \a reported counts them across the file; after MAX_LINE_WARNINGS one last warning says that
 * further ones are not listed, so a whole Latin-1 file does not bury the reviewer in messages.
 */
void reportLineIssues(const LineReader& reader, const QString& file, int record, ParseSink& sink, int& reported);

/** An error unless \a device can be read. */
Result<void> checkReadable(const QIODevice& device, const QString& file);

} // namespace stemma::core::import::tagged
