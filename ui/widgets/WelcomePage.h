// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace stemma::ui {

/** What the window shows with no project open: create, open, or pick a recent project. */
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    void setRecentFiles(const QStringList& paths);
    QListWidget* recentList() const { return m_recent; }

signals:
    void newProjectRequested();
    void openProjectRequested();
    void recentProjectRequested(const QString& path);

private:
    QListWidget* m_recent = nullptr;
};

} // namespace stemma::ui
