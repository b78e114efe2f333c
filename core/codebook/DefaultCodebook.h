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

/** The project setting migration 5 leaves in projects that had no tags when they were upgraded. */
QString seedPendingKey();

/**
 * Seeds the default codebook into a project marked by migration 5 (an older project that had no
 * tags) and clears the mark, in one transaction; returns how many tags it added. Unmarked projects
 * are left alone, so a reviewer who later deletes every tag does not get the default tree back.
 */
Result<int> seedIfPending(ReviewProject& project);

} // namespace stemma::core::codebook
