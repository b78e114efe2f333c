// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/ReviewProject.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace stemma;

TEST(MainWindowTest, TitleNamesTheOpenProject)
{
    ui::MainWindow window;
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Stemma"));
    QTemporaryDir dir;
    auto project = core::ReviewProject::create(dir.filePath(QStringLiteral("scleroderma.stemma")));
    ASSERT_TRUE(project);
    window.setProject(std::move(*project));
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("scleroderma")));
}
