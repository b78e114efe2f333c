// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/quality/QualityTool.h"

namespace stemma::core::quality {

/**
 * The tools shipped with Stemma (the JSON files in resources/quality/, embedded in the binary), read once.
 * A broken resource is a build defect; it is reported as an Error naming the file.
 */
class QualityToolCatalog
{
public:
    /** Every built-in tool, in a stable order (RoB 2 first). */
    [[nodiscard]] static Result<QList<QualityTool>> builtIn();

    /** The built-in tool with \a toolId. */
    [[nodiscard]] static Result<QualityTool> tool(const QString& toolId);

    /** The ids of the tools suited to \a design, the first being the usual choice. */
    static QStringList toolsFor(StudyDesign design);
};

} // namespace stemma::core::quality
