// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"

#include <QByteArray>
#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QStackedWidget;

namespace stemma::ui {

class ProjectSession;

/**
 * The full-text stage's reading pane: the reference's attached PDF inside the window, or, when
 * it has none, a clear message with "Attach PDF…". "Attach PDFs from folder…" matches a folder
 * of PDFs to references by DOI or title (core/screening/FullTextMatcher) and reports the result.
 */
class FullTextPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FullTextPanel(ProjectSession& session, QWidget* parent = nullptr);
    ~FullTextPanel() override;

    /** Who attaches files, for the audit trail. */
    void setActor(const QString& name) { m_actor = name; }
    /** Shows the newest PDF attached to \a reference (nothing for an invalid id). */
    void showReference(core::ReferenceId reference);
    core::ReferenceId reference() const { return m_reference; }
    bool hasPdf() const;
    QPdfView* pdfView() const { return m_view; }
    QPdfDocument* document() const { return m_document; }
    /** The line under the pane: what was attached or what went wrong. */
    QString statusText() const;

    /** Attaches \a path to the shown reference, as "Attach PDF…" does after its file dialog. */
    bool attachFile(const QString& path);
    /** Matches and attaches the PDFs in \a folder, as "Attach PDFs from folder…" does; returns the summary. */
    QString attachFolder(const QString& folder);

signals:
    /** A PDF was attached to some reference. */
    void attached();

private:
    void chooseFile();
    void chooseFolder();

    ProjectSession& m_session;
    core::ReferenceId m_reference;
    QString m_actor;
    QByteArray m_bytes; ///< the shown PDF; the document reads it through m_buffer
    QBuffer* m_buffer = nullptr;
    QPdfDocument* m_document = nullptr;
    QPdfView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_file = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_attachAnother = nullptr;
    QPushButton* m_attachFolder = nullptr;
};

} // namespace stemma::ui
