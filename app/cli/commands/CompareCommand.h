// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace stemma::cli {

/** `stemma-cli compare`: pools one outcome per intervention family (MSC, HSCT, comparators) and exports it. */
class CompareCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace stemma::cli
