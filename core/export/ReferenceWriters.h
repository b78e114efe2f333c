// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"
#include "core/export/ReferenceFormat.h"
#include "core/export/ScreeningSummary.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace stemma::core::exports {

/** One reference as an export writes it, with its screening when the reviewer asked for it. */
struct ExportRecord
{
    Reference reference;
    ScreeningSummary screening; ///< empty unless screening is exported
};

/*
 * One writer per format. Each writes every field Stemma holds that the format has a place for,
 * in the tags its readers (Stemma's own parsers, Zotero, EndNote, JabRef, bibutils) look in, so
 * an export read back gives the same references. Screening goes where the receiving tool keeps
 * notes: RIS N1, BibTeX annote, CSL-JSON note, EndNote research-notes, MEDLINE GN, CSV columns.
 */

/** RIS as Zotero and EndNote write it: "TY  - JOUR" ... "ER  - ", CRLF line ends. */
QString writeRis(const std::vector<ExportRecord>& records);
/** BibTeX in UTF-8 (biblatex, JabRef and Zotero read it), keys "family2019" made unique. */
QString writeBibtex(const std::vector<ExportRecord>& records);
/** A CSL-JSON array, the form Zotero, citeproc and Pandoc read. */
QString writeCslJson(const std::vector<ExportRecord>& records);
/** EndNote's XML export (<xml><records><record>...). */
QString writeEndnoteXml(const std::vector<ExportRecord>& records);
/** PubMed's MEDLINE display format (.nbib), wrapped at 80 columns as PubMed writes it. */
QString writeNbib(const std::vector<ExportRecord>& records);
/** One row per reference with a header row, RFC 4180 quoting; Stemma's CSV import reads it back. */
QString writeReferenceCsv(const std::vector<ExportRecord>& records);

/** The writer for \a format, encoded as UTF-8. */
QByteArray writeReferences(ReferenceFormat format, const std::vector<ExportRecord>& records);

} // namespace stemma::core::exports
