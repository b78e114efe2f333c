// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ReferenceFormat.h"

namespace stemma::core::exports {

QString formatName(ReferenceFormat format)
{
    switch (format) {
    case ReferenceFormat::Ris:
        return QStringLiteral("ris");
    case ReferenceFormat::Bibtex:
        return QStringLiteral("bibtex");
    case ReferenceFormat::CslJson:
        return QStringLiteral("csljson");
    case ReferenceFormat::EndnoteXml:
        return QStringLiteral("endnote");
    case ReferenceFormat::Nbib:
        return QStringLiteral("nbib");
    case ReferenceFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ReferenceFormat> referenceFormatFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    for (ReferenceFormat format : allReferenceFormats())
        if (key == formatName(format))
            return format;
    if (key == QLatin1String("bib"))
        return ReferenceFormat::Bibtex;
    if (key == QLatin1String("csl-json") || key == QLatin1String("json") || key == QLatin1String("csl"))
        return ReferenceFormat::CslJson;
    if (key == QLatin1String("endnote-xml") || key == QLatin1String("xml"))
        return ReferenceFormat::EndnoteXml;
    if (key == QLatin1String("medline"))
        return ReferenceFormat::Nbib;
    return std::nullopt;
}

QString displayName(ReferenceFormat format)
{
    switch (format) {
    case ReferenceFormat::Ris:
        return QStringLiteral("RIS (Zotero, EndNote, Mendeley, Rayyan)");
    case ReferenceFormat::Bibtex:
        return QStringLiteral("BibTeX (JabRef, LaTeX)");
    case ReferenceFormat::CslJson:
        return QStringLiteral("CSL-JSON (Zotero, citeproc, Pandoc)");
    case ReferenceFormat::EndnoteXml:
        return QStringLiteral("EndNote XML");
    case ReferenceFormat::Nbib:
        return QStringLiteral("PubMed MEDLINE (nbib)");
    case ReferenceFormat::Csv:
        return QStringLiteral("CSV (spreadsheets)");
    }
    return {};
}

QString fileSuffix(ReferenceFormat format)
{
    switch (format) {
    case ReferenceFormat::Bibtex:
        return QStringLiteral("bib");
    case ReferenceFormat::CslJson:
        return QStringLiteral("json");
    case ReferenceFormat::EndnoteXml:
        return QStringLiteral("xml");
    default:
        return formatName(format);
    }
}

QList<ReferenceFormat> allReferenceFormats()
{
    return {ReferenceFormat::Ris,
            ReferenceFormat::Bibtex,
            ReferenceFormat::CslJson,
            ReferenceFormat::EndnoteXml,
            ReferenceFormat::Nbib,
            ReferenceFormat::Csv};
}

} // namespace stemma::core::exports
