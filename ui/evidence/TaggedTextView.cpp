// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evidence/TaggedTextView.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/edit/AddTagSpan.h"
#include "core/edit/RemoveTagSpan.h"
#include "ui/ProjectSession.h"
#include "ui/evidence/TagPicker.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace stemma::ui {
namespace {

// The document is "title\n\nabstract"; offsets into each field are shifted by these.
const QString SEPARATOR = QStringLiteral("\n\n");

} // namespace

TaggedTextView::TaggedTextView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("taggedTextBrowser"));
    m_text->setReadOnly(true);
    m_text->setOpenLinks(false);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &TaggedTextView::showContextMenu);
    m_hint = new QLabel(tr("Select text and press Ctrl+T (or right-click) to tag it."), this);
    m_hint->setWordWrap(true);
    auto* tagAction = new QAction(tr("Tag Selection…"), this);
    tagAction->setObjectName(QStringLiteral("tagSelectionAction"));
    tagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    tagAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(tagAction, &QAction::triggered, this, &TaggedTextView::pickTagForSelection);
    addAction(tagAction);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_hint);
    connect(&m_session, &ProjectSession::changed, this, &TaggedTextView::reload);
}

TaggedTextView::~TaggedTextView() = default;

void TaggedTextView::showReference(core::ReferenceId id)
{
    m_reference = id;
    reload();
}

void TaggedTextView::reload()
{
    m_spans.clear();
    m_title.clear();
    m_abstract.clear();
    m_text->clear();
    if (!m_reference.isValid())
        return;
    auto& project = m_session.project();
    auto reference = project.references().get(m_reference);
    if (!reference)
        return;
    m_title = reference->title;
    m_abstract = reference->abstract;
    m_text->setPlainText(m_title + SEPARATOR + m_abstract);
    QTextCursor titleCursor(m_text->document());
    titleCursor.setPosition(0);
    titleCursor.setPosition(int(m_title.size()), QTextCursor::KeepAnchor);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    titleCursor.mergeCharFormat(bold);

    auto spans = project.codebook().spansForReference(m_reference);
    auto tags = project.codebook().tags();
    if (!spans || !tags)
        return;
    m_spans = *spans;
    for (const core::TagSpan& span : m_spans) {
        if (span.field != QLatin1String("title") && span.field != QLatin1String("abstract"))
            continue;
        QString colour = QStringLiteral("#ffd54f");
        QString name;
        for (const core::Tag& tag : *tags)
            if (tag.id == span.tag) {
                colour = tag.colour;
                name = tag.name;
            }
        QTextCursor cursor(m_text->document());
        cursor.setPosition(documentPosition(span.field, span.start));
        cursor.setPosition(documentPosition(span.field, span.end), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(QColor(colour));
        format.setToolTip(name);
        cursor.mergeCharFormat(format);
    }
}

int TaggedTextView::documentPosition(const QString& field, int offset) const
{
    return field == QLatin1String("title") ? offset : int(m_title.size() + SEPARATOR.size()) + offset;
}

std::pair<QString, int> TaggedTextView::fieldOffset(int position) const
{
    if (position <= m_title.size())
        return {QStringLiteral("title"), position};
    const int abstractStart = int(m_title.size() + SEPARATOR.size());
    if (position >= abstractStart)
        return {QStringLiteral("abstract"), position - abstractStart};
    return {QString(), 0};
}

void TaggedTextView::selectRange(const QString& field, int start, int end)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(documentPosition(field, start));
    cursor.setPosition(documentPosition(field, end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
}

bool TaggedTextView::tagSelection(core::TagId tag)
{
    const QTextCursor cursor = m_text->textCursor();
    if (!m_reference.isValid() || !tag.isValid() || !cursor.hasSelection())
        return false;
    const auto [startField, start] = fieldOffset(cursor.selectionStart());
    const auto [endField, end] = fieldOffset(cursor.selectionEnd());
    if (startField.isEmpty() || startField != endField || end <= start)
        return false;
    const QString& text = startField == QLatin1String("title") ? m_title : m_abstract;
    core::TagSpan span;
    span.tag = tag;
    span.reference = m_reference;
    span.field = startField;
    span.start = start;
    span.end = end;
    span.quote = text.mid(start, end - start);
    auto command = std::make_unique<core::edit::AddTagSpan>(span);
    auto* raw = command.get();
    if (!m_session.push(std::move(command)))
        return false;
    emit spanAdded(raw->spanId());
    return true;
}

void TaggedTextView::pickTagForSelection()
{
    if (!m_text->textCursor().hasSelection())
        return;
    auto tags = m_session.project().codebook().tags();
    if (!tags)
        return;
    TagPicker picker(*tags, this);
    if (picker.exec() == QDialog::Accepted)
        tagSelection(picker.chosen());
}

bool TaggedTextView::removeSpanAt(int position)
{
    const auto [field, offset] = fieldOffset(position);
    for (const core::TagSpan& span : m_spans)
        if (span.field == field && span.start <= offset && offset < span.end)
            return m_session.push(std::make_unique<core::edit::RemoveTagSpan>(span.id));
    return false;
}

void TaggedTextView::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    const int at = m_text->cursorForPosition(position).position();
    QAction* tag = menu.addAction(tr("Tag Selection…"));
    tag->setEnabled(m_text->textCursor().hasSelection());
    QAction* remove = menu.addAction(tr("Remove Tag Here"));
    QAction* copy = menu.addAction(tr("Copy"));
    QAction* chosen = menu.exec(m_text->viewport()->mapToGlobal(position));
    if (chosen == tag)
        pickTagForSelection();
    else if (chosen == remove)
        removeSpanAt(at);
    else if (chosen == copy)
        m_text->copy();
}

} // namespace stemma::ui
