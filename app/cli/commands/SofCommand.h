// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace stemma::cli {

/** `stemma-cli sof`: the GRADE summary-of-findings table of one outcome, MSC and HSCT side by side. */
class SofCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace stemma::cli
