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

/** Where the shipped demo facts live inside the binary. */
QString demoDataPath();

/**
 * Fills \a project with the demo review of MSC versus HSCT in systemic sclerosis, built from the
 * facts shipped in resources/demo/studies.json: one reference per study (in an import batch
 * named "Demo data"), the study with its arms, interventions, patients and outcome numbers.
 * Everything is written in one transaction, so a failure leaves the project as it was.
 */
Result<void> buildDemoProject(ReviewProject& project);

/** The same from the JSON text \a facts, in the format of resources/demo/studies.json. */
Result<void> buildDemoProject(ReviewProject& project, const QByteArray& facts);

} // namespace stemma::core::demo
