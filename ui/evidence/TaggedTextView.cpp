// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evidence/TaggedTextView.h"

#include "core/ReviewProject.h"
#include "core/codebook/ReferenceText.h"
#include "core/db/CodebookRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/edit/AddTagSpan.h"
#include "core/edit/RemoveTagSpan.h"
#include "ui/ProjectSession.h"
#include "ui/evidence/TagPicker.h"
#include "ui/widgets/HighlightColours.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace stemma::ui {
namespace {

using core::codebook::ReferenceText;

// The first tab's document is "title\n\nabstract"; offsets into the abstract are shifted by this.
const QString SEPARATOR = QStringLiteral("\n\n");

constexpr int TEXT_TAB = 0;
constexpr int FULL_TEXT_TAB = 1;

QTextBrowser* makeBrowser(const QString& name, QWidget* parent)
{
    auto* browser = new QTextBrowser(parent);
    browser->setObjectName(name);
    browser->setReadOnly(true);
    browser->setOpenLinks(false);
    browser->setContextMenuPolicy(Qt::CustomContextMenu);
    return browser;
}

} // namespace

TaggedTextView::TaggedTextView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("taggedTextTabs"));
    m_text = makeBrowser(QStringLiteral("taggedTextBrowser"), m_tabs);
    m_fullText = makeBrowser(QStringLiteral("taggedFullTextBrowser"), m_tabs);
    m_tabs->addTab(m_text, tr("Title and abstract"));
    m_tabs->addTab(m_fullText, tr("Full text"));
    for (QTextBrowser* browser : {m_text, m_fullText})
        connect(browser, &QWidget::customContextMenuRequested, this, [this, browser](const QPoint& position) {
            showContextMenu(browser, position);
        });
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
    layout->addWidget(m_tabs);
    layout->addWidget(m_hint);
    const auto reloadIfShown = [this](const QList<qint64>& references) {
        if (references.isEmpty() || references.contains(m_reference.value))
            reload();
    };
    connect(&m_session, &ProjectSession::evidenceChanged, this, reloadIfShown);
    connect(&m_session, &ProjectSession::referencesChanged, this, reloadIfShown);
    connect(&m_session, &ProjectSession::codebookChanged, this, &TaggedTextView::reload); // tag names and colours
    connect(&m_session, &ProjectSession::reloaded, this, &TaggedTextView::reload);
}

TaggedTextView::~TaggedTextView() = default;

void TaggedTextView::showReference(core::ReferenceId id)
{
    if (id != m_reference)
        m_tabs->setCurrentIndex(TEXT_TAB);
    m_reference = id;
    reload();
}

void TaggedTextView::reload()
{
    // Keep the reader's place: every edit reloads, and full texts are long.
    const int textScroll = m_text->verticalScrollBar()->value();
    const int fullTextScroll = m_fullText->verticalScrollBar()->value();
    m_spans.clear();
    m_title.clear();
    m_abstract.clear();
    m_fullTextContent.clear();
    // clear() keeps the format at the old cursor; a cursor left inside a highlight would paint all new text.
    for (QTextBrowser* browser : {m_text, m_fullText}) {
        browser->clear();
        browser->setCurrentCharFormat(QTextCharFormat());
    }
    m_tabs->setTabEnabled(FULL_TEXT_TAB, false);
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

    if (auto fullTexts = project.references().fullTexts(m_reference)) {
        m_fullTextContent = ReferenceText::joinFullTexts(*fullTexts);
        QStringList files;
        for (const core::FullText& fullText : *fullTexts)
            files << fullText.fileName;
        m_tabs->setTabToolTip(FULL_TEXT_TAB, files.join(QStringLiteral(", ")));
    }
    m_fullText->setPlainText(m_fullTextContent);
    m_tabs->setTabEnabled(FULL_TEXT_TAB, !m_fullTextContent.isEmpty());
    m_tabs->setTabText(FULL_TEXT_TAB, m_fullTextContent.isEmpty() ? tr("Full text (none attached)") : tr("Full text"));

    auto spans = project.codebook().spansForReference(m_reference);
    auto tags = project.codebook().tags();
    if (spans && tags) {
        m_spans = *spans;
        highlight(*tags);
    }
    m_text->verticalScrollBar()->setValue(textScroll);
    m_fullText->verticalScrollBar()->setValue(fullTextScroll);
}

void TaggedTextView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_reference.isValid())
        reload();
}

void TaggedTextView::highlight(const std::vector<core::Tag>& tags)
{
    for (const core::TagSpan& span : m_spans) {
        QTextBrowser* browser = browserFor(span.field);
        const QString& text = fieldText(span.field);
        // A span whose offsets no longer fit its text (an edited abstract) is skipped, not drawn wrongly.
        if (!browser || span.start < 0 || span.end > text.size() || span.end <= span.start)
            continue;
        QString colour = QStringLiteral("#ffd54f");
        QString name;
        for (const core::Tag& tag : tags)
            if (tag.id == span.tag) {
                colour = tag.colour;
                name = tag.name;
            }
        QTextCursor cursor(browser->document());
        cursor.setPosition(documentPosition(span.field, span.start));
        cursor.setPosition(documentPosition(span.field, span.end), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(readableBackground(QColor(colour), palette()));
        format.setToolTip(name);
        cursor.mergeCharFormat(format);
    }
}

QTextBrowser* TaggedTextView::currentBrowser() const
{
    return m_tabs->currentIndex() == FULL_TEXT_TAB ? m_fullText : m_text;
}

QTextBrowser* TaggedTextView::browserFor(const QString& field) const
{
    if (field == ReferenceText::fullTextField())
        return m_fullText;
    if (field == ReferenceText::titleField() || field == ReferenceText::abstractField())
        return m_text;
    return nullptr;
}

const QString& TaggedTextView::fieldText(const QString& field) const
{
    if (field == ReferenceText::fullTextField())
        return m_fullTextContent;
    return field == ReferenceText::titleField() ? m_title : m_abstract;
}

int TaggedTextView::documentPosition(const QString& field, int offset) const
{
    if (field == ReferenceText::abstractField())
        return int(m_title.size() + SEPARATOR.size()) + offset;
    return offset;
}

std::pair<QString, int> TaggedTextView::fieldOffset(const QTextBrowser* browser, int position) const
{
    if (browser == m_fullText)
        return {ReferenceText::fullTextField(), position};
    if (position <= m_title.size())
        return {ReferenceText::titleField(), position};
    const int abstractStart = int(m_title.size() + SEPARATOR.size());
    if (position >= abstractStart)
        return {ReferenceText::abstractField(), position - abstractStart};
    return {QString(), 0};
}

void TaggedTextView::selectRange(const QString& field, int start, int end)
{
    QTextBrowser* browser = browserFor(field);
    if (!browser)
        return;
    m_tabs->setCurrentWidget(browser);
    const int length = int(fieldText(field).size());
    QTextCursor cursor(browser->document());
    cursor.setPosition(documentPosition(field, std::clamp(start, 0, length)));
    cursor.setPosition(documentPosition(field, std::clamp(end, 0, length)), QTextCursor::KeepAnchor);
    browser->setTextCursor(cursor);
    browser->ensureCursorVisible();
}

std::tuple<QString, int, int> TaggedTextView::selection() const
{
    const QTextBrowser* browser = currentBrowser();
    const QTextCursor cursor = browser->textCursor();
    if (!cursor.hasSelection())
        return {QString(), 0, 0};
    const auto [startField, start] = fieldOffset(browser, cursor.selectionStart());
    const auto [endField, end] = fieldOffset(browser, cursor.selectionEnd());
    if (startField.isEmpty() || startField != endField || end <= start)
        return {QString(), 0, 0};
    return {startField, start, end};
}

bool TaggedTextView::tagSelection(core::TagId tag)
{
    if (!m_reference.isValid() || !tag.isValid())
        return false;
    const auto [field, start, end] = selection();
    if (field.isEmpty())
        return false;
    core::TagSpan span;
    span.tag = tag;
    span.reference = m_reference;
    span.field = field;
    span.start = start;
    span.end = end;
    span.quote = fieldText(field).mid(start, end - start);
    auto added = m_session.push(std::make_unique<core::edit::AddTagSpan>(span));
    if (!added)
        return false;
    emit spanAdded(core::SpanId(added->createdId(core::edit::EntityKind::TagSpan)));
    return true;
}

void TaggedTextView::pickTagForSelection()
{
    if (std::get<0>(selection()).isEmpty())
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
    const auto [field, offset] = fieldOffset(currentBrowser(), position);
    for (const core::TagSpan& span : m_spans)
        if (span.field == field && span.start <= offset && offset < span.end)
            return m_session.push(std::make_unique<core::edit::RemoveTagSpan>(span.id)).hasValue();
    return false;
}

void TaggedTextView::showContextMenu(QTextBrowser* browser, const QPoint& position)
{
    QMenu menu(this);
    const int at = browser->cursorForPosition(position).position();
    QAction* tag = menu.addAction(tr("Tag Selection…"));
    tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    tag->setEnabled(!std::get<0>(selection()).isEmpty());
    QAction* remove = menu.addAction(tr("Remove Tag Here"));
    QAction* copy = menu.addAction(tr("Copy"));
    QAction* chosen = menu.exec(browser->viewport()->mapToGlobal(position));
    if (chosen == tag)
        pickTagForSelection();
    else if (chosen == remove)
        removeSpanAt(at);
    else if (chosen == copy)
        browser->copy();
}

} // namespace stemma::ui
