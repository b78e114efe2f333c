// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/PrismaDiagram.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stemma::render {
namespace {

// Geometry in points; an A4 page is 595 wide, so the diagram fits one with margins.
constexpr double MARGIN = 16.0;
constexpr double PHASE_WIDTH = 22.0;
constexpr double GAP = 14.0;
constexpr double MAIN_WIDTH = 230.0;
constexpr double SIDE_WIDTH = 250.0;
constexpr double ARROW_GAP = 34.0;
constexpr double ROW_GAP = 26.0;
constexpr double LINE_HEIGHT = 13.0;
constexpr double PADDING = 7.0;
constexpr double TITLE_HEIGHT = 26.0;
constexpr double MIN_PHASE_HEIGHT = 60.0;
constexpr double IDENTIFICATION_MIN_HEIGHT = 90.0;
// In painter units (points), not device points: SVG, PDF and PNG devices report different resolutions.
constexpr int FONT_PIXELS = 9;

const QColor PHASE_COLOUR(0x9d, 0xc3, 0xe6);
const QColor BOX_BORDER(0x33, 0x33, 0x33);
const QColor TITLE_FILL(0xff, 0xe6, 0x99);

QString number(int value)
{
    static const QLocale english(QLocale::English);
    return english.toString(value);
}

QString counted(const QString& label, int value)
{
    return QStringLiteral("%1 (n = %2)").arg(label, number(value));
}

QFont diagramFont(bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(FONT_PIXELS);
    font.setBold(bold);
    return font;
}

} // namespace

PrismaDiagram::PrismaDiagram(core::screening::PrismaCounts counts)
    : m_counts(std::move(counts))
{
    layout();
}

QSizeF PrismaDiagram::size() const
{
    return m_size;
}

PrismaDiagram::Box PrismaDiagram::makeBox(
    double x, double y, double width, const QString& heading, const QStringList& lines) const
{
    Box box;
    box.heading = heading;
    box.lines = lines;
    const double rows = (heading.isEmpty() ? 0 : 1) + lines.size();
    box.rect = QRectF(x, y, width, rows * LINE_HEIGHT + 2 * PADDING);
    return box;
}

void PrismaDiagram::layout()
{
    const auto& c = m_counts;
    const double mainX = MARGIN + PHASE_WIDTH + GAP;
    const double sideX = mainX + MAIN_WIDTH + ARROW_GAP;
    double y = MARGIN;
    m_title = QRectF(mainX, y, MAIN_WIDTH + ARROW_GAP + SIDE_WIDTH, TITLE_HEIGHT);
    y += TITLE_HEIGHT + GAP;

    // Identification
    QStringList sources;
    for (const auto& item : c.identifiedBySource) {
        sources << QStringLiteral("    ") + counted(item.label, item.count);
        if (!item.searchDate.isEmpty())
            sources << QStringLiteral("        searched ") + item.searchDate;
    }
    if (sources.isEmpty())
        sources << QStringLiteral("    No import batches recorded");
    sources << counted(QStringLiteral("Total"), c.identified);
    Box identified = makeBox(mainX, y, MAIN_WIDTH, QStringLiteral("Records identified from:"), sources);
    Box removed = makeBox(
        sideX,
        y,
        SIDE_WIDTH,
        QStringLiteral("Records removed before screening:"),
        {QStringLiteral("    ") + counted(QStringLiteral("Duplicate records removed"), c.duplicatesRemoved),
         // The template's wording, over two lines to fit the box.
         QStringLiteral("    Records marked as ineligible"),
         QStringLiteral("        ") + counted(QStringLiteral("by automation tools"), c.markedIneligibleByAutomation),
         QStringLiteral("    ") +
             counted(QStringLiteral("Records removed for other reasons"), c.removedForOtherReasons)});
    // At least as tall as the rotated "Identification" label, even with a single source.
    double rowHeight = std::max({identified.rect.height(), removed.rect.height(), IDENTIFICATION_MIN_HEIGHT});
    identified.rect.setHeight(rowHeight);
    removed.rect.setHeight(rowHeight);
    const double identificationTop = y;
    y += rowHeight + ROW_GAP;
    const double identificationBottom = y - ROW_GAP;

    // Screening: records, then reports sought, then reports assessed.
    const double screeningTop = y;
    QStringList screenedLines{QStringLiteral("(n = %1)").arg(number(c.screened))};
    if (c.awaitingTitleAbstract > 0)
        screenedLines << counted(QStringLiteral("Awaiting decision"), c.awaitingTitleAbstract);
    Box screened = makeBox(mainX, y, MAIN_WIDTH, QStringLiteral("Records screened"), screenedLines);
    Box excluded = makeBox(sideX,
                           y,
                           SIDE_WIDTH,
                           QStringLiteral("Records excluded"),
                           {QStringLiteral("(n = %1)").arg(number(c.excludedTitleAbstract))});
    rowHeight = std::max(screened.rect.height(), excluded.rect.height());
    screened.rect.setHeight(rowHeight);
    excluded.rect.setHeight(rowHeight);
    y += rowHeight + ROW_GAP;

    Box sought = makeBox(mainX,
                         y,
                         MAIN_WIDTH,
                         QStringLiteral("Reports sought for retrieval"),
                         {QStringLiteral("(n = %1)").arg(number(c.soughtForRetrieval))});
    Box notRetrieved = makeBox(sideX,
                               y,
                               SIDE_WIDTH,
                               QStringLiteral("Reports not retrieved"),
                               {QStringLiteral("(n = %1)").arg(number(c.notRetrieved))});
    y += sought.rect.height() + ROW_GAP;

    QStringList assessedLines{QStringLiteral("(n = %1)").arg(number(c.assessed))};
    if (c.awaitingFullText > 0)
        assessedLines << counted(QStringLiteral("Awaiting decision"), c.awaitingFullText);
    Box assessed = makeBox(mainX, y, MAIN_WIDTH, QStringLiteral("Reports assessed for eligibility"), assessedLines);
    QStringList reasons;
    for (const auto& item : c.excludedByReason)
        reasons << QStringLiteral("    ") + counted(item.label, item.count);
    reasons << counted(QStringLiteral("Total"), c.excludedFullText);
    Box reportsExcluded = makeBox(sideX, y, SIDE_WIDTH, QStringLiteral("Reports excluded:"), reasons);
    rowHeight = std::max(assessed.rect.height(), reportsExcluded.rect.height());
    assessed.rect.setHeight(rowHeight);
    reportsExcluded.rect.setHeight(rowHeight);
    y += rowHeight + ROW_GAP;
    const double screeningBottom = y - ROW_GAP;

    // Included
    Box included = makeBox(mainX,
                           y,
                           MAIN_WIDTH,
                           {},
                           {counted(QStringLiteral("Studies included in review"), c.studiesIncluded),
                            counted(QStringLiteral("Reports of included studies"), c.reportsIncluded)});
    // Tall enough for the rotated phase label beside it.
    included.rect.setHeight(std::max(included.rect.height(), MIN_PHASE_HEIGHT));
    y += included.rect.height();

    m_main = {identified, screened, sought, assessed, included};
    m_side = {removed, excluded, notRetrieved, reportsExcluded};
    m_phases = {{QStringLiteral("Identification"), identificationTop, identificationBottom},
                {QStringLiteral("Screening"), screeningTop, screeningBottom},
                {QStringLiteral("Included"), included.rect.top(), included.rect.bottom()}};
    m_size = QSizeF(sideX + SIDE_WIDTH + MARGIN, y + MARGIN);
}

void PrismaDiagram::paintBox(QPainter& painter, const Box& box)
{
    painter.setPen(QPen(BOX_BORDER, 0.8));
    painter.setBrush(Qt::white);
    painter.drawRect(box.rect);
    const QRectF inner = box.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING);
    // Rows stretched to match their neighbour keep their text in the middle.
    const double rows = (box.heading.isEmpty() ? 0 : 1) + box.lines.size();
    double y = inner.top() + (inner.height() - rows * LINE_HEIGHT) / 2.0;
    // Short count boxes read best centred, lists of sources and reasons left-aligned like the template.
    const bool centred =
        box.lines.size() <= 2 && std::none_of(box.lines.begin(), box.lines.end(), [](const QString& line) {
            return line.startsWith(QLatin1Char(' '));
        });
    const Qt::Alignment alignment = (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter;
    painter.setPen(Qt::black);
    auto drawLine = [&](const QString& text, bool bold) {
        painter.setFont(diagramFont(bold));
        const QFontMetricsF metrics(painter.font());
        const QString shown = metrics.elidedText(text, Qt::ElideMiddle, inner.width());
        painter.drawText(QRectF(inner.left(), y, inner.width(), LINE_HEIGHT), alignment, shown);
        y += LINE_HEIGHT;
    };
    if (!box.heading.isEmpty())
        drawLine(box.heading, true);
    for (const QString& line : box.lines)
        drawLine(line, false);
}

void PrismaDiagram::paintArrow(QPainter& painter, QPointF from, QPointF to)
{
    painter.setPen(QPen(BOX_BORDER, 0.9));
    painter.drawLine(from, to);
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    constexpr double HEAD = 6.0;
    constexpr double SPREAD = 0.45;
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to.x() - HEAD * std::cos(angle - SPREAD), to.y() - HEAD * std::sin(angle - SPREAD));
    head.lineTo(to.x() - HEAD * std::cos(angle + SPREAD), to.y() - HEAD * std::sin(angle + SPREAD));
    head.closeSubpath();
    painter.setBrush(BOX_BORDER);
    painter.drawPath(head);
}

void PrismaDiagram::paint(QPainter& painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), m_size), Qt::white);

    painter.setPen(QPen(BOX_BORDER, 0.8));
    painter.setBrush(TITLE_FILL);
    painter.drawRoundedRect(m_title, 6, 6);
    painter.setFont(diagramFont(true));
    painter.setPen(Qt::black);
    painter.drawText(m_title, Qt::AlignCenter, QStringLiteral("Identification of studies via databases and registers"));

    for (const auto& phase : m_phases) {
        const QRectF bar(MARGIN, phase.top, PHASE_WIDTH, phase.bottom - phase.top);
        painter.setPen(Qt::NoPen);
        painter.setBrush(PHASE_COLOUR);
        painter.drawRoundedRect(bar, 5, 5);
        painter.save();
        painter.translate(bar.center());
        painter.rotate(-90);
        painter.setPen(Qt::black);
        painter.setFont(diagramFont(true));
        painter.drawText(
            QRectF(-bar.height() / 2, -bar.width() / 2, bar.height(), bar.width()), Qt::AlignCenter, phase.label);
        painter.restore();
    }

    for (const auto& box : m_main)
        paintBox(painter, box);
    for (const auto& box : m_side)
        paintBox(painter, box);

    for (std::size_t i = 0; i + 1 < m_main.size(); ++i) {
        const QRectF& above = m_main[i].rect;
        const QRectF& below = m_main[i + 1].rect;
        paintArrow(painter, QPointF(above.center().x(), above.bottom()), QPointF(below.center().x(), below.top()));
    }
    for (std::size_t i = 0; i < m_side.size(); ++i) {
        const QRectF& from = m_main[i].rect;
        const QRectF& to = m_side[i].rect;
        const double y = std::min(from.center().y(), to.center().y());
        paintArrow(painter, QPointF(from.right(), y), QPointF(to.left(), y));
    }
    painter.restore();
}

} // namespace stemma::render
