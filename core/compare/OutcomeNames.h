// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Outcome.h"

#include <QString>

#include <vector>

namespace stemma::core::compare {

/**
 * Finds the outcome a reviewer means by what they typed: its code ("mRSS"), its name
 * ("Modified Rodnan skin score") or a common synonym ("skin score", "Rodnan", "death",
 * "mortality", "lung function"), case and spacing ignored. Shared by the CLI and the window so
 * both understand the same words. An unknown or ambiguous name fails with NotFound and a message
 * listing the outcomes of \a measures as "CODE (name)".
 */
Result<OutcomeMeasure> resolveOutcome(const std::vector<OutcomeMeasure>& measures, const QString& typed);

} // namespace stemma::core::compare
