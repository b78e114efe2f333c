// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Reference.h"

#include <QList>
#include <QString>

namespace stemma::core::import {

/**
 * Splits a BibTeX author or editor field (still in LaTeX) into names: on " and " outside braces,
 * dropping "and others". Each name may be "First von Last", "von Last, First" or
 * "von Last, Jr, First"; a name wholly in braces ({World Health Organization}) or one that
 * reads as an organisation is a collective author. Names come back decoded to Unicode.
 */
QList<Author> parseBibtexNames(const QString& raw);

} // namespace stemma::core::import
