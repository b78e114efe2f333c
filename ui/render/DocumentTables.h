// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compare/ComparisonExport.h"

#include <QString>

namespace stemma::render {

/** A table as HTML that QTextDocument lays out well (ODT and PDF exports): explicit borders, small type. */
QString documentTableHtml(const core::compare::Table& table);

} // namespace stemma::render
