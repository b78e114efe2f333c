// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace stemma::core {
class ReviewProject;
} // namespace stemma::core

namespace stemma::core::demo {

/** Where the demo's illustrative risk-of-bias assessments are kept (resources/demo/illustrative_rob.json). */
QString demoRiskOfBiasPath();

/**
 * Stores the demo's risk-of-bias assessments, every one marked illustrative: they show the
 * tools, plots and certainty tables at work and are not appraisals of the published studies.
 * A study, outcome, tool or answer the file names that does not exist fails with its position.
 */
[[nodiscard]] Result<int> addDemoRiskOfBias(ReviewProject& project, const QByteArray& json);
[[nodiscard]] Result<int> addDemoRiskOfBias(ReviewProject& project);

} // namespace stemma::core::demo
