// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ReferenceExporter.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/export/ExportFile.h"
#include "core/export/ReferenceWriters.h"

namespace stemma::core::exports {

Result<ReferenceExportResult> exportReferences(ReviewProject& project, const ReferenceExportOptions& options)
{
    auto ids = referencesInScope(project, options.scope);
    if (!ids)
        return ids.error();
    std::optional<ScreeningSummaries> screening;
    if (options.includeScreening) {
        auto loaded = ScreeningSummaries::load(project);
        if (!loaded)
            return loaded.error();
        screening = std::move(*loaded);
    }
    std::vector<ExportRecord> records;
    records.reserve(ids->size());
    for (ReferenceId id : *ids) {
        auto reference = project.references().get(id);
        if (!reference)
            return reference.error();
        ExportRecord record{std::move(*reference), {}};
        if (screening)
            record.screening = screening->of(id);
        records.push_back(std::move(record));
    }
    ReferenceExportResult result;
    result.content = writeReferences(options.format, records);
    result.count = int(records.size());
    return result;
}

Result<int> exportReferencesToFile(ReviewProject& project, const ReferenceExportOptions& options, const QString& path)
{
    auto exported = exportReferences(project, options);
    if (!exported)
        return exported.error();
    STEMMA_TRY(writeFileAtomically(path, exported->content));
    return exported->count;
}

} // namespace stemma::core::exports
