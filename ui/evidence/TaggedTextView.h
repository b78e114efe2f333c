// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codebook.h"

#include <QWidget>

#include <tuple>
#include <vector>

class QLabel;
class QTabWidget;
class QTextBrowser;

namespace stemma::ui {

class ProjectSession;

/**
 * A reference's texts, read-only, with every tagged span shown in its tag's colour: one tab for the
 * title and abstract, one for the full text (the text of attached PDFs and article pages). Select
 * text and tag it from the context menu or with Ctrl+T (a type-ahead tag picker); a span under the
 * cursor can be removed from the context menu. Tagging and removing are undoable edits.
 */
class TaggedTextView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaggedTextView)

public:
    explicit TaggedTextView(ProjectSession& session, QWidget* parent = nullptr);
    ~TaggedTextView() override;

    void showReference(core::ReferenceId id);
    core::ReferenceId referenceId() const { return m_reference; }
    /**
     * Selects [start, end) of \a field ("title", "abstract" or "fulltext") as if the reviewer had
     * dragged over it, bringing its tab to the front and scrolling it into view.
     */
    void selectRange(const QString& field, int start, int end);
    /** The field ("title", "abstract" or "fulltext") and offsets of the current selection; empty field without one. */
    std::tuple<QString, int, int> selection() const;
    /** Tags the current selection with \a tag; false when nothing (or text of two fields) is selected. */
    bool tagSelection(core::TagId tag);
    /** Asks for a tag with the quick-pick palette and tags the selection with it. */
    void pickTagForSelection();
    /** Removes the span covering document position \a position of the tab in front, if any. */
    bool removeSpanAt(int position);
    /** The spans of the reference, in reading order (title, abstract and full text alike). */
    const std::vector<core::TagSpan>& spans() const { return m_spans; }
    /** The title and abstract. */
    QTextBrowser* textView() const { return m_text; }
    QTextBrowser* fullTextView() const { return m_fullText; }
    QTabWidget* tabs() const { return m_tabs; }
    /** True when the reference has a full text to tag. */
    bool hasFullText() const { return !m_fullTextContent.isEmpty(); }

signals:
    void spanAdded(core::SpanId id);

protected:
    /** Draws the highlights again in shades for the new palette when light/dark mode changes. */
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void highlight(const std::vector<core::Tag>& tags);
    void showContextMenu(QTextBrowser* browser, const QPoint& position);
    QTextBrowser* currentBrowser() const;
    QTextBrowser* browserFor(const QString& field) const;
    /** The field and field offset of a position in \a browser; field empty between title and abstract. */
    std::pair<QString, int> fieldOffset(const QTextBrowser* browser, int position) const;
    int documentPosition(const QString& field, int offset) const;
    const QString& fieldText(const QString& field) const;

    ProjectSession& m_session;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_text = nullptr;
    QTextBrowser* m_fullText = nullptr;
    QLabel* m_hint = nullptr;
    core::ReferenceId m_reference;
    QString m_title;
    QString m_abstract;
    QString m_fullTextContent;
    std::vector<core::TagSpan> m_spans;
};

} // namespace stemma::ui
