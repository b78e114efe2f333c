// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

enum Column { FileColumn, FormatColumn, ReadColumn, ImportedColumn, MergedColumn, ProblemsColumn, ColumnCount };

QTableWidgetItem* numberItem(int value)
{
    auto* item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportDialog::ImportDialog(const QString& projectPath, const QStringList& files, QWidget* parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_files(files)
{
    setWindowTitle(tr("Import"));
    m_statusLabel = new QLabel(tr("Preparing to import %n file(s)…", nullptr, int(files.size())), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);

    m_summary = new QTableWidget(0, ColumnCount, this);
    m_summary->setHorizontalHeaderLabels(
        {tr("File"), tr("Format"), tr("Records"), tr("Imported"), tr("Merged"), tr("Problems")});
    m_summary->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    for (int column = FormatColumn; column < ColumnCount; ++column)
        m_summary->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_summary->verticalHeader()->hide();
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(tr("Problems found in the files are listed here, with their line numbers."));
    m_problems->setMaximumBlockCount(5000);

    auto* buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setToolTip(tr("Stop importing; the file being read is left out entirely (Esc)"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 2);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 28);

    connect(&m_controller, &ImportController::progressChanged, this, [this](int perMille, const QString& file) {
        m_progress->setValue(perMille);
        if (!file.isEmpty())
            m_statusLabel->setText(tr("Importing %1…").arg(file));
    });
    connect(&m_controller, &ImportController::fileFinished, this, &ImportDialog::addOutcome);
    connect(&m_controller, &ImportController::finished, this, &ImportDialog::finish);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::start(const core::import::ImportOptions& options)
{
    m_running = m_controller.start(m_projectPath, m_files, options);
}

int ImportDialog::importedCount() const
{
    int count = 0;
    for (const auto& outcome : m_outcomes)
        count += outcome.ok ? outcome.report.imported : 0;
    return count;
}

void ImportDialog::addOutcome(const ImportOutcome& outcome)
{
    m_outcomes.append(outcome);
    const int row = m_summary->rowCount();
    m_summary->insertRow(row);
    auto* file = new QTableWidgetItem(QFileInfo(outcome.path).fileName());
    file->setToolTip(outcome.path);
    m_summary->setItem(row, FileColumn, file);
    if (!outcome.ok) {
        auto* error = new QTableWidgetItem(tr("Not imported"));
        error->setToolTip(outcome.error);
        error->setForeground(palette().brush(QPalette::Active, QPalette::Link));
        m_summary->setItem(row, FormatColumn, error);
        m_problems->appendPlainText(outcome.error);
        return;
    }
    m_summary->setItem(row, FormatColumn, new QTableWidgetItem(outcome.report.format));
    m_summary->setItem(row, ReadColumn, numberItem(outcome.report.records));
    m_summary->setItem(row, ImportedColumn, numberItem(outcome.report.imported));
    m_summary->setItem(row, MergedColumn, numberItem(outcome.report.merged));
    m_summary->setItem(row, ProblemsColumn, numberItem(int(outcome.report.problems.size())));
    // The file's name is enough beside the summary row (whose tooltip has the full path); a long
    // temporary or network folder would push the line number and the message out of sight.
    for (auto problem : outcome.report.problems) {
        problem.file = QFileInfo(problem.file).fileName();
        m_problems->appendPlainText(problem.toString());
    }
}

void ImportDialog::finish(bool cancelled)
{
    m_running = false;
    m_cancelled = cancelled;
    m_progress->setValue(m_progress->maximum());
    m_cancelButton->setEnabled(false);
    m_closeButton->setEnabled(true);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    int failed = 0;
    for (const auto& outcome : m_outcomes)
        failed += outcome.ok ? 0 : 1;
    if (cancelled)
        m_statusLabel->setText(tr("Import cancelled. The file being read when you cancelled was left out; files "
                                  "finished before it were kept."));
    else if (failed > 0)
        m_statusLabel->setText(
            tr("Imported %n reference(s); %1 file(s) could not be imported.", nullptr, importedCount()).arg(failed));
    else
        m_statusLabel->setText(tr("Imported %n new reference(s).", nullptr, importedCount()));
    emit importFinished();
}

void ImportDialog::reject()
{
    if (m_running) {
        m_statusLabel->setText(tr("Cancelling…"));
        m_cancelButton->setEnabled(false);
        m_controller.cancel();
        return; // the dialog stays open to show what was kept
    }
    QDialog::reject();
}

} // namespace stemma::ui
