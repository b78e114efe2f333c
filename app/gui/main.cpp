// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Log.h"
#include "core/ReviewProject.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Stemma"));
    QApplication::setApplicationName(QStringLiteral("stemma"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stemma"));
    QApplication::setApplicationVersion(QStringLiteral(STEMMA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stemma literature-review workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A project file (*.stemma) to open."));
    parser.process(application);

    stemma::core::log::setUpLogging(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation), false,
                                    spdlog::level::info);

    stemma::ui::MainWindow window;
    if (!parser.positionalArguments().isEmpty()) {
        auto project = stemma::core::ReviewProject::open(parser.positionalArguments().front());
        if (project)
            window.setProject(std::move(*project));
        else
            QMessageBox::warning(&window, QStringLiteral("Stemma"), project.error().message);
    }
    window.show();
    return QApplication::exec();
}
