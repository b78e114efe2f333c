// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/ComparisonDocument.h"

#include "core/compare/ComparisonExport.h"
#include "ui/render/DocumentPdf.h"
#include "ui/render/DocumentTables.h"
#include "ui/render/ForestPlot.h"

#include <QImage>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

namespace stemma::render {

using namespace core::compare;

namespace {

const QString PLOT_URL = QStringLiteral("stemma://forest.png");

} // namespace

ComparisonDocument::ComparisonDocument(Comparison comparison)
    : m_comparison(std::move(comparison))
{
}

void ComparisonDocument::build(QTextDocument& document) const
{
    const ForestPlot plot(m_comparison);
    const QSizeF size = plot.size();
    const double scale = 3.0; // 216 dpi: sharp in print
    QImage image((size * scale).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        plot.paint(painter);
    }
    document.addResource(QTextDocument::ImageResource, QUrl(PLOT_URL), image);

    const QString title = comparisonTitle(m_comparison);
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>") + title.toHtmlEscaped() +
                   QStringLiteral("</title></head><body style=\"font-size: 9pt;\"><h2>") + title.toHtmlEscaped() +
                   QStringLiteral("</h2><p>");
    html += m_comparison.proportions
                ? QStringLiteral("Proportions pooled as logit proportions (random effects, REML) and back-transformed; "
                                 "individual patients pooled apart with the Wilson interval.")
                : QStringLiteral("Within-arm mean change (follow-up minus baseline) pooled with random effects (REML); "
                                 "change SDs imputed from baseline and follow-up SDs (r = %1) are flagged. "
                                 "Individual patients pooled apart with a t interval.")
                      .arg(m_comparison.options.assumedCorrelation);
    html += QStringLiteral("</p>") + documentTableHtml(comparisonTable(m_comparison));
    html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                .arg(PLOT_URL)
                .arg(qRound(size.width()))
                .arg(qRound(size.height()));
    html += documentTableHtml(studyTable(m_comparison)) + QStringLiteral("</body></html>");
    document.setHtml(html);
}

core::Result<void> ComparisonDocument::writeOdt(const QString& path) const
{
    QTextDocument document;
    build(document);
    return writeDocumentOdt(document, path);
}

core::Result<void> ComparisonDocument::writePdf(const QString& path) const
{
    QTextDocument document;
    build(document);
    return writeDocumentPdf(document, path, comparisonTitle(m_comparison));
}

} // namespace stemma::render
