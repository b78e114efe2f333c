// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"
#include "core/domain/Study.h"

namespace stemma::core::extract {

/**
 * The study design a reference's own metadata points to, for a study created from it: PubMed's
 * publication types ("Randomized Controlled Trial", "Case Reports", "Meta-Analysis"), WoS and
 * Scopus document types ("Meeting Abstract", "Review"), and grey literature. The strongest design
 * named wins, so a case report with a review of the literature stays a case report.
 * Unknown when nothing says; the reviewer decides either way.
 */
StudyDesign designHint(const Reference& reference);

} // namespace stemma::core::extract
