// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/QualityToolCatalog.h"

#include "core/quality/QualityToolJson.h"

#include <QFile>

namespace stemma::core::quality {

namespace {

/// The order tools are offered in: the design-specific tool before the general one.
const QStringList TOOL_FILES = {
    QStringLiteral("rob2"),
    QStringLiteral("robins-i"),
    QStringLiteral("nos-cohort"),
    QStringLiteral("jbi-case-series"),
    QStringLiteral("jbi-case-report"),
    QStringLiteral("murad-2018"),
};

Result<QualityTool> load(const QString& toolId)
{
    const QString name = toolId + QStringLiteral(".json");
    QFile file(QStringLiteral(":/stemma/quality/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, QStringLiteral("there is no risk-of-bias tool \"%1\"").arg(toolId)};
    return QualityToolJson::parse(file.readAll(), name);
}

} // namespace

Result<QList<QualityTool>> QualityToolCatalog::builtIn()
{
    // Parsed once: the resources cannot change while the program runs.
    static const Result<QList<QualityTool>> TOOLS = []() -> Result<QList<QualityTool>> {
        QList<QualityTool> tools;
        for (const QString& id : TOOL_FILES) {
            auto parsed = load(id);
            if (!parsed)
                return parsed.error();
            tools << *parsed;
        }
        return tools;
    }();
    return TOOLS;
}

Result<QualityTool> QualityToolCatalog::tool(const QString& toolId)
{
    auto tools = builtIn();
    if (!tools)
        return tools.error();
    for (const QualityTool& t : *tools)
        if (t.id == toolId)
            return t;
    return Error{ErrorCode::NotFound, QStringLiteral("there is no risk-of-bias tool \"%1\"").arg(toolId)};
}

QStringList QualityToolCatalog::toolsFor(StudyDesign design)
{
    QStringList ids;
    auto tools = builtIn();
    if (!tools)
        return ids;
    for (const QualityTool& t : *tools)
        if (t.designs.contains(design))
            ids << t.id;
    return ids;
}

} // namespace stemma::core::quality
