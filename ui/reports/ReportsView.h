// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "ui/reports/ReportDocument.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace stemma::ui {

class ProjectSession;

/**
 * The Reports part: the items a reviewer hands in (PRISMA flow diagram, study characteristics,
 * the MSC-vs-HSCT comparison of a chosen outcome) with a preview of the selected one, export of
 * each item in its formats, and the whole report as one PDF. The data are read again whenever
 * the project changes, the first time the part is shown after it.
 */
class ReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    explicit ReportsView(ProjectSession& session, QWidget* parent = nullptr);
    ~ReportsView() override;

    ReportItem currentItem() const;
    void setCurrentItem(ReportItem item);
    /** Chooses the comparison's outcome by code ("mRSS"); false when the project has no results for it. */
    bool setOutcome(const QString& code);

    /** Writes \a item to \a path in the format of its extension. */
    core::Result<void> exportItem(ReportItem item, const QString& path);
    /** Writes the whole report to \a path as PDF. */
    core::Result<void> exportFullReport(const QString& path);

    QListWidget* itemList() const { return m_items; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QComboBox* formatBox() const { return m_format; }
    QTextBrowser* preview() const { return m_preview; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillOutcomes();
    /** Reads the project again when it changed; the preview follows. */
    bool ensureReport();
    void showPreview();
    void fillFormats();
    void exportCurrentDialog();
    void exportFullReportDialog();
    void setStatus(const QString& text);
    void showError(const QString& what, const QString& message);

    ProjectSession& m_session;
    QListWidget* m_items = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_exportAll = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_description = nullptr;
    std::unique_ptr<ReportDocument> m_report;
    bool m_stale = true;
};

} // namespace stemma::ui
