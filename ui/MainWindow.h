// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace stemma::core {
class ReviewProject;
}

namespace stemma::ui {

/** The workstation window: the project's parts on the left, the current part in the middle. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Shows \a project; the window takes ownership. */
    void setProject(std::unique_ptr<core::ReviewProject> project);
    core::ReviewProject* project() const { return m_project.get(); }

private:
    void updateTitle();

    std::unique_ptr<core::ReviewProject> m_project;
};

} // namespace stemma::ui
