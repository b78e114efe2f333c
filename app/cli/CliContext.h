// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace stemma::cli {

/** Exit codes shared by every subcommand. */
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/** Where a subcommand writes: results to out, messages to err. Tests pass string-backed streams. */
struct CliContext
{
    QTextStream& out;
    QTextStream& err;

    void printJson(const QJsonDocument& document) { out << document.toJson(QJsonDocument::Indented); }
    /** Prints "stemma-cli: <message>" on stderr and returns \a code. */
    int fail(const QString& message, int code = Failure)
    {
        err << "stemma-cli: " << message << '\n';
        err.flush();
        return code;
    }
};

/**
 * One subcommand: its name, a one-line summary for `stemma-cli --help`, and run(), which gets
 * the arguments after the subcommand name (argument 0 is the program name, for QCommandLineParser).
 */
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList& arguments, CliContext& context) = 0;
};

} // namespace stemma::cli
