// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/SummaryOfFindingsDocument.h"

#include "ui/render/DocumentPdf.h"
#include "ui/render/DocumentTables.h"

#include <QTextDocument>

namespace stemma::render {

SummaryOfFindingsDocument::SummaryOfFindingsDocument(core::grade::SummaryOfFindings sof)
    : m_sof(std::move(sof))
{
}

void SummaryOfFindingsDocument::build(QTextDocument& document) const
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>") + m_sof.caption.toHtmlEscaped() +
                   QStringLiteral("</title></head><body style=\"font-size: 9pt;\"><h2>") +
                   m_sof.caption.toHtmlEscaped() +
                   QStringLiteral("</h2><p>Certainty of the evidence (GRADE): ⊕⊕⊕⊕ high, ⊕⊕⊕◯ moderate, ⊕⊕◯◯ low, "
                                  "⊕◯◯◯ very low. Judgements proposed from the data and confirmed or changed by the "
                                  "reviewers; the footnotes give the reasons.</p>");
    for (const core::compare::HeadedTable& table : core::grade::sofTables(m_sof))
        html += documentTableHtml(table.table);
    document.setHtml(html + QStringLiteral("</body></html>"));
}

core::Result<void> SummaryOfFindingsDocument::writeOdt(const QString& path) const
{
    QTextDocument document;
    build(document);
    return writeDocumentOdt(document, path);
}

core::Result<void> SummaryOfFindingsDocument::writePdf(const QString& path) const
{
    QTextDocument document;
    build(document);
    return writeDocumentPdf(document, path, m_sof.caption);
}

} // namespace stemma::render
