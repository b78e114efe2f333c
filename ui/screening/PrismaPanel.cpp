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
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

constexpr qreal ON_SCREEN_SCALE = 1.4;

} // namespace

PrismaPanel::PrismaPanel(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* scroll = new QScrollArea(this);
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
    const render::PrismaDiagram diagram(*counts);
    const qreal ratio = devicePixelRatioF();
    QImage image((diagram.size() * ratio * ON_SCREEN_SCALE).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(ON_SCREEN_SCALE, ON_SCREEN_SCALE);
    diagram.paint(painter);
    painter.end();
    m_diagram->setPixmap(QPixmap::fromImage(image));
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
