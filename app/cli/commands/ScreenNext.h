// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"
#include "core/domain/Ids.h"
#include "core/domain/Screening.h"

namespace stemma::core {
class ReviewProject;
}

namespace stemma::cli {

/**
 * `screen PROJECT --next`: the reference \a reviewer should screen next at \a stage under the
 * project's current order (relevance when prioritised screening is on and the stage has an
 * include and an exclude, else plain), with its relevance, progress and the stopping estimate.
 */
int printNextReference(core::ReviewProject& project,
                       core::ScreeningStage stage,
                       core::ReviewerId reviewer,
                       bool json,
                       CliContext& context);

} // namespace stemma::cli
