// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Inserts references into the project named on the command line, forever, in small
// transactions, so a test can kill it at an arbitrary moment and check the file survives.
#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 2)
        return 2;
    auto project = stemma::core::ReviewProject::open(QString::fromLocal8Bit(argv[1]));
    if (!project)
        return 1;
    std::puts("ready");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        stemma::core::Reference reference;
        reference.title = QStringLiteral("Crash test record %1").arg(i);
        reference.authors = {stemma::core::Author{QStringLiteral("Writer"), QStringLiteral("Crash"), {}}};
        reference.abstract = QString(2000, QLatin1Char('x'));
        if (!(*project)->references().insert(reference))
            return 1;
    }
}
