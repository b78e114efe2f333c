// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/import/ImportController.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QPlainTextEdit;

namespace stemma::ui {

/**
 * Imports files with visible progress and a Cancel button, then shows a summary per file:
 * format, records read, imported, merged as duplicates, and every problem with its line.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QString& projectPath, const QStringList& files, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /** Starts the import; the dialog stays open to show the summary. */
    void start(const core::import::ImportOptions& options = {});
    ImportController& controller() { return m_controller; }
    const QList<ImportOutcome>& outcomes() const { return m_outcomes; }
    bool wasCancelled() const { return m_cancelled; }
    /** References added by the files that succeeded. */
    int importedCount() const;

signals:
    /** Emitted once all files are done, so the window can refresh its views. */
    void importFinished();

protected:
    void reject() override;

private:
    void addOutcome(const ImportOutcome& outcome);
    void finish(bool cancelled);

    QString m_projectPath;
    QStringList m_files;
    ImportController m_controller;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_summary = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QList<ImportOutcome> m_outcomes;
    bool m_cancelled = false;
    bool m_running = false;
};

} // namespace stemma::ui
