// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

namespace stemma::cli {

class CommandParser;

class ScreenCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    /** --next, --ranking, --start-sample and --stop-by-criterion: the prioritised queue rather than a vote. */
    int runQueue(CommandParser& command, CliContext& context);
};

} // namespace stemma::cli
