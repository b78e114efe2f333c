// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFileInfo>

namespace stemma::test {

QString testDataPath(const QString& relative)
{
    return QDir(QStringLiteral(STEMMA_TEST_DATA_DIR)).filePath(relative);
}

QString sharedPath(const QString& relative)
{
    // A checkout elsewhere (a git worktree) can point at the shared data with STEMMA_SHARED_DIR.
    return QDir(qEnvironmentVariable("STEMMA_SHARED_DIR", QStringLiteral(STEMMA_SHARED_DIR))).filePath(relative);
}

bool hasShared()
{
    return QFileInfo(sharedPath(QStringLiteral("realdata"))).isDir();
}

} // namespace stemma::test
