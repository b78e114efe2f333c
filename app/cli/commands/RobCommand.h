// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace stemma::cli {

/** `stemma-cli rob`: the risk-of-bias assessments of a project, with proposed and standing judgements. */
class RobCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace stemma::cli
