// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compare/CompareView.h"

#include "core/ReviewProject.h"
#include "core/compare/ComparisonExport.h"
#include "core/db/OutcomeRepository.h"
#include "ui/ProjectSession.h"
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
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace stemma::ui {

using namespace core::compare;

namespace {

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

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return cell;
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

void ForestPlotWidget::setComparison(const std::optional<Comparison>& comparison)
{
    m_comparison = comparison;
    if (m_comparison && m_comparison->rows.empty())
        m_comparison.reset();
    updateGeometry();
    update();
}

QSize ForestPlotWidget::sizeHint() const
{
    if (!m_comparison)
        return {400, 200};
    return render::ForestPlot(*m_comparison).size().toSize();
}

void ForestPlotWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!m_comparison) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No results for this outcome."));
        return;
    }
    const render::ForestPlot plot(*m_comparison);
    const QSizeF size = plot.size();
    const double scale = std::min(width() / size.width(), 1.6);
    painter.scale(scale, scale);
    plot.paint(painter);
}

CompareView::CompareView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("compareView"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("compareOutcome"));
    // Long outcome names must not widen the whole window's minimum size.
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcome->setMinimumContentsLength(12);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("compareGrouping"));
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_grouping->setMinimumContentsLength(8);
    m_grouping->addItem(tr("Intervention family"), static_cast<int>(Grouping::Family));
    m_grouping->addItem(tr("MSC source"), static_cast<int>(Grouping::MscSource));
    m_grouping->addItem(tr("Donor"), static_cast<int>(Grouping::Donor));
    m_grouping->addItem(tr("HSCT conditioning"), static_cast<int>(Grouping::Conditioning));
    m_grouping->addItem(tr("Study design"), static_cast<int>(Grouping::Design));
    m_timepoint = new QSpinBox(this);
    m_timepoint->setObjectName(QStringLiteral("compareTimepoint"));
    m_timepoint->setRange(0, 600);
    m_timepoint->setSpecialValueText(tr("Latest"));
    m_timepoint->setSuffix(tr(" months"));
    m_timepoint->setToolTip(tr("Results within 3 months of this timepoint; Latest takes each arm's last follow-up."));
    m_included = new QCheckBox(tr("Included only"), this);
    m_included->setToolTip(tr("Only studies with a reference included at screening."));
    m_export = new QToolButton(this);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Tables and plot…"), this, &CompareView::exportDialog);
    m_export->setMenu(menu);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Outcome:"), this));
    bar->addWidget(m_outcome, 1);
    bar->addWidget(new QLabel(tr("Rows:"), this));
    bar->addWidget(m_grouping);
    bar->addWidget(new QLabel(tr("Timepoint:"), this));
    bar->addWidget(m_timepoint);
    bar->addWidget(m_included);
    bar->addWidget(m_export);

    m_rows = new QTableWidget(this);
    m_rows->setObjectName(QStringLiteral("compareRows"));
    m_rows->setColumnCount(9);
    m_rows->setHorizontalHeaderLabels({tr("Group"),
                                       tr("Data"),
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
    m_rows->horizontalHeader()->setStretchLastSection(true);

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
                                          tr("Note / result ids")});
    m_details->verticalHeader()->hide();
    m_details->horizontalHeader()->setStretchLastSection(true);

    m_plot = new ForestPlotWidget(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_plot);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_rows);
    left->addWidget(m_details);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    loadOutcomes();
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CompareView::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &CompareView::refresh);
    connect(m_timepoint, &QSpinBox::valueChanged, this, &CompareView::refresh);
    connect(m_included, &QCheckBox::toggled, this, &CompareView::refresh);
    connect(m_rows, &QTableWidget::cellClicked, this, [this](int row, int) { showRow(row); });
    connect(&m_session, &ProjectSession::changed, this, &CompareView::refresh);
    refresh();
}

void CompareView::loadOutcomes()
{
    auto measures = m_session.project().outcomes().measures();
    if (!measures)
        return;
    for (const auto& m : *measures)
        m_outcome->addItem(QStringLiteral("%1 — %2").arg(m.code, m.name), m.code);
    const int skin = m_outcome->findData(QStringLiteral("mRSS"));
    if (skin >= 0)
        m_outcome->setCurrentIndex(skin);
}

void CompareView::refresh()
{
    CompareOptions options;
    options.outcomeCode = m_outcome->currentData().toString();
    options.grouping = static_cast<Grouping>(m_grouping->currentData().toInt());
    if (m_timepoint->value() > 0)
        options.timepointMonths = m_timepoint->value();
    options.onlyIncluded = m_included->isChecked();
    m_rows->setRowCount(0);
    m_details->setRowCount(0);
    if (options.outcomeCode.isEmpty()) {
        m_comparison.reset();
        m_plot->setComparison(m_comparison);
        return;
    }
    auto result = compareOutcome(m_session.project(), options);
    if (!result) {
        m_comparison.reset();
        m_plot->setComparison(m_comparison);
        m_status->setText(result.error().message);
        return;
    }
    m_comparison = std::move(*result);
    const Comparison& c = *m_comparison;
    m_rows->setRowCount(static_cast<int>(c.rows.size()));
    for (int i = 0; i < static_cast<int>(c.rows.size()); ++i) {
        const ComparisonRow& row = c.rows[static_cast<std::size_t>(i)];
        m_rows->setItem(i, 0, item(row.label()));
        m_rows->setItem(i, 1, item(displayName(row.kind)));
        m_rows->setItem(i, 2, item(QString::number(row.studyCount)));
        m_rows->setItem(i, 3, item(QString::number(row.patients)));
        auto* estimate =
            item(withCi(c, row.estimate, row.ciLb, row.ciUb) + (row.anyImputedSd ? QStringLiteral(" †") : QString()));
        estimate->setToolTip(tr("Click to see the studies behind this number."));
        m_rows->setItem(i, 4, estimate);
        m_rows->setItem(
            i,
            5,
            item(row.i2 && row.pooledCount > 1 ? QString::number(*row.i2, 'f', 0) + QLatin1Char('%') : QString()));
        m_rows->setItem(i,
                        6,
                        item(row.rangeMin ? QStringLiteral("%1 to %2")
                                                .arg(percentOrChange(c, row.rangeMin), percentOrChange(c, row.rangeMax))
                                          : QString()));
        m_rows->setItem(i, 7, item(core::displayName(row.bestDesign)));
        m_rows->setItem(i, 8, item(describe(row.pooling)));
    }
    m_rows->resizeColumnsToContents();
    m_plot->setComparison(m_comparison);
    QString status = c.proportions ? tr("Proportions in percent; logit random effects (REML).")
                                   : tr("Mean change from baseline; random effects (REML). † change SD imputed.");
    if (!c.skipped.isEmpty())
        status += tr(" %n result(s) skipped.", nullptr, static_cast<int>(c.skipped.size()));
    m_status->setText(status);
    if (!c.rows.empty()) {
        m_rows->selectRow(0);
        showRow(0);
    }
}

void CompareView::showRow(int index)
{
    m_details->setRowCount(0);
    if (!m_comparison || index < 0 || index >= static_cast<int>(m_comparison->rows.size()))
        return;
    const Comparison& c = *m_comparison;
    const ComparisonRow& row = c.rows[static_cast<std::size_t>(index)];
    m_details->setRowCount(static_cast<int>(row.values.size()));
    for (int i = 0; i < static_cast<int>(row.values.size()); ++i) {
        const StudyValue& v = row.values[static_cast<std::size_t>(i)];
        m_details->setItem(i, 0, item(v.studyLabel));
        m_details->setItem(i, 1, item(core::displayName(v.design)));
        m_details->setItem(i, 2, item(v.arm));
        m_details->setItem(i, 3, item(v.timepointMonths ? QString::number(*v.timepointMonths) : QString()));
        m_details->setItem(
            i, 4, item(v.events ? QStringLiteral("%1/%2").arg(*v.events).arg(v.n) : QString::number(v.n)));
        m_details->setItem(i, 5, item(withCi(c, v.estimate, v.ciLb, v.ciUb)));
        m_details->setItem(i, 6, item(v.weight ? QString::number(*v.weight, 'f', 1) + QLatin1Char('%') : QString()));
        QStringList ids;
        for (auto id : v.results)
            ids << QString::number(id.value);
        QString note = v.note;
        if (!note.isEmpty())
            note += QStringLiteral("; ");
        m_details->setItem(i, 7, item(note + tr("results %1").arg(ids.join(QStringLiteral(", ")))));
    }
    m_details->resizeColumnsToContents();
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
        return render::ForestPlot(*m_comparison).save(path);
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
