// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dedupe/Fingerprint.h"

#include <QStringList>

namespace stemma::core::dedupe {

/** How alike two references are, from 0 (unrelated) to 1 (certainly the same work), and why. */
struct PairScore
{
    double score = 0;
    QStringList reasons; ///< "same DOI", "title 97% alike", "year differs by 1"…
};

/**
 * Edit distance between \a a and \a b, or a value above \a limit as soon as it is certain to
 * exceed it (a banded computation, so comparing very different titles is cheap).
 */
int boundedEditDistance(const QString& a, const QString& b, int limit);

/**
 * Scores a candidate pair. Title similarity carries most weight; year (±1 tolerated), first
 * author, journal and first page confirm or weaken it; equal DOIs or PMIDs make it certain and
 * different DOIs make it unlikely (two works can share a title, not a DOI).
 */
PairScore scorePair(const Fingerprint& a, const Fingerprint& b);

} // namespace stemma::core::dedupe
