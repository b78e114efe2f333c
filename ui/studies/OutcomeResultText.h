// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Outcome.h"

#include <QString>

namespace stemma::ui {

/**
 * A result as a reviewer reads it in the study tree, with what its number is: "70%",
 * "25.2 (SD 6.1)", "median 14 [10–18]", "HR 0.52 [0.28–0.96]", "8/79 events", with "change" in
 * front of a change from baseline. A bare number would leave a percentage, a mean and a hazard
 * ratio looking alike.
 */
QString outcomeResultText(const core::OutcomeResult& result);

} // namespace stemma::ui
