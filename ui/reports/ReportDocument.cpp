// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportDocument.h"

#include "core/ReviewProject.h"
#include "ui/render/ComparisonDocument.h"
#include "ui/render/DocumentPdf.h"
#include "ui/render/ForestPlot.h"
#include "ui/render/PrismaDiagram.h"
#include "ui/render/RenderFormat.h"
#include "ui/reports/StudyCharacteristics.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <algorithm>

namespace stemma::ui {
namespace {

using namespace core::compare;

const QString PRISMA_URL = QStringLiteral("stemma://prisma.png");
const QString FOREST_URL = QStringLiteral("stemma://report-forest.png");
/** Pixels per point of the pictures placed in documents: sharp on paper and on high-DPI screens. */
constexpr double IMAGE_SCALE = 3.0;
/** Landscape A4 less 12 mm margins, in points: the room a page of the report gives a picture. */
constexpr double PAGE_WIDTH = 774.0;
constexpr double PAGE_HEIGHT = 503.0;

QImage paintImage(const QSizeF& size, const std::function<void(QPainter&)>& draw)
{
    QImage image((size * IMAGE_SCALE).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(IMAGE_SCALE, IMAGE_SCALE);
    draw(painter);
    return image;
}

/** \a size shrunk (never grown) to fit \a maxWidth × \a maxHeight, keeping its shape. */
QSizeF fitted(const QSizeF& size, double maxWidth, double maxHeight)
{
    const double scale = std::min({1.0, maxWidth / size.width(), maxHeight / size.height()});
    return size * scale;
}

QString imageHtml(const QString& url, const QSizeF& size)
{
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(url)
        .arg(qRound(size.width()))
        .arg(qRound(size.height()));
}

/**
 * HTML QTextDocument lays out well: explicit borders and padding, small type for wide tables.
 * With \a widths (percent per column) the table fills the page in those shares; without, each
 * column takes what its words need, which keeps short numeric columns from breaking words.
 */
QString tableHtml(const Table& table, const std::vector<int>& widths = {})
{
    QString html = QStringLiteral("<p><b>") + table.caption.toHtmlEscaped() +
                   QStringLiteral("</b></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" ") +
                   (widths.size() == std::size_t(table.header.size()) ? QStringLiteral("width=\"100%\" ") : QString()) +
                   QStringLiteral("style=\"border-collapse: collapse; font-size: 7pt;\"><tr>");
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString width = widths.size() == std::size_t(table.header.size())
                                  ? QStringLiteral(" width=\"%1%\"").arg(widths[i])
                                  : QString();
        html += QStringLiteral("<th bgcolor=\"#eeeeee\" align=\"left\"") + width + QLatin1Char('>') +
                table.header[i].toHtmlEscaped() + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr>");
    for (const QStringList& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString page(const QString& title, const QString& body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>") + title.toHtmlEscaped() +
           QStringLiteral("</title></head><body style=\"font-size: 9pt;\">") + body + QStringLiteral("</body></html>");
}

core::Result<void> writeText(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return core::makeError(core::ErrorCode::Io,
                               QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

core::Result<void> writeOdt(QTextDocument& document, const QString& path)
{
    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(&document))
        return core::makeError(core::ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

core::Result<void> unsupported(const QString& path, ReportItem item)
{
    return core::makeError(core::ErrorCode::InvalidArgument,
                           QStringLiteral("%1: the %2 cannot be written as '.%3' (use %4)")
                               .arg(path,
                                    ReportDocument::itemTitle(item).toLower(),
                                    QFileInfo(path).suffix(),
                                    ReportDocument::formats(item).join(QLatin1String(", "))));
}

} // namespace

core::Result<ReportData> ReportDocument::gather(core::ReviewProject& project, const QString& outcomeCode)
{
    ReportData data;
    data.projectName = QFileInfo(project.path()).completeBaseName();
    auto prisma = core::screening::PrismaCounts::compute(project);
    if (!prisma)
        return prisma.error();
    data.prisma = std::move(*prisma);
    auto studies = studyCharacteristicsTable(project);
    if (!studies)
        return studies.error();
    data.studies = std::move(*studies);
    if (outcomeCode.isEmpty()) {
        data.comparisonProblem = QObject::tr("The project has no outcome results to compare yet.");
        return data;
    }
    CompareOptions options;
    options.outcomeCode = outcomeCode;
    auto comparison = compareOutcome(project, options);
    if (!comparison)
        return comparison.error();
    if (comparison->rows.empty())
        data.comparisonProblem = QObject::tr("No study reports %1 in a form that can be pooled.").arg(outcomeCode);
    else
        data.comparison = std::move(*comparison);
    return data;
}

ReportDocument::ReportDocument(ReportData data)
    : m_data(std::move(data))
{
}

QStringList ReportDocument::formats(ReportItem item)
{
    switch (item) {
    case ReportItem::Prisma:
        return {QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png")};
    case ReportItem::StudyCharacteristics:
        return {QStringLiteral("csv"),
                QStringLiteral("md"),
                QStringLiteral("html"),
                QStringLiteral("tex"),
                QStringLiteral("odt"),
                QStringLiteral("pdf")};
    case ReportItem::Comparison:
        return {QStringLiteral("xlsx"),
                QStringLiteral("csv"),
                QStringLiteral("md"),
                QStringLiteral("html"),
                QStringLiteral("tex"),
                QStringLiteral("odt"),
                QStringLiteral("pdf"),
                QStringLiteral("svg"),
                QStringLiteral("png")};
    }
    return {};
}

QString ReportDocument::formatName(ReportItem item, const QString& extension)
{
    // For the comparison the pictures are its forest plot; the tables go to the document formats.
    const bool plot = item == ReportItem::Comparison;
    if (extension == QLatin1String("pdf"))
        return item == ReportItem::Prisma ? QObject::tr("PDF figure") : QObject::tr("PDF document");
    if (extension == QLatin1String("svg"))
        return plot ? QObject::tr("Forest plot, SVG") : QObject::tr("SVG figure");
    if (extension == QLatin1String("png"))
        return plot ? QObject::tr("Forest plot, PNG") : QObject::tr("PNG image");
    if (extension == QLatin1String("csv"))
        return QObject::tr("CSV table");
    if (extension == QLatin1String("xlsx"))
        return QObject::tr("Excel workbook");
    if (extension == QLatin1String("md"))
        return QObject::tr("Markdown");
    if (extension == QLatin1String("html"))
        return QObject::tr("HTML page");
    if (extension == QLatin1String("tex"))
        return QObject::tr("LaTeX table");
    if (extension == QLatin1String("odt"))
        return QObject::tr("OpenDocument text");
    return extension;
}

QString ReportDocument::itemTitle(ReportItem item)
{
    switch (item) {
    case ReportItem::Prisma:
        return QObject::tr("PRISMA 2020 flow diagram");
    case ReportItem::StudyCharacteristics:
        return QObject::tr("Study characteristics");
    case ReportItem::Comparison:
        return QObject::tr("MSC vs HSCT comparison");
    }
    return {};
}

QString ReportDocument::itemDescription(ReportItem item)
{
    switch (item) {
    case ReportItem::Prisma:
        return QObject::tr("Counts come from the imports, the merged duplicates and the screening decisions. "
                           "Export as PDF, SVG or PNG.");
    case ReportItem::StudyCharacteristics:
        return QObject::tr("One line per study from the Studies part: design, population, patients, follow-up "
                           "and what each arm received.");
    case ReportItem::Comparison:
        return QObject::tr("The chosen outcome pooled by intervention family, each arm at its latest follow-up. "
                           "The Compare part offers other groupings and timepoints.");
    }
    return {};
}

QString ReportDocument::prismaHtml(QTextDocument& document, double maxWidth, double maxHeight) const
{
    const render::PrismaDiagram diagram(m_data.prisma);
    const QSizeF size = diagram.size();
    document.addResource(QTextDocument::ImageResource,
                         QUrl(PRISMA_URL),
                         paintImage(size, [&diagram](QPainter& painter) { diagram.paint(painter); }));
    return QStringLiteral("<h2>") + itemTitle(ReportItem::Prisma).toHtmlEscaped() + QStringLiteral("</h2>") +
           imageHtml(PRISMA_URL, fitted(size, maxWidth, maxHeight));
}

QString ReportDocument::studiesHtml() const
{
    QString html =
        QStringLiteral("<h2>") + itemTitle(ReportItem::StudyCharacteristics).toHtmlEscaped() + QStringLiteral("</h2>");
    if (m_data.studies.rows.empty())
        return html + QStringLiteral("<p>") + QObject::tr("No studies have been extracted yet.").toHtmlEscaped() +
               QStringLiteral("</p>");
    // Shares of the page width: the arms and interventions carry most of the text.
    return html + tableHtml(m_data.studies, {8, 9, 13, 14, 7, 7, 29, 6, 7});
}

QString ReportDocument::comparisonHtml(QTextDocument& document, double maxWidth) const
{
    if (!m_data.comparison)
        return QStringLiteral("<h2>") + itemTitle(ReportItem::Comparison).toHtmlEscaped() + QStringLiteral("</h2><p>") +
               m_data.comparisonProblem.toHtmlEscaped() + QStringLiteral("</p>");
    const Comparison& comparison = *m_data.comparison;
    const render::ForestPlot plot(comparison);
    const QSizeF size = plot.size();
    document.addResource(QTextDocument::ImageResource, QUrl(FOREST_URL), paintImage(size, [&plot](QPainter& painter) {
                             plot.paint(painter);
                         }));
    QString html = QStringLiteral("<h2>") + comparisonTitle(comparison).toHtmlEscaped() + QStringLiteral("</h2><p>");
    html += comparison.proportions
                ? QObject::tr("Proportions pooled as logit proportions (random effects, REML) and back-transformed; "
                              "individual patients pooled apart with the Wilson interval.")
                : QObject::tr("Within-arm mean change (follow-up minus baseline) pooled with random effects (REML); "
                              "change SDs imputed from baseline and follow-up SDs (r = %1) are flagged. Individual "
                              "patients pooled apart with a t interval.")
                      .arg(comparison.options.assumedCorrelation);
    // Shares of the page width; left to itself the layout squeezes every column and breaks words.
    html += QStringLiteral("</p>") +
            tableHtml(comparisonTable(comparison), {6, 7, 6, 6, 6, 7, 5, 5, 4, 6, 6, 8, 8, 9, 5, 6});
    html += imageHtml(FOREST_URL, fitted(size, maxWidth, size.height()));
    html += tableHtml(studyTable(comparison), {6, 9, 9, 19, 6, 4, 6, 6, 5, 6, 6, 12, 6});
    return html;
}

void ReportDocument::buildItem(ReportItem item, QTextDocument& document) const
{
    QString body;
    switch (item) {
    case ReportItem::Prisma:
        // The preview pane scrolls, so the diagram keeps its full height there.
        body = prismaHtml(document, PAGE_WIDTH, 10000.0);
        break;
    case ReportItem::StudyCharacteristics:
        body = studiesHtml();
        break;
    case ReportItem::Comparison:
        body = comparisonHtml(document, PAGE_WIDTH);
        break;
    }
    document.setHtml(page(itemTitle(item), body));
}

void ReportDocument::buildFullReport(QTextDocument& document) const
{
    const QString title = QObject::tr("Systematic review report: %1").arg(m_data.projectName);
    const QString breakBefore = QStringLiteral("<div style=\"page-break-before: always;\"></div>");
    QString body = QStringLiteral("<h1>") + title.toHtmlEscaped() + QStringLiteral("</h1>");
    // Room under the two headings on the first page.
    body += prismaHtml(document, PAGE_WIDTH, PAGE_HEIGHT - 70.0);
    body += breakBefore + studiesHtml();
    body += breakBefore + comparisonHtml(document, PAGE_WIDTH);
    document.setHtml(page(title, body));
}

core::Result<void> ReportDocument::exportItem(ReportItem item, const QString& path) const
{
    const QString extension = QFileInfo(path).suffix().toLower();
    if (!formats(item).contains(extension))
        return unsupported(path, item);
    switch (item) {
    case ReportItem::Prisma: {
        auto format = render::imageFormatForPath(path);
        if (!format)
            return format.error();
        const render::PrismaDiagram diagram(m_data.prisma);
        return render::renderToFile(
            path, *format, diagram.size(), [&diagram](QPainter& painter) { diagram.paint(painter); }, itemTitle(item));
    }
    case ReportItem::StudyCharacteristics: {
        if (const auto format = tableFormatFromName(extension)) {
            const QString table = formatTable(m_data.studies, *format);
            return writeText(path, *format == TableFormat::Html ? page(m_data.studies.caption, table) : table);
        }
        QTextDocument document;
        buildItem(item, document);
        if (extension == QLatin1String("odt"))
            return writeOdt(document, path);
        return render::writeDocumentPdf(document, path, itemTitle(item));
    }
    case ReportItem::Comparison: {
        if (!m_data.comparison)
            return core::makeError(core::ErrorCode::NotFound, m_data.comparisonProblem);
        const Comparison& comparison = *m_data.comparison;
        if (extension == QLatin1String("xlsx"))
            return writeXlsx(comparison, path);
        if (extension == QLatin1String("svg") || extension == QLatin1String("png"))
            return render::ForestPlot(comparison).save(path);
        if (extension == QLatin1String("odt"))
            return render::ComparisonDocument(comparison).writeOdt(path);
        if (extension == QLatin1String("pdf"))
            return render::ComparisonDocument(comparison).writePdf(path);
        if (const auto format = tableFormatFromName(extension))
            return writeText(path, exportDocument(comparison, *format));
        break;
    }
    }
    return unsupported(path, item);
}

core::Result<void> ReportDocument::writeFullReport(const QString& path) const
{
    QTextDocument document;
    buildFullReport(document);
    return render::writeDocumentPdf(
        document, path, QObject::tr("Systematic review report: %1").arg(m_data.projectName));
}

} // namespace stemma::ui
