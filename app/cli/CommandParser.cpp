// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandParser.h"

#include <QRegularExpression>

namespace stemma::cli {

CommandParser::CommandParser(const QString& commandName, const QString& description)
    : m_commandName(commandName)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

void CommandParser::addPositional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

void CommandParser::addFlag(const QString& name, const QString& description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void CommandParser::addOption(const QString& name,
                              const QString& description,
                              const QString& valueName,
                              const QString& defaultValue)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName, defaultValue));
}

std::optional<int> CommandParser::parse(const QStringList& arguments, CliContext& context, int minimumPositionals)
{
    if (!m_parser.parse(arguments))
        return context.fail(
            QStringLiteral("%1: %2 (see 'stemma-cli %1 --help')").arg(m_commandName, m_parser.errorText()), UsageError);
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the program only; show the subcommand too.
        help.replace(QRegularExpression(QStringLiteral("^Usage: (\\S+)")),
                     QStringLiteral("Usage: stemma-cli %1").arg(m_commandName));
        context.out << help;
        return Success;
    }
    if (m_parser.positionalArguments().size() < minimumPositionals)
        return context.fail(QStringLiteral("%1: missing arguments (see 'stemma-cli %1 --help')").arg(m_commandName),
                            UsageError);
    return std::nullopt;
}

} // namespace stemma::cli
