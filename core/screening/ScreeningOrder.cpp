// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/screening/ScreeningOrder.h"

#include <algorithm>

namespace stemma::core::screening {

QString PlainOrder::name() const
{
    return QStringLiteral("plain");
}

Result<void> PlainOrder::arrange(ReviewProject&, ScreeningStage, std::vector<ReferenceId>& candidates) const
{
    std::sort(candidates.begin(), candidates.end(), [](ReferenceId a, ReferenceId b) { return a.value < b.value; });
    return {};
}

} // namespace stemma::core::screening
