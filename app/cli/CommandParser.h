// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliContext.h"

#include <QCommandLineParser>

#include <optional>

namespace stemma::cli {

/**
 * QCommandLineParser set up the way every subcommand wants it: --help, a description and
 * usage errors reported with exit code 2 instead of QCommandLineParser's own exit().
 */
class CommandParser
{
public:
    CommandParser(const QString& commandName, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    void addPositional(const QString& name, const QString& description, const QString& syntax = {});
    void addFlag(const QString& name, const QString& description);
    void addOption(const QString& name,
                   const QString& description,
                   const QString& valueName,
                   const QString& defaultValue = {});

    /**
     * Parses \a arguments. Returns an exit code when the command should stop now (help shown:
     * 0, bad usage: 2) or nullopt when it should go on. \a minimumPositionals are required.
     */
    std::optional<int> parse(const QStringList& arguments, CliContext& context, int minimumPositionals);

private:
    QString m_commandName;
    QCommandLineParser m_parser;
};

} // namespace stemma::cli
