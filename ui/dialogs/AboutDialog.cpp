// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/AboutDialog.h"

#include "core/db/Database.h"

#include <fmt/core.h>
#include <spdlog/version.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace stemma::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Stemma"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(aboutHtml(), this);
    text->setObjectName(QStringLiteral("aboutLabel"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::aboutHtml()
{
    const QString spdlog = QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
    const QString fmtVersion =
        QStringLiteral("%1.%2.%3").arg(FMT_VERSION / 10000).arg(FMT_VERSION / 100 % 100).arg(FMT_VERSION % 100);
    QString html = tr("<h2>Stemma %1</h2>"
                      "<p>A workstation for systematic reviews of stem-cell therapy evidence.</p>"
                      "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    html += tr("<h3>Libraries</h3>");
    html += QStringLiteral("<table cellspacing=\"6\">");
    const auto row = [](const QString& name, const QString& version, const QString& licence) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
            .arg(name.toHtmlEscaped(), version.toHtmlEscaped(), licence.toHtmlEscaped());
    };
    html += row(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("LGPL-3.0-only"));
    html += row(QStringLiteral("SQLite"), core::db::Database::engineVersion(), tr("public domain"));
    html += row(QStringLiteral("spdlog"), spdlog, tr("MIT"));
    html += row(QStringLiteral("{fmt}"), fmtVersion, tr("MIT"));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace stemma::ui
