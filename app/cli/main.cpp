// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliApplication.h"
#include "core/Log.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Drawing plots and diagrams needs fonts, hence a GUI application, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's platform warnings go to the log (console only under --verbose), not into command output.
    stemma::core::log::routeQtMessagesToLog();
    QGuiApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stemma"));
    QCoreApplication::setApplicationName(QStringLiteral("stemma"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEMMA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    stemma::cli::CliContext context{out, err};
    stemma::cli::CliApplication cli;
    const int code = cli.run(QCoreApplication::arguments(), context);
    out.flush();
    err.flush();
    return code;
}
