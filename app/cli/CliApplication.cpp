// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliApplication.h"

#include "app/cli/commands/AgreementCommand.h"
#include "app/cli/commands/CodebookCommand.h"
#include "app/cli/commands/CompareCommand.h"
#include "app/cli/commands/DedupeCommand.h"
#include "app/cli/commands/DemoCommand.h"
#include "app/cli/commands/ExportCommand.h"
#include "app/cli/commands/ExportDataCommand.h"
#include "app/cli/commands/ExtractCommand.h"
#include "app/cli/commands/ImportCommand.h"
#include "app/cli/commands/InfoCommand.h"
#include "app/cli/commands/InitCommand.h"
#include "app/cli/commands/ListCommand.h"
#include "app/cli/commands/MetaCommand.h"
#include "app/cli/commands/PrismaCommand.h"
#include "app/cli/commands/RobCommand.h"
#include "app/cli/commands/ScreenCommand.h"
#include "app/cli/commands/SearchCommand.h"
#include "app/cli/commands/SimulateCommand.h"
#include "app/cli/commands/SofCommand.h"
#include "app/cli/commands/StudiesCommand.h"
#include "core/Log.h"

#include <QStandardPaths>

namespace stemma::cli {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<InfoCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<DedupeCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<MetaCommand>());
    m_commands.push_back(std::make_unique<CompareCommand>());
    m_commands.push_back(std::make_unique<RobCommand>());
    m_commands.push_back(std::make_unique<SofCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ExtractCommand>());
    m_commands.push_back(std::make_unique<ScreenCommand>());
    m_commands.push_back(std::make_unique<SimulateCommand>());
    m_commands.push_back(std::make_unique<AgreementCommand>());
    m_commands.push_back(std::make_unique<PrismaCommand>());
    m_commands.push_back(std::make_unique<StudiesCommand>());
    m_commands.push_back(std::make_unique<CodebookCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ExportDataCommand>());
}

CliApplication::~CliApplication() = default;

void CliApplication::printUsage(QTextStream& stream) const
{
    stream << "Usage: stemma-cli [--verbose] COMMAND [ARGS...]\n\n"
              "Stemma's headless tool: create, inspect and work on review projects (*.stemma).\n\n"
              "Commands:\n";
    for (const auto& command : m_commands)
        stream << "  " << command->name().leftJustified(12) << command->summary() << '\n';
    stream << "\nOptions:\n"
              "  --help       Show this help; 'stemma-cli COMMAND --help' shows a command's own.\n"
              "  --version    Show the version.\n"
              "  --verbose    Log to the console as well as to the log file.\n";
}

int CliApplication::run(const QStringList& arguments, CliContext& context)
{
    QStringList rest = arguments.mid(1);
    bool verbose = false;
    while (!rest.isEmpty() && rest.front().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--version")) {
            context.out << "stemma-cli " << STEMMA_VERSION << '\n';
            return Success;
        }
        if (option == QLatin1String("--help")) {
            printUsage(context.out);
            return Success;
        }
        if (option == QLatin1String("--verbose")) {
            verbose = true;
            continue;
        }
        printUsage(context.err);
        return context.fail(QStringLiteral("unknown option %1").arg(option), UsageError);
    }
    // --verbose may also follow the subcommand; it is a global switch, not the subcommand's.
    if (rest.removeAll(QStringLiteral("--verbose")) > 0)
        verbose = true;
    if (rest.isEmpty()) {
        printUsage(context.err);
        return UsageError;
    }

    const QString logDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    core::log::setUpLogging(logDirectory, verbose, verbose ? spdlog::level::debug : spdlog::level::info);

    const QString name = rest.takeFirst();
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            rest.prepend(QStringLiteral("stemma-cli %1").arg(name));
            core::log::core()->debug("running {}", name);
            return command->run(rest, context);
        }
    }
    printUsage(context.err);
    return context.fail(QStringLiteral("unknown command '%1'").arg(name), UsageError);
}

} // namespace stemma::cli
