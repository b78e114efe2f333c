// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <vector>

namespace stemma::core::screening::ranking {

/**
 * Records with known screening outcomes, read from a CSV with `title`, `abstract`, optional
 * `keywords` and a 0/1 inclusion column: the input of a screening simulation.
 */
struct LabelledDataset
{
    std::vector<QString> texts; ///< title, abstract and keywords of each record, joined
    std::vector<bool> included;

    int includedCount() const;

    /**
     * Reads \a path. The label column is \a labelColumn when given, else the first of
     * `label_included`, `included`, `label_abstract_screening`, `label`. Fails naming the
     * file, line and problem on a missing column or a label other than 0 or 1.
     */
    static Result<LabelledDataset> read(const QString& path, const QString& labelColumn = {});
};

} // namespace stemma::core::screening::ranking
