// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace stemma::core::exports {

/** The reference formats Stemma writes, for Zotero, EndNote, JabRef, citeproc and spreadsheets. */
enum class ReferenceFormat { Ris, Bibtex, CslJson, EndnoteXml, Nbib, Csv };

/** "ris", "bibtex", "csljson", "endnote", "nbib", "csv": the names the CLI takes. */
QString formatName(ReferenceFormat format);
/** Parses formatName() (and "bib", "csl-json", "json", "endnote-xml", "xml", "medline"); nullopt otherwise. */
std::optional<ReferenceFormat> referenceFormatFromName(const QString& name);
/** "RIS (Zotero, EndNote, Mendeley, Rayyan)" and the like, for the export dialog. */
QString displayName(ReferenceFormat format);
/** The usual file suffix without the dot: "ris", "bib", "json", "xml", "nbib", "csv". */
QString fileSuffix(ReferenceFormat format);
/** Every format in dialog order. */
QList<ReferenceFormat> allReferenceFormats();

} // namespace stemma::core::exports
