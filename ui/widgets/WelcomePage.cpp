// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

constexpr double TITLE_SCALE = 1.8;
constexpr int COLUMN_WIDTH_CHARS = 72;
constexpr int RECENT_ROWS = 10;

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* column = new QVBoxLayout;
    outer->addLayout(column, 0);
    outer->addStretch(1);
    const int width = fontMetrics().averageCharWidth() * COLUMN_WIDTH_CHARS;

    column->addStretch(1);
    auto* title = new QLabel(tr("Stemma"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * TITLE_SCALE);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addWidget(title);

    auto* intro = new QLabel(tr("A review project is one file that holds the references, screening decisions and "
                                "extracted data of a systematic review. Every change is saved as you make it."),
                             this);
    intro->setWordWrap(true);
    intro->setFixedWidth(width);
    column->addWidget(intro);

    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("&New Project…"), this);
    create->setObjectName(QStringLiteral("newProjectPushButton"));
    auto* open = new QPushButton(tr("&Open…"), this);
    open->setObjectName(QStringLiteral("openProjectPushButton"));
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch(1);
    column->addLayout(buttons);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);

    auto* recentLabel = new QLabel(tr("&Recent projects"), this);
    column->addWidget(recentLabel);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentListWidget"));
    m_recent->setFixedWidth(width);
    m_recent->setMaximumHeight(m_recent->fontMetrics().lineSpacing() * RECENT_ROWS * 2);
    recentLabel->setBuddy(m_recent);
    column->addWidget(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit recentProjectRequested(item->data(Qt::UserRole).toString());
    });
    column->addStretch(2);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setRecentFiles(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(info.completeBaseName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No recent projects"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace stemma::ui
