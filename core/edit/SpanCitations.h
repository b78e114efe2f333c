// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Codebook.h"
#include "core/domain/Ids.h"

#include <vector>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::core::edit {

/** An outcome result that names a span as the text its value came from. */
struct SpanCitation
{
    OutcomeResultId result;
    SpanId span;
};

/**
 * The results citing any of \a spans. Removing a span clears their source (ON DELETE SET NULL),
 * so commands that remove spans read these first and give them back with restoreCitations().
 */
Result<std::vector<SpanCitation>> resultsCiting(ReviewProject& project, const std::vector<TagSpan>& spans);
/** Points each result back at its span; the spans must exist again. */
Result<void> restoreCitations(ReviewProject& project, const std::vector<SpanCitation>& citations);

} // namespace stemma::core::edit
