// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands/OpenProject.h"

namespace stemma::cli {

std::unique_ptr<core::ReviewProject> openProject(const QString& path, CliContext& context)
{
    auto project = core::ReviewProject::open(path);
    if (!project) {
        context.fail(project.error().message);
        return nullptr;
    }
    if ((*project)->isReadOnly()) {
        context.fail(QStringLiteral("%1 is read-only (the file or its folder cannot be written) and this command "
                                    "changes the project")
                         .arg(path));
        return nullptr;
    }
    if (!(*project)->backupPath().isEmpty())
        context.err << "stemma-cli: upgraded " << path << " to schema " << (*project)->schemaVersion()
                    << "; the previous file was kept as " << (*project)->backupPath() << '\n';
    return std::move(*project);
}

std::unique_ptr<core::ReviewProject> openProjectForReading(const QString& path, CliContext& context)
{
    auto project = core::ReviewProject::openReadOnly(path);
    if (!project) {
        context.fail(project.error().message);
        return nullptr;
    }
    return std::move(*project);
}

} // namespace stemma::cli
