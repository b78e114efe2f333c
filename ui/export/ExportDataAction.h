// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace stemma::core {
class ReviewProject;
}

namespace stemma::ui {

/**
 * File ▸ Export Extracted Data…: asks for a file (an XLSX workbook, one sheet per entity, or a
 * tidy CSV for R) and writes the project's studies, arms, interventions, patients and results.
 * Tells the reviewer how it went.
 */
void exportExtractedData(core::ReviewProject& project, QWidget* parent);

} // namespace stemma::ui
