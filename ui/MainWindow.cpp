// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/ReviewProject.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

namespace stemma::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    auto* placeholder = new QLabel(tr("Open or create a review project to begin."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1280, 800);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setProject(std::unique_ptr<core::ReviewProject> project)
{
    m_project = std::move(project);
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (m_project)
        setWindowTitle(tr("%1 — Stemma").arg(QFileInfo(m_project->path()).completeBaseName()));
    else
        setWindowTitle(tr("Stemma"));
}

} // namespace stemma::ui
