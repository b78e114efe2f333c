// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/DocumentTables.h"

namespace stemma::render {

QString documentTableHtml(const core::compare::Table& table)
{
    QString html = QStringLiteral("<p><b>") + table.caption.toHtmlEscaped() +
                   QStringLiteral("</b></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "style=\"border-collapse: collapse; font-size: 7pt;\"><tr>");
    for (const auto& h : table.header)
        html += QStringLiteral("<th bgcolor=\"#eeeeee\">") + h.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const auto& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const auto& cell : row)
            html += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace stemma::render
