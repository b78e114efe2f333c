// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/ReportsView.h"

#include "core/Log.h"
#include "core/ReviewProject.h"
#include "core/db/OutcomeRepository.h"
#include "ui/ProjectSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

const QString DEFAULT_OUTCOME = QStringLiteral("mRSS");
constexpr int LIST_WIDTH_CHARS = 40;

/** Shows a wait cursor while an export runs on the GUI thread; they take well under a second. */
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

QString baseName(ReportItem item)
{
    switch (item) {
    case ReportItem::Prisma:
        return QStringLiteral("prisma-flow");
    case ReportItem::StudyCharacteristics:
        return QStringLiteral("study-characteristics");
    case ReportItem::Comparison:
        return QStringLiteral("comparison");
    }
    return {};
}

} // namespace

ReportsView::ReportsView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* itemsLabel = new QLabel(tr("Report &items"), side);
    sideLayout->addWidget(itemsLabel);
    m_items = new QListWidget(side);
    m_items->setObjectName(QStringLiteral("reportItemList"));
    m_items->setSpacing(2);
    for (int i = 0; i < REPORT_ITEM_COUNT; ++i) {
        const auto item = static_cast<ReportItem>(i);
        auto* entry = new QListWidgetItem(ReportDocument::itemTitle(item), m_items);
        entry->setToolTip(ReportDocument::itemDescription(item));
    }
    m_items->setMinimumWidth(fontMetrics().averageCharWidth() * LIST_WIDTH_CHARS);
    // Three items need no more room than they take; the options sit right under them.
    m_items->setFixedHeight(m_items->sizeHintForRow(0) * REPORT_ITEM_COUNT + 8 * REPORT_ITEM_COUNT +
                            2 * m_items->frameWidth());
    itemsLabel->setBuddy(m_items);
    sideLayout->addWidget(m_items);
    m_description = new QLabel(side);
    m_description->setObjectName(QStringLiteral("reportDescriptionLabel"));
    m_description->setWordWrap(true);
    sideLayout->addWidget(m_description);

    auto* itemBox = new QGroupBox(tr("Selected item"), side);
    auto* itemLayout = new QFormLayout(itemBox);
    m_outcome = new QComboBox(itemBox);
    m_outcome->setObjectName(QStringLiteral("reportOutcomeComboBox"));
    m_outcome->setToolTip(tr("The outcome of the MSC-vs-HSCT comparison, here and in the full report"));
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcome->setMinimumContentsLength(LIST_WIDTH_CHARS / 2);
    itemLayout->addRow(tr("&Outcome:"), m_outcome);
    m_format = new QComboBox(itemBox);
    m_format->setObjectName(QStringLiteral("reportFormatComboBox"));
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_format->setMinimumContentsLength(LIST_WIDTH_CHARS / 2);
    itemLayout->addRow(tr("&Format:"), m_format);
    m_export = new QPushButton(tr("&Export item…"), itemBox);
    m_export->setObjectName(QStringLiteral("exportItemPushButton"));
    m_export->setToolTip(tr("Save the selected item in the chosen format"));
    itemLayout->addRow(m_export);
    sideLayout->addWidget(itemBox);

    auto* reportBox = new QGroupBox(tr("Full report"), side);
    auto* reportLayout = new QVBoxLayout(reportBox);
    auto* reportText = new QLabel(
        tr("One PDF with the PRISMA diagram, the study characteristics and the comparison with its forest plot."),
        reportBox);
    reportText->setWordWrap(true);
    reportLayout->addWidget(reportText);
    m_exportAll = new QPushButton(tr("Export &full report…"), reportBox);
    m_exportAll->setObjectName(QStringLiteral("exportFullReportPushButton"));
    reportLayout->addWidget(m_exportAll);
    sideLayout->addWidget(reportBox);
    sideLayout->addStretch(1);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_preview = new QTextBrowser(right);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    rightLayout->addWidget(m_preview, 1);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_status->setWordWrap(true);
    rightLayout->addWidget(m_status);
    splitter->addWidget(side);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    fillOutcomes();
    m_items->setCurrentRow(0);
    fillFormats();
    m_description->setText(ReportDocument::itemDescription(currentItem()));

    connect(m_items, &QListWidget::currentRowChanged, this, [this] {
        fillFormats();
        m_description->setText(ReportDocument::itemDescription(currentItem()));
        showPreview();
    });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            showPreview();
    });
    connect(m_export, &QPushButton::clicked, this, &ReportsView::exportCurrentDialog);
    connect(m_exportAll, &QPushButton::clicked, this, &ReportsView::exportFullReportDialog);
    // A report shows every part of the project, so any change makes it stale; it is read again
    // only when it is looked at.
    const auto markStale = [this] {
        m_stale = true;
        if (isVisible())
            showPreview();
    };
    connect(&m_session, &ProjectSession::changeApplied, this, markStale);
    connect(&m_session, &ProjectSession::reloaded, this, markStale);
}

ReportsView::~ReportsView() = default;

void ReportsView::fillOutcomes()
{
    const QString current = m_outcome->currentData().toString();
    const QSignalBlocker blocker(m_outcome);
    m_outcome->clear();
    auto measures = m_session.project().outcomes().measures();
    if (!measures) {
        core::log::ui()->warn("cannot list outcome measures: {}", measures.error().message);
        return;
    }
    // Only outcomes some study reports make a comparison worth offering.
    for (const core::OutcomeMeasure& measure : *measures) {
        auto results = m_session.project().outcomes().resultsForMeasure(measure.id);
        if (results && !results->empty())
            m_outcome->addItem(QStringLiteral("%1 — %2").arg(measure.code, measure.name), measure.code);
    }
    int index = m_outcome->findData(current.isEmpty() ? DEFAULT_OUTCOME : current);
    if (index < 0)
        index = m_outcome->findData(DEFAULT_OUTCOME);
    m_outcome->setCurrentIndex(index < 0 ? 0 : index);
    m_outcome->setEnabled(m_outcome->count() > 0);
}

void ReportsView::fillFormats()
{
    const QString current = m_format->currentData().toString();
    m_format->clear();
    const ReportItem item = currentItem();
    for (const QString& extension : ReportDocument::formats(item))
        m_format->addItem(QStringLiteral("%1 (.%2)").arg(ReportDocument::formatName(item, extension), extension),
                          extension);
    const int index = m_format->findData(current);
    m_format->setCurrentIndex(index < 0 ? 0 : index);
}

ReportItem ReportsView::currentItem() const
{
    const int row = m_items->currentRow();
    return row < 0 ? ReportItem::Prisma : static_cast<ReportItem>(row);
}

void ReportsView::setCurrentItem(ReportItem item)
{
    m_items->setCurrentRow(static_cast<int>(item));
}

bool ReportsView::setOutcome(const QString& code)
{
    const int index = m_outcome->findData(code);
    if (index < 0)
        return false;
    m_outcome->setCurrentIndex(index);
    return true;
}

bool ReportsView::ensureReport()
{
    if (!m_stale && m_report)
        return true;
    if (m_report) // the first read follows the outcomes filled in by the constructor
        fillOutcomes();
    auto data = ReportDocument::gather(m_session.project(), m_outcome->currentData().toString());
    if (!data) {
        core::log::ui()->warn("cannot read the report data: {}", data.error().message);
        m_report.reset();
        setStatus(tr("The report could not be read from the project: %1").arg(data.error().message));
        return false;
    }
    m_report = std::make_unique<ReportDocument>(std::move(*data));
    m_stale = false;
    return true;
}

void ReportsView::showPreview()
{
    if (!ensureReport()) {
        m_preview->clear();
        m_export->setEnabled(false);
        m_exportAll->setEnabled(false);
        return;
    }
    const ReportItem item = currentItem();
    m_report->buildItem(item, *m_preview->document());
    const bool missing = item == ReportItem::Comparison && !m_report->data().comparison;
    m_export->setEnabled(!missing);
    m_exportAll->setEnabled(true);
    m_outcome->setEnabled(m_outcome->count() > 0);
    setStatus(missing ? m_report->data().comparisonProblem : QString());
}

void ReportsView::showEvent(QShowEvent* event)
{
    if (m_stale || !m_report)
        showPreview();
    QWidget::showEvent(event);
}

core::Result<void> ReportsView::exportItem(ReportItem item, const QString& path)
{
    if (!ensureReport())
        return core::makeError(core::ErrorCode::Database, m_status->text());
    const WaitCursor wait;
    return m_report->exportItem(item, path);
}

core::Result<void> ReportsView::exportFullReport(const QString& path)
{
    if (!ensureReport())
        return core::makeError(core::ErrorCode::Database, m_status->text());
    const WaitCursor wait;
    return m_report->writeFullReport(path);
}

void ReportsView::exportCurrentDialog()
{
    const ReportItem item = currentItem();
    const QString extension = m_format->currentData().toString();
    const QString folder = QFileInfo(m_session.project().path()).absolutePath();
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export %1").arg(ReportDocument::itemTitle(item)),
        QDir(folder).filePath(baseName(item) + QLatin1Char('.') + extension),
        QStringLiteral("%1 (*.%2)").arg(ReportDocument::formatName(item, extension), extension));
    if (path.isEmpty())
        return;
    auto written = exportItem(item, path);
    if (!written)
        showError(tr("The %1 was not exported.").arg(ReportDocument::itemTitle(item)), written.error().message);
    else
        setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsView::exportFullReportDialog()
{
    const QString folder = QFileInfo(m_session.project().path()).absolutePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export full report"), QDir(folder).filePath(QStringLiteral("report.pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = exportFullReport(path);
    if (!written)
        showError(tr("The report was not exported."), written.error().message);
    else
        setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsView::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ReportsView::showError(const QString& what, const QString& message)
{
    core::log::ui()->warn("{} {}", what, message);
    QMessageBox box(QMessageBox::Warning, tr("Export failed"), what, QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.exec();
}

} // namespace stemma::ui
