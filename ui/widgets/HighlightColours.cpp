// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/HighlightColours.h"

namespace stemma::ui {
namespace {

/// How much of a highlight colour shows through on a dark base: enough to tell colours apart,
/// little enough that light text keeps its contrast.
constexpr double DARK_MIX = 0.4;

QColor mix(const QColor& base, const QColor& colour, double share)
{
    const auto channel = [share](int from, int to) { return int(from + (to - from) * share + 0.5); };
    return QColor(
        channel(base.red(), colour.red()), channel(base.green(), colour.green()), channel(base.blue(), colour.blue()));
}

} // namespace

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor inclusionHighlight(const QPalette& palette)
{
    return isDarkPalette(palette) ? mix(palette.color(QPalette::Base), QColor(0x2e, 0xa0, 0x43), DARK_MIX + 0.1)
                                  : QColor(0xc8, 0xf0, 0xc8);
}

QColor exclusionHighlight(const QPalette& palette)
{
    return isDarkPalette(palette) ? mix(palette.color(QPalette::Base), QColor(0xd0, 0x38, 0x38), DARK_MIX + 0.1)
                                  : QColor(0xf8, 0xc8, 0xc8);
}

QColor differenceHighlight(const QPalette& palette)
{
    return isDarkPalette(palette) ? mix(palette.color(QPalette::Base), QColor(0xd0, 0x90, 0x20), DARK_MIX)
                                  : QColor(0xff, 0xec, 0xb0);
}

QColor readableBackground(const QColor& colour, const QPalette& palette)
{
    return isDarkPalette(palette) ? mix(palette.color(QPalette::Base), colour, DARK_MIX) : colour;
}

} // namespace stemma::ui
