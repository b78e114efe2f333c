// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/codebook/CodebookJson.h"

namespace stemma::core::codebook {

/** Where the shipped codebook (resources/codebook/default_codebook.json) lives inside the binary. */
QString defaultCodebookPath();

/** The shipped codebook for reviews of stem-cell therapy: population, intervention, outcomes, safety, design, bias. */
Result<QList<TagNode>> defaultCodebook();

/**
 * Adds the default codebook to a project that has no tags yet and returns how many tags it added;
 * a project that already has a codebook is left alone (0), so reviewers' own trees are never mixed.
 */
Result<int> seedDefaultCodebook(ReviewProject& project);

} // namespace stemma::core::codebook
