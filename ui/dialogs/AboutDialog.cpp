// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/AboutDialog.h"

#include "core/ThirdPartyLibraries.h"

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
    for (const core::ThirdPartyLibrary& library : core::thirdPartyLibraries())
        html += row(library.name, library.version, library.licence);
    html += QStringLiteral("</table>");
    return html;
}

} // namespace stemma::ui
