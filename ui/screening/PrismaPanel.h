// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace stemma::ui {

class ProjectSession;

/** The PRISMA 2020 flow diagram of the project as it stands, with export to SVG, PNG and PDF. */
class PrismaPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PrismaPanel(ProjectSession& session, QWidget* parent = nullptr);

    /** Recounts and redraws the diagram. */
    void refresh();
    /** Writes the diagram to \a path in the format its extension names; false (with the message shown) on failure. */
    bool exportTo(const QString& path);
    QLabel* diagram() const { return m_diagram; }
    QString statusText() const;

private:
    void chooseAndExport(const QString& extension, const QString& filter);

    ProjectSession& m_session;
    QLabel* m_diagram = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace stemma::ui
