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

/** The project setting that records which demo facts a demo project was built from. */
inline constexpr const char* DEMO_FACTS_SETTING = "demo.facts";

/** Where the shipped demo facts live inside the binary. */
QString demoDataPath();

/**
 * Fills \a project with the demo review of MSC versus HSCT in systemic sclerosis, built from the
 * facts shipped in resources/demo/studies.json: one reference per study, the study with its arms,
 * interventions, patients and outcome numbers (with any outcome measures the catalogue lacks), each
 * value linked to the tagged words of the abstract that state it (DemoEvidence), and
 * the illustrative part: an import batch per database searched, a merged duplicate for each further
 * database a study was found in, and two reviewers' screening (DemoSearches, DemoScreening).
 * Everything is written in one transaction, so a failure leaves the project as it was.
 */
Result<void> buildDemoProject(ReviewProject& project);

/** The same from the JSON text \a facts, in the format of resources/demo/studies.json. */
Result<void> buildDemoProject(ReviewProject& project, const QByteArray& facts);

/** A short fingerprint of demo facts, stored in the project under DEMO_FACTS_SETTING. */
QString demoFactsVersion(const QByteArray& facts);

/**
 * The demo project kept at \a path: built when missing, and built again when it was made from
 * other demo facts than this build ships (a reviewer would otherwise explore last version's
 * data). The older file is not deleted, since a reviewer may have worked in it: it is kept beside
 * the new one as "<name> (previous).stemma".
 */
Result<QString> ensureDemoProjectFile(const QString& path);

} // namespace stemma::core::demo
