// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stemma::core::import {

/**
 * Turns the LaTeX found in BibTeX field values into plain Unicode text: accents ({\"u}, \'{e},
 * \c{c}, \v{s}) become composed letters, special letters (\ss, \o, \aa, {\i}) and escapes
 * (\& \% \_) their characters, -- and --- dashes, Greek and common math symbols their Unicode
 * forms. $...$ math keeps its text without the dollars, formatting commands (\textit, \emph)
 * keep their argument, and the remaining protective braces are removed. White space is kept
 * as it stands (except the blank a control word swallows), so callers decide how to collapse it.
 */
QString decodeLatex(const QString& text);

} // namespace stemma::core::import
