// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screening/FullTextPanel.h"

#include "core/ReviewProject.h"
#include "core/db/ReferenceRepository.h"
#include "core/screening/FullTextMatcher.h"
#include "ui/ProjectSession.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

const QString PDF_MIME = QStringLiteral("application/pdf");

QPushButton* makeButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    // The decision keys belong to the screening view; a focused button would swallow them.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

FullTextPanel::FullTextPanel(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("screeningFullText"));
    m_document = new QPdfDocument(this);
    m_buffer = new QBuffer(&m_bytes, this);

    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("screeningPdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setFocusPolicy(Qt::StrongFocus); // arrows and Page Up/Down scroll the article

    auto* emptyPage = new QWidget(this);
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(QStringLiteral("screeningNoFullText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.2);
    m_empty->setFont(emptyFont);
    m_attach = makeButton(tr("Attach PDF…"), QStringLiteral("screeningAttachPdf"), emptyPage);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_attach, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(emptyPage);

    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("screeningFullTextFile"));
    m_attachAnother = makeButton(tr("Attach another PDF…"), QStringLiteral("screeningAttachAnother"), this);
    m_attachFolder = makeButton(tr("Attach PDFs from folder…"), QStringLiteral("screeningAttachFolder"), this);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_file, 1);
    top->addWidget(m_attachAnother);
    top->addWidget(m_attachFolder);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("screeningFullTextStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_attach, &QPushButton::clicked, this, &FullTextPanel::chooseFile);
    connect(m_attachAnother, &QPushButton::clicked, this, &FullTextPanel::chooseFile);
    connect(m_attachFolder, &QPushButton::clicked, this, &FullTextPanel::chooseFolder);
    showReference({});
}

FullTextPanel::~FullTextPanel()
{
    // The document reads from m_buffer until it is closed.
    m_document->close();
}

bool FullTextPanel::hasPdf() const
{
    return m_stack->currentWidget() == m_view;
}

QString FullTextPanel::statusText() const
{
    return m_status->text();
}

void FullTextPanel::showReference(core::ReferenceId reference)
{
    const bool sameReference = reference == m_reference;
    m_reference = reference;
    m_document->close();
    m_buffer->close();
    m_bytes.clear();
    if (!sameReference)
        m_status->clear();
    m_attach->setEnabled(reference.isValid());
    m_attachAnother->setEnabled(reference.isValid());

    std::optional<core::FullText> pdf;
    if (reference.isValid()) {
        auto texts = m_session.project().references().fullTexts(reference);
        if (!texts) {
            m_status->setText(texts.error().message);
        } else {
            for (auto& text : *texts) {
                if (text.mimeType == PDF_MIME && !text.content.isEmpty())
                    pdf = std::move(text); // the newest attachment wins
            }
        }
    }
    if (!pdf) {
        m_file->setText(reference.isValid() ? tr("No full text") : QString());
        m_empty->setText(
            reference.isValid()
                ? tr("No full text is attached to #%1.\nAttach the article's PDF to read it here.").arg(reference.value)
                : tr("Nothing to show."));
        m_attachAnother->hide();
        m_stack->setCurrentIndex(1);
        return;
    }
    m_bytes = pdf->content;
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    const QLocale locale;
    m_file->setText(m_document->status() == QPdfDocument::Status::Error
                        ? tr("%1 cannot be shown: the PDF is damaged").arg(pdf->fileName)
                    : m_document->pageCount() == 1
                        ? tr("%1 · 1 page").arg(pdf->fileName)
                        : tr("%1 · %2 pages").arg(pdf->fileName, locale.toString(m_document->pageCount())));
    m_attachAnother->show();
    m_stack->setCurrentIndex(0);
}

bool FullTextPanel::attachFile(const QString& path)
{
    if (!m_reference.isValid())
        return false;
    core::screening::FullTextMatcher matcher(m_session.project());
    auto stored = matcher.attach(m_reference, path, m_actor);
    if (!stored) {
        m_status->setText(stored.error().message);
        return false;
    }
    showReference(m_reference);
    m_status->setText(tr("Attached %1 to #%2.").arg(QFileInfo(path).fileName()).arg(m_reference.value));
    emit attached();
    return true;
}

QString FullTextPanel::attachFolder(const QString& folder)
{
    core::screening::FullTextMatcher matcher(m_session.project());
    auto report = matcher.attachFolder(folder, m_actor);
    if (!report) {
        m_status->setText(report.error().message);
        return m_status->text();
    }
    int added = 0;
    for (const auto& match : report->matched) {
        if (!match.alreadyAttached)
            ++added;
    }
    const int known = static_cast<int>(report->matched.size()) - added;
    QString summary = tr("%n PDF(s) attached", nullptr, added);
    if (known > 0)
        summary += tr(", %n already attached", nullptr, known);
    if (!report->unmatched.isEmpty()) {
        QStringList names;
        for (const QString& path : report->unmatched)
            names << QFileInfo(path).fileName();
        summary += tr("; %n matched no reference: %1", nullptr, static_cast<int>(names.size()))
                       .arg(names.join(QStringLiteral(", ")));
    }
    if (!report->failed.isEmpty())
        summary += tr("; %n could not be read: %1", nullptr, static_cast<int>(report->failed.size()))
                       .arg(report->failed.join(QStringLiteral("; ")));
    summary += QLatin1Char('.');
    showReference(m_reference);
    m_status->setText(summary);
    if (added > 0)
        emit attached();
    return summary;
}

void FullTextPanel::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Attach PDF to #%1").arg(m_reference.value), {}, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        attachFile(path);
}

void FullTextPanel::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Attach PDFs from folder"));
    if (!folder.isEmpty())
        attachFolder(folder);
}

} // namespace stemma::ui
