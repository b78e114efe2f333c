// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

constexpr double TITLE_SCALE = 1.6;
constexpr int TEXT_WIDTH_CHARS = 70;

} // namespace

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);

    m_title = new QLabel(title, this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * TITLE_SCALE);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_title);

    m_description = new QLabel(description, this);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignHCenter);
    m_description->setTextFormat(Qt::PlainText);
    // A fixed width lets the wrapped text take the height it needs inside a centred layout.
    m_description->setFixedWidth(fontMetrics().averageCharWidth() * TEXT_WIDTH_CHARS);
    m_description->setMinimumHeight(m_description->heightForWidth(m_description->width()));
    layout->addWidget(m_description, 0, Qt::AlignHCenter);

    auto* notYet = new QLabel(tr("Not available yet."), this);
    notYet->setAlignment(Qt::AlignHCenter);
    notYet->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(notYet);

    layout->addStretch(3);
}

PlaceholderPage::~PlaceholderPage() = default;

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::description() const
{
    return m_description->text();
}

} // namespace stemma::ui
