// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace stemma::ui {

/** True when \a palette draws light text on a dark base, as the system dark mode does. */
bool isDarkPalette(const QPalette& palette);

/** The background of an inclusion term in screening text: pale green on light, deep green on dark. */
QColor inclusionHighlight(const QPalette& palette);

/** The background of an exclusion term in screening text: pale red on light, deep red on dark. */
QColor exclusionHighlight(const QPalette& palette);

/**
 * The background of a field that differs between two records compared side by side: pale amber
 * on light, deep amber on dark, never the selection colour, so a marked row does not look selected.
 */
QColor differenceHighlight(const QPalette& palette);

/**
 * \a colour as a background under the palette's text: unchanged on a light palette; on a dark one
 * mixed into the base colour, so the light text stays readable over a tag's pastel colour.
 */
QColor readableBackground(const QColor& colour, const QPalette& palette);

} // namespace stemma::ui
