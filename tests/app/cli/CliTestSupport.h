// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/CliApplication.h"

#include <QJsonDocument>
#include <QStringList>

namespace stemma::test {

/** What one in-process stemma-cli run printed and returned. */
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

inline CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliContext context{out, err};
    cli::CliApplication application;
    run.exitCode = application.run(QStringList{QStringLiteral("stemma-cli")} + arguments, context);
    out.flush();
    err.flush();
    return run;
}

} // namespace stemma::test
