// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/PrismaPanel.h"

#include "core/ReviewProject.h"
#include "core/screening/PrismaCounts.h"
#include "ui/ProjectSession.h"
#include "ui/render/PrismaDiagram.h"
#include "ui/render/RenderFormat.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace stemma::ui {
namespace {

constexpr qreal ON_SCREEN_SCALE = 1.4;
/// Below this the boxes' text is too small to read; the pane scrolls instead.
constexpr qreal SMALLEST_SCALE = 0.6;

} // namespace

PrismaPanel::PrismaPanel(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    m_diagram = new QLabel(scroll);
    m_diagram->setObjectName(QStringLiteral("screeningPrisma"));
    m_diagram->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    scroll->setWidget(m_diagram);
    scroll->setWidgetResizable(true);

    auto* buttons = new QHBoxLayout;
    const struct
    {
        QString label;
        QString name;
        QString extension;
        QString filter;
    } formats[] = {
        {tr("Export SVG…"), QStringLiteral("prismaExportSvg"), QStringLiteral("svg"), tr("SVG image (*.svg)")},
        {tr("Export PNG…"), QStringLiteral("prismaExportPng"), QStringLiteral("png"), tr("PNG image (*.png)")},
        {tr("Export PDF…"), QStringLiteral("prismaExportPdf"), QStringLiteral("pdf"), tr("PDF document (*.pdf)")},
    };
    for (const auto& format : formats) {
        auto* button = new QPushButton(format.label, this);
        button->setObjectName(format.name);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, extension = format.extension, filter = format.filter] {
            chooseAndExport(extension, filter);
        });
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("prismaStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
}

QString PrismaPanel::statusText() const
{
    return m_status->text();
}

void PrismaPanel::refresh()
{
    auto counts = core::screening::PrismaCounts::compute(m_session.project());
    if (!counts) {
        m_status->setText(counts.error().message);
        return;
    }
    m_counts = std::move(*counts);
    redraw();
}

void PrismaPanel::redraw()
{
    if (!m_counts)
        return;
    const render::PrismaDiagram diagram(*m_counts);
    // The width the scroll area offers without a horizontal scroll bar, less its frame and the
    // vertical bar that a tall diagram will need.
    const int available =
        m_scroll->width() - 2 * m_scroll->frameWidth() - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 2;
    const qreal scale = std::clamp(qreal(available) / diagram.size().width(), SMALLEST_SCALE, ON_SCREEN_SCALE);
    const qreal ratio = devicePixelRatioF();
    QImage image((diagram.size() * ratio * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    diagram.paint(painter);
    painter.end();
    m_diagram->setPixmap(QPixmap::fromImage(image));
}

void PrismaPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    redraw();
}

bool PrismaPanel::exportTo(const QString& path)
{
    auto format = render::imageFormatForPath(path);
    if (!format) {
        m_status->setText(format.error().message);
        return false;
    }
    auto counts = core::screening::PrismaCounts::compute(m_session.project());
    if (!counts) {
        m_status->setText(counts.error().message);
        return false;
    }
    const render::PrismaDiagram diagram(*counts);
    auto written = render::renderToFile(
        path,
        *format,
        diagram.size(),
        [&diagram](QPainter& painter) { diagram.paint(painter); },
        tr("PRISMA 2020 flow diagram"));
    if (!written) {
        m_status->setText(written.error().message);
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void PrismaPanel::chooseAndExport(const QString& extension, const QString& filter)
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export PRISMA diagram"), QStringLiteral("prisma.") + extension, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    exportTo(path);
}

} // namespace stemma::ui
