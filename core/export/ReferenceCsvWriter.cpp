// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/ComparisonExport.h"
#include "core/export/ReferenceWriters.h"
#include "core/export/WriterSupport.h"

namespace stemma::core::exports {
namespace {

QString stageCell(const ScreeningSummary& screening, ScreeningStage stage)
{
    const StageSummary* summary = screening.stage(stage);
    return summary ? outcomeText(summary->outcome) : QString();
}

} // namespace

QString writeReferenceCsv(const std::vector<ExportRecord>& records)
{
    bool withScreening = false;
    for (const ExportRecord& record : records)
        withScreening = withScreening || !record.screening.isEmpty();

    // Scopus' column names, so Stemma's CSV import and spreadsheet users read them without a mapping.
    compare::Table table;
    table.header = {QStringLiteral("Stemma ID"),
                    QStringLiteral("Title"),
                    QStringLiteral("Authors"),
                    QStringLiteral("Year"),
                    QStringLiteral("Journal"),
                    QStringLiteral("Volume"),
                    QStringLiteral("Issue"),
                    QStringLiteral("Pages"),
                    QStringLiteral("DOI"),
                    QStringLiteral("PMID"),
                    QStringLiteral("Abstract"),
                    QStringLiteral("Author Keywords"),
                    QStringLiteral("Document Type"),
                    QStringLiteral("Stemma Type"),
                    QStringLiteral("Language"),
                    QStringLiteral("URL")};
    if (withScreening)
        table.header << QStringLiteral("Title/abstract screening") << QStringLiteral("Full-text screening")
                     << QStringLiteral("Exclusion reasons") << QStringLiteral("Screening notes");
    for (const ExportRecord& record : records) {
        const Reference& reference = record.reference;
        QStringList authors;
        for (const Author& author : reference.authors)
            authors << support::invertedName(author);
        QStringList row{QString::number(reference.id.value),
                        reference.title,
                        authors.join(QStringLiteral("; ")),
                        reference.year ? QString::number(*reference.year) : QString(),
                        reference.journal,
                        reference.volume,
                        reference.issue,
                        reference.pages,
                        reference.doi,
                        reference.pmid,
                        reference.abstract,
                        reference.keywords.join(QStringLiteral("; ")),
                        reference.publicationTypes.join(QStringLiteral("; ")),
                        toString(reference.type),
                        reference.language,
                        reference.url};
        if (withScreening) {
            QStringList reasons;
            QStringList notes;
            for (const StageSummary& stage : record.screening.stages) {
                reasons << stage.reasons;
                notes << stage.notes;
            }
            reasons.removeDuplicates();
            row << stageCell(record.screening, ScreeningStage::TitleAbstract)
                << stageCell(record.screening, ScreeningStage::FullText) << reasons.join(QStringLiteral("; "))
                << notes.join(QStringLiteral("\n"));
        }
        table.rows.push_back(row);
    }
    return compare::formatTable(table, compare::TableFormat::Csv);
}

QByteArray writeReferences(ReferenceFormat format, const std::vector<ExportRecord>& records)
{
    switch (format) {
    case ReferenceFormat::Ris:
        return writeRis(records).toUtf8();
    case ReferenceFormat::Bibtex:
        return writeBibtex(records).toUtf8();
    case ReferenceFormat::CslJson:
        return writeCslJson(records).toUtf8();
    case ReferenceFormat::EndnoteXml:
        return writeEndnoteXml(records).toUtf8();
    case ReferenceFormat::Nbib:
        return writeNbib(records).toUtf8();
    case ReferenceFormat::Csv:
        return writeReferenceCsv(records).toUtf8();
    }
    return {};
}

} // namespace stemma::core::exports
