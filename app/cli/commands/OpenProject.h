// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"
#include "core/ReviewProject.h"

#include <memory>

namespace stemma::cli {

/** Opens the project at \a path, or prints why it cannot be opened and returns null. */
std::unique_ptr<core::ReviewProject> openProject(const QString& path, CliContext& context);

} // namespace stemma::cli
