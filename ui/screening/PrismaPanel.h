// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/screening/PrismaCounts.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;

namespace stemma::ui {

class ProjectSession;

/**
 * The PRISMA 2020 flow diagram of the project as it stands, with export to SVG, PNG and PDF. On
 * screen it is drawn to the pane's width (up to a comfortable reading size), so the whole flow and
 * both columns of boxes show in the narrow side pane without scrolling sideways.
 */
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

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void redraw();
    void chooseAndExport(const QString& extension, const QString& filter);

    ProjectSession& m_session;
    std::optional<core::screening::PrismaCounts> m_counts; ///< as last counted, for redrawing at a new width
    QScrollArea* m_scroll = nullptr;
    QLabel* m_diagram = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace stemma::ui
