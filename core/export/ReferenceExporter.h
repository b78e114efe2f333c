// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/export/ExportScope.h"
#include "core/export/ReferenceFormat.h"

#include <QByteArray>
#include <QString>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::exports {

struct ReferenceExportOptions
{
    ReferenceFormat format = ReferenceFormat::Ris;
    ExportScope scope;
    /// Adds each reference's screening (decisions, exclusion reasons, notes) where the format keeps notes.
    bool includeScreening = false;
};

/** What an export wrote. */
struct ReferenceExportResult
{
    QByteArray content; ///< the file's bytes, UTF-8
    int count = 0;      ///< references written
};

/**
 * Writes the references \a options selects (every field Stemma holds, all authors) in the chosen
 * format. Merged duplicates are left out: their survivor stands for them.
 */
Result<ReferenceExportResult> exportReferences(ReviewProject& project, const ReferenceExportOptions& options);

/** exportReferences() into \a path, replaced atomically; fails with Io naming the file. */
Result<int> exportReferencesToFile(ReviewProject& project, const ReferenceExportOptions& options, const QString& path);

} // namespace stemma::core::exports
