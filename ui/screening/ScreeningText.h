// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Screening.h"

#include <QPalette>
#include <QString>
#include <QStringList>

namespace stemma::ui {

/** "include", "exclude" or "maybe", as the screening part shows a verdict. */
QString verdictLabel(core::Verdict verdict);
/** One vote as a line: "Ben: exclude (Wrong population) — note". */
QString voteLine(const QString& reviewer, core::Verdict verdict, const QString& reason, const QString& note);
/**
 * \a text as HTML with whole-word matches of \a inclusion terms on green and of \a exclusion
 * terms on red, in shades that suit \a palette (light or dark); longer terms win ("stem cells"
 * over "stem cell").
 */
QString highlightTerms(const QString& text,
                       const QStringList& inclusion,
                       const QStringList& exclusion,
                       const QPalette& palette);

} // namespace stemma::ui
