// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/compare/ComparisonExport.h"

namespace stemma::core {
class ReviewProject;
}

namespace stemma::ui {

/**
 * The study characteristics table of a review: one line per study with its design, setting,
 * patients, follow-up and what each arm received. It is a core::compare::Table so the
 * comparison's CSV, Markdown, HTML and LaTeX writers serve it too.
 */
core::Result<core::compare::Table> studyCharacteristicsTable(core::ReviewProject& project);

} // namespace stemma::ui
