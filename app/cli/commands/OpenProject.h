// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"
#include "core/ReviewProject.h"

#include <memory>

namespace stemma::cli {

/** Opens the project at \a path, or prints why it cannot be opened and returns null. */
std::unique_ptr<core::ReviewProject> openProject(const QString& path, CliContext& context);

/**
 * Opens the project at \a path for a command that only reads it (info, list, search,
 * compare): nothing in the file changes, and a project in a read-only folder can be viewed.
 */
std::unique_ptr<core::ReviewProject> openProjectForReading(const QString& path, CliContext& context);

} // namespace stemma::cli
