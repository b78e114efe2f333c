// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareView.h"

#include "core/ReviewProject.h"
#include "core/compare/ComparisonExport.h"
#include "core/db/OutcomeRepository.h"
#include "ui/ProjectSession.h"
#include "ui/compare/CompareFilters.h"
#include "ui/render/ComparisonDocument.h"
#include "ui/render/ForestPlot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stemma::ui {

using namespace core::compare;

namespace {

constexpr int ALL_FAMILIES = -1;
constexpr double MIN_SCALE = 1.0;
constexpr double MAX_SCALE = 1.6;

QString percentOrChange(const Comparison& c, std::optional<double> v)
{
    if (!v)
        return {};
    return c.proportions ? QString::number(*v * 100.0, 'f', 1) + QLatin1Char('%') : QString::number(*v, 'f', 2);
}

QString withCi(const Comparison& c, std::optional<double> est, std::optional<double> lb, std::optional<double> ub)
{
    if (!est)
        return QObject::tr("not pooled");
    QString text = percentOrChange(c, est);
    if (lb && ub)
        text += QStringLiteral(" [%1, %2]").arg(percentOrChange(c, lb), percentOrChange(c, ub));
    return text;
}

/** Short design names keep the tables narrow; the full name is in the cell's tooltip. */
QString shortDesign(core::StudyDesign design)
{
    switch (design) {
    case core::StudyDesign::Rct:
        return QObject::tr("RCT");
    case core::StudyDesign::NonRandomisedTrial:
        return QObject::tr("Non-rand. trial");
    case core::StudyDesign::ConferenceAbstract:
        return QObject::tr("Abstract");
    case core::StudyDesign::Unknown:
        return QStringLiteral("\u2013");
    default:
        return core::displayName(design);
    }
}

QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!tip.isEmpty())
        cell->setToolTip(tip);
    return cell;
}

QTableWidgetItem* numberItem(const QString& text, const QString& tip = {})
{
    QTableWidgetItem* cell = item(text, tip);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

/** Columns that fit their text, the one or two that take the rest elide, and there is no horizontal scrollbar. */
void fitColumns(QTableWidget* table, std::initializer_list<int> stretching)
{
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : stretching)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

bool anyFilter(const CompareOptions& o)
{
    return !o.disease.isEmpty() || !o.designs.empty() || o.minFollowUpMonths || o.maxFollowUpMonths || o.onlyIncluded ||
           o.timepointMonths;
}

/** Says plainly that nothing could be compared, and why as far as is known. */
QString emptyMessage(const Comparison& c)
{
    const QString outcome = QStringLiteral("%1 (%2)").arg(c.measure.code, c.measure.name);
    QString text = anyFilter(c.options)
                       ? QObject::tr("No usable %1 results with these filters and timepoint.").arg(outcome)
                       : QObject::tr("No study in this project has usable %1 results yet.").arg(outcome);
    if (!c.skipped.isEmpty())
        text += QObject::tr(" %n result(s) could not be used: ", nullptr, static_cast<int>(c.skipped.size())) +
                c.skipped.join(QStringLiteral("; ")) + QLatin1Char('.');
    return text;
}

} // namespace

ForestPlotWidget::ForestPlotWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("forestPlot"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void ForestPlotWidget::setComparison(const std::optional<Comparison>& comparison,
                                     std::vector<int> rows,
                                     const QString& emptyText)
{
    m_comparison = comparison;
    m_rows = std::move(rows);
    m_emptyText = emptyText;
    if (m_comparison && m_comparison->rows.empty())
        m_comparison.reset();
    updateGeometry();
    update();
}

QSize ForestPlotWidget::sizeHint() const
{
    if (!m_comparison)
        return {400, 200};
    return render::ForestPlot(*m_comparison, m_rows).size().toSize();
}

QSize ForestPlotWidget::minimumSizeHint() const
{
    // Below this the text gets too small to read; the scroll area scrolls instead.
    if (!m_comparison)
        return {200, 100};
    return (render::ForestPlot(*m_comparison, m_rows).size() * MIN_SCALE).toSize();
}

void ForestPlotWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!m_comparison) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QString text = m_emptyText.isEmpty() ? tr("No results for this outcome.") : m_emptyText;
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    const render::ForestPlot plot(*m_comparison, m_rows);
    const QSizeF size = plot.size();
    // As large as fits the pane (up to 1.6 times), never smaller than drawn in exports (the pane
    // scrolls instead), centred across the width.
    const double scale = std::clamp(std::min(width() / size.width(), height() / size.height()), MIN_SCALE, MAX_SCALE);
    painter.translate(std::max(0.0, (width() - size.width() * scale) / 2.0), 0.0);
    painter.scale(scale, scale);
    plot.paint(painter);
}

CompareView::CompareView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("compareView"));
    m_filters = new CompareFilters(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);

    m_rows = new QTableWidget(this);
    m_rows->setObjectName(QStringLiteral("compareRows"));
    m_rows->setColumnCount(8);
    m_rows->setHorizontalHeaderLabels({tr("Group"),
                                       tr("Studies"),
                                       tr("Patients"),
                                       tr("Estimate [95% CI]"),
                                       tr("I²"),
                                       tr("Range"),
                                       tr("Best design"),
                                       tr("Method")});
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rows->verticalHeader()->hide();
    fitColumns(m_rows, {7});

    m_details = new QTableWidget(this);
    m_details->setObjectName(QStringLiteral("compareDetails"));
    m_details->setColumnCount(8);
    m_details->setHorizontalHeaderLabels({tr("Study"),
                                          tr("Design"),
                                          tr("Arm / patient"),
                                          tr("Months"),
                                          tr("n"),
                                          tr("Value [95% CI]"),
                                          tr("Weight"),
                                          tr("Note")});
    m_details->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->setSelectionMode(QAbstractItemView::SingleSelection);
    m_details->verticalHeader()->hide();
    fitColumns(m_details, {2, 7});

    m_plotFamily = new QComboBox(this);
    m_plotFamily->setObjectName(QStringLiteral("comparePlotFamily"));
    m_plotFamily->setToolTip(tr("Draw every family one above the other on one axis, or one family alone."));
    m_plot = new ForestPlotWidget(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_plot);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);
    auto* plotPane = new QWidget(this);
    auto* plotBar = new QHBoxLayout;
    plotBar->addWidget(new QLabel(tr("Forest plot:"), plotPane));
    plotBar->addWidget(m_plotFamily);
    plotBar->addStretch(1);
    auto* plotLayout = new QVBoxLayout(plotPane);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    plotLayout->addLayout(plotBar);
    plotLayout->addWidget(scroll, 1);

    auto* detailsPane = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* detailsTitle =
        new QLabel(tr("Studies behind the selected row; double-click a value (or press Enter) to open it in Studies:"),
                   detailsPane);
    detailsLayout->addWidget(detailsTitle);
    detailsLayout->addWidget(m_details, 1);

    // Every table spans the width so none of its columns is cut; the plot takes the height left.
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("compareSplitter"));
    m_split->addWidget(detailsPane);
    m_split->addWidget(plotPane);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({160, 500});
    m_detailsTitle = detailsTitle;
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_rows);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_status);

    loadOutcomes();
    connect(m_filters, &CompareFilters::changed, this, &CompareView::refresh);
    connect(m_filters, &CompareFilters::exportRequested, this, &CompareView::exportDialog);
    connect(m_plotFamily, &QComboBox::currentIndexChanged, this, [this] {
        m_plot->setComparison(m_comparison, plottedRows());
    });
    connect(m_rows, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) { showRow(row); });
    connect(m_rows, &QTableWidget::cellActivated, this, [this](int row, int) {
        showRow(row);
        m_details->setFocus(Qt::OtherFocusReason);
        if (m_details->rowCount() > 0)
            m_details->selectRow(0);
    });
    connect(m_details, &QTableWidget::cellActivated, this, [this](int row, int) { activateValue(row); });
    connect(&m_session, &ProjectSession::studyChanged, this, &CompareView::refresh);
    connect(&m_session, &ProjectSession::reloaded, this, &CompareView::refresh);
    refresh();
}

QComboBox* CompareView::outcomeCombo() const
{
    return m_filters->outcomeCombo();
}
QComboBox* CompareView::groupingCombo() const
{
    return m_filters->groupingCombo();
}
QSpinBox* CompareView::timepointSpin() const
{
    return m_filters->timepointSpin();
}
QCheckBox* CompareView::includedCheck() const
{
    return m_filters->includedCheck();
}

void CompareView::loadOutcomes()
{
    auto measures = m_session.project().outcomes().measures();
    if (measures)
        m_filters->setOutcomes(*measures);
}

void CompareView::refresh()
{
    const CompareOptions options = m_filters->options();
    m_rows->setRowCount(0);
    m_details->setRowCount(0);
    m_shownRow = -1;
    m_comparison.reset();
    if (options.outcomeCode.isEmpty()) {
        const QString text = tr("The project has no outcome measures to compare.");
        m_status->setText(text);
        m_plot->setComparison(m_comparison, {}, text);
        fillPlotFamilies();
        fitRowsTable();
        return;
    }
    auto result = compareOutcome(m_session.project(), options);
    if (!result) {
        m_status->setText(result.error().message);
        m_plot->setComparison(m_comparison, {}, result.error().message);
        fillPlotFamilies();
        fitRowsTable();
        return;
    }
    m_comparison = std::move(*result);
    const Comparison& c = *m_comparison;
    const QSignalBlocker blocker(m_rows);
    m_rows->setRowCount(static_cast<int>(c.rows.size()));
    for (int i = 0; i < static_cast<int>(c.rows.size()); ++i) {
        const ComparisonRow& row = c.rows[static_cast<std::size_t>(i)];
        const QString kind = row.kind == RowKind::PatientLevel ? tr("Individual patient data, pooled per patient")
                                                               : tr("Aggregate (arm-level) data, pooled per study arm");
        m_rows->setItem(i, 0, item(row.label(), kind));
        m_rows->setItem(i, 1, numberItem(QString::number(row.studyCount)));
        m_rows->setItem(i, 2, numberItem(QString::number(row.patients)));
        auto* estimate = numberItem(withCi(c, row.estimate, row.ciLb, row.ciUb) +
                                        (row.anyImputedSd ? QStringLiteral(" †") : QString()),
                                    tr("Select to see the studies behind this number."));
        m_rows->setItem(i, 3, estimate);
        // Heterogeneity needs two pooled studies; with one, or for patient-level pooling, it does not exist.
        const bool hasI2 = row.i2 && row.pooledCount > 1 && row.kind == RowKind::Aggregate;
        m_rows->setItem(
            i,
            4,
            numberItem(hasI2 ? QString::number(*row.i2, 'f', 0) + QLatin1Char('%') : QStringLiteral("\u2013"),
                       hasI2 ? QString() : tr("Not defined for fewer than two pooled studies.")));
        // One study value has no range to speak of: it is shown once, not as "x to x".
        QString range;
        if (row.rangeMin) {
            const QString low = percentOrChange(c, row.rangeMin);
            const QString high = percentOrChange(c, row.rangeMax);
            range = low == high ? low : QStringLiteral("%1 to %2").arg(low, high);
        }
        m_rows->setItem(i, 5, numberItem(range));
        m_rows->setItem(i, 6, item(shortDesign(row.bestDesign), core::displayName(row.bestDesign)));
        QString method = describe(row.pooling);
        if (!row.notes.isEmpty())
            method += QStringLiteral("; ") + row.notes.join(QStringLiteral("; "));
        m_rows->setItem(i, 7, item(method, method));
    }
    fillPlotFamilies();
    m_plot->setComparison(m_comparison, plottedRows(), c.rows.empty() ? emptyMessage(c) : QString());
    if (c.rows.empty()) {
        m_status->setText(emptyMessage(c));
        fitRowsTable();
        return;
    }
    QString status = c.proportions ? tr("Proportions in percent; logit random effects (REML).")
                                   : tr("Mean change from baseline; random effects (REML). † change SD imputed.");
    if (!c.skipped.isEmpty())
        status += tr(" %n result(s) skipped.", nullptr, static_cast<int>(c.skipped.size()));
    m_status->setText(status);
    fitRowsTable();
    m_rows->selectRow(0);
    showRow(0);
}

void CompareView::fitRowsTable()
{
    // As tall as its rows (three to eight), so the studies and the plot below get the rest.
    const int shown = std::clamp(m_rows->rowCount(), 3, 8);
    const int rowHeight = m_rows->verticalHeader()->defaultSectionSize();
    m_rows->setFixedHeight(m_rows->horizontalHeader()->sizeHint().height() + shown * rowHeight +
                           2 * m_rows->frameWidth() + 2);
}

void CompareView::fillPlotFamilies()
{
    const int wanted = m_plotFamily->currentIndex() >= 0 ? m_plotFamily->currentData().toInt() : ALL_FAMILIES;
    const QSignalBlocker blocker(m_plotFamily);
    m_plotFamily->clear();
    m_plotFamily->addItem(tr("All families, one above the other"), ALL_FAMILIES);
    if (m_comparison) {
        std::vector<core::InterventionFamily> families;
        for (const auto& row : m_comparison->rows)
            if (std::find(families.begin(), families.end(), row.family) == families.end())
                families.push_back(row.family);
        for (auto family : families)
            m_plotFamily->addItem(core::displayName(family), static_cast<int>(family));
    }
    m_plotFamily->setCurrentIndex(std::max(0, m_plotFamily->findData(wanted)));
    m_plotFamily->setEnabled(m_plotFamily->count() > 2);
}

std::vector<int> CompareView::plottedRows() const
{
    std::vector<int> rows;
    if (!m_comparison)
        return rows;
    const int family = m_plotFamily->currentData().toInt();
    for (int i = 0; i < static_cast<int>(m_comparison->rows.size()); ++i)
        if (family == ALL_FAMILIES ||
            static_cast<int>(m_comparison->rows[static_cast<std::size_t>(i)].family) == family)
            rows.push_back(i);
    return rows;
}

void CompareView::showRow(int index)
{
    m_details->setRowCount(0);
    m_shownRow = -1;
    if (!m_comparison || index < 0 || index >= static_cast<int>(m_comparison->rows.size()))
        return;
    m_shownRow = index;
    const Comparison& c = *m_comparison;
    const ComparisonRow& row = c.rows[static_cast<std::size_t>(index)];
    m_details->setRowCount(static_cast<int>(row.values.size()));
    const QString open = tr("Double-click to open this value in the Studies part.");
    for (int i = 0; i < static_cast<int>(row.values.size()); ++i) {
        const StudyValue& v = row.values[static_cast<std::size_t>(i)];
        QStringList ids;
        for (auto id : v.results)
            ids << QString::number(id.value);
        const QString source = tr("Outcome result %1. %2").arg(ids.join(QStringLiteral(", ")), open);
        m_details->setItem(i, 0, item(v.studyLabel, open));
        m_details->setItem(i, 1, item(shortDesign(v.design), core::displayName(v.design)));
        m_details->setItem(i, 2, item(v.arm, v.arm));
        m_details->setItem(i, 3, numberItem(v.timepointMonths ? QString::number(*v.timepointMonths) : QString()));
        m_details->setItem(
            i, 4, numberItem(v.events ? QStringLiteral("%1/%2").arg(*v.events).arg(v.n) : QString::number(v.n)));
        m_details->setItem(i, 5, numberItem(withCi(c, v.estimate, v.ciLb, v.ciUb), source));
        m_details->setItem(
            i, 6, numberItem(v.weight ? QString::number(*v.weight, 'f', 1) + QLatin1Char('%') : QString()));
        m_details->setItem(i, 7, item(v.note, v.note.isEmpty() ? source : v.note + QStringLiteral("\n") + source));
    }
    fitDetails();
}

void CompareView::fitDetails()
{
    // Until the reviewer drags the divider, the studies get the height of their rows (two to six)
    // and the plot the rest.
    if (m_splitMoved)
        return;
    const int shown = std::clamp(m_details->rowCount(), 2, 6);
    const int wanted = m_detailsTitle->sizeHint().height() + m_details->horizontalHeader()->sizeHint().height() +
                       shown * m_details->verticalHeader()->defaultSectionSize() + 2 * m_details->frameWidth() + 8;
    const int total = m_split->height() > 0 ? m_split->height() : 660;
    m_split->setSizes({wanted, std::max(total - wanted, 100)});
}

void CompareView::activateValue(int index)
{
    if (!m_comparison || m_shownRow < 0)
        return;
    const ComparisonRow& row = m_comparison->rows[static_cast<std::size_t>(m_shownRow)];
    if (index < 0 || index >= static_cast<int>(row.values.size()))
        return;
    const StudyValue& value = row.values[static_cast<std::size_t>(index)];
    // A change computed from two means lists the baseline first; the value at the timepoint is last.
    emit openStudyValueRequested(value.study, value.results.empty() ? core::OutcomeResultId() : value.results.back());
}

core::Result<void> CompareView::exportTo(const QString& path) const
{
    if (!m_comparison)
        return core::makeError(core::ErrorCode::InvalidArgument, tr("Nothing to export."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(*m_comparison, path);
    if (suffix == QLatin1String("odt"))
        return render::ComparisonDocument(*m_comparison).writeOdt(path);
    if (suffix == QLatin1String("pdf"))
        return render::ComparisonDocument(*m_comparison).writePdf(path);
    if (suffix == QLatin1String("svg") || suffix == QLatin1String("png"))
        return render::ForestPlot(*m_comparison, plottedRows()).save(path);
    const auto format = tableFormatFromName(suffix);
    if (!format)
        return core::makeError(core::ErrorCode::InvalidArgument, tr("Unknown export format: .%1").arg(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(exportDocument(*m_comparison, *format).toUtf8()) < 0)
        return core::makeError(core::ErrorCode::Io, tr("Cannot write %1").arg(path));
    return {};
}

void CompareView::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export comparison"),
        QString(),
        tr("PDF (*.pdf);;Spreadsheet (*.xlsx);;OpenDocument text (*.odt);;CSV (*.csv);;Markdown (*.md);;"
           "HTML (*.html);;LaTeX (*.tex);;Forest plot SVG (*.svg);;Forest plot PNG (*.png)"));
    if (path.isEmpty())
        return;
    auto written = exportTo(path);
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), written.error().message);
}

} // namespace stemma::ui
