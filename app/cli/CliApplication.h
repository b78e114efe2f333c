// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <memory>
#include <vector>

namespace stemma::cli {

/** Dispatches "stemma-cli SUBCOMMAND ..." to the registered commands. */
class CliApplication
{
public:
    CliApplication();
    ~CliApplication();

    /** Runs with the full argument list (argument 0 is the program) and returns the exit code. */
    int run(const QStringList& arguments, CliContext& context);

private:
    void printUsage(QTextStream& stream) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace stemma::cli
